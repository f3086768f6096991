import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers several writers told by what is heard at the door, which no cue read: him heard coming
 * up the stairs, his steps on the landing; the thud and then no answer at the bell; knocking at
 * an old neighbour's and no one opening; the plea «non posso parlare» after where he is. Their
 * look-alikes (stairs an old man can no longer climb, a deaf father who never opens, a
 * neighbour's noise) stay quiet. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a danger heard at the door is an alarm", () => {
  it.each([
    "lo sento salire le scale, ho paura",
    "sento i suoi passi in corridoio, è lui, ha ancora le chiavi",
    "ho sentito un tonfo dal piano di sopra, il signore ha novant'anni, vive solo, non risponde al campanello",
    "busso dalla signora Anna da mezz'ora e non apre, la luce è accesa",
    "lui è di là che urla con il coltello in mano, non posso parlare",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "mio padre non riesce più a salire le scale, cerco una badante",
    "sento i passi del vicino di sopra tutta la notte, è normale?",
    "papà non apre mai quando busso perché è sordo, vorrei un campanello luminoso",
    "sono in ufficio e non posso parlare al telefono, mi scrivete gli orari?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
