import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("everyday words are no topic: «una serie di pugni», «cosa significa», «la radio»", () => {
  it.each([
    "mi ha dato una serie di pugni e adesso è in cucina",
    "ricevo una serie di minacce di morte dal mio ex, stasera è sotto casa",
    "non so cosa significa, ma mi ha messo le mani al collo e ora dorme",
    "ha spaccato la radio e mi ha preso a pugni",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "ho visto una serie tv sulla violenza domestica",
    "in un episodio lui la picchia, è una serie molto dura",
    "ho sentito alla radio di una donna picchiata dal marito",
    "cosa significa la parola stalking in italiano?",
  ])("a series, a radio programme, a word's meaning are still topics: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
