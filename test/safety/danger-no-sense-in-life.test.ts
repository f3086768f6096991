import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a life that has lost its sense, said with «see» or «find», in Spanish, Romanian, French", () => {
  it.each([
    "no le veo sentido a la vida",
    "ya no encuentro ningún sentido a mi vida",
    "nu mai văd niciun rost în viață",
    "je ne vois plus de sens à ma vie",
    "ma vie n'a plus aucun sens",
    "je n'ai plus aucune raison de vivre",
  ])("«%s» alarms as thoughts of suicide", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });

  it.each([
    "no le veo sentido a este formulario, ¿me ayudan?",
    "je ne vois pas le sens de ce formulaire, vous pouvez m'aider ?",
  ])("«%s», a form without sense, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});
