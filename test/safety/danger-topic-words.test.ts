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

describe("what happened to the citizen next, told after a topic in its sentence", () => {
  it.each([
    "ho visto un film con mio marito e poi mi ha picchiata",
    "I watched a movie with my husband and then he hit me",
    "vi en las noticias un caso de violencia y luego mi marido me pegó",
  ])("«%s» alarms", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "ho visto un film dove lui la picchia e poi la uccide",
    "I watched a movie where he hits her and then kills her",
    "ho letto sul giornale dell'anziana trovata morta in casa dopo settimane, mi ha colpito",
  ])("a plot or the news told on stays the topic's: «%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
