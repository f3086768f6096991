import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers several writers told in words no cue read: an old neighbour who does not open with
 * the television on; someone sitting on the ground who does not answer, or has for hours; a man
 * who has followed a woman for months; someone still on the floor after a fall; a threat that
 * she will regret talking; a bone someone broke; a leg bent after a fall; Neapolitan «me vogl
 * accidere». Their look-alikes stay quiet. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a danger told in these words is an alarm", () => {
  it.each([
    "la signora del secondo piano non risponde al campanello, si sente la televisione accesa",
    "il nonno non apre e da fuori sento la tv accesa da stamattina",
    "la vicina è seduta per terra in cortile da un'ora sotto la pioggia",
    "è di nuovo qui sotto, è quello che mi segue da mesi",
    "il papà è caduto stanotte verso le tre ed è ancora sul pavimento della camera",
    "he told me I'll regret calling the police, he's downstairs now",
    "my husband broke my nose in March and tonight he is drunk again",
    "dad tripped on the stairs, his ankle is twisted the wrong way",
    "nun ce la faccio, me vogl accidere stanotte",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "papà si è addormentato davanti alla tv accesa, cerco una badante per la notte",
    "la psicologa che mi segue da mesi dice di iscrivermi a un corso",
    "I broke my wrist skiing, I need help with the shopping for a month",
    "my mum said I'll regret not learning Italian sooner, is there an evening course?",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
