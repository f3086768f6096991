import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * What «hits», «beats» or «chokes» in an ordinary message is often no person: a loss that hit
 * one hard, a crisis, bills, a game lost, a gesture, slang for «write to me», a landlord's
 * eviction. Those stay quiet; a person's blows told in the same words still alarm. Sentences of
 * our own, none from any set.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a blow that is a figure of speech", () => {
  it.each([
    "it hit me hard when dad died last year, now mum lives alone and we'd like someone to visit her",
    "it just hit me that I need a babysitter for Saturday, can you help?",
    "the recession hit us hard, my husband lost his job, is there a job centre?",
    "my grandson always beats me at chess, is there a chess club for seniors?",
    "the kids beat me at Uno again, any board game evenings for families?",
    "rent and bills are strangling us, any help for families?",
    "my daughter slapped her forehead when she saw the price of the nursery, any cheaper options?",
    "experienced nanny, available mornings, hit me up if you need someone in Navigli",
    "hit me with any tips for finding a cheap flat in Milan please",
    "the landlord is kicking us out at the end of the month, where can we find emergency housing?",
    "la bolletta del gas ci sta strangolando, esiste un bonus?",
    "la crisi ci ha colpiti duramente, mio marito ha perso il lavoro, c'è un sostegno?",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "he hit me hard last night and I'm scared to go home",
    "my husband hit me with a belt yesterday",
    "she beat me at home while the kids watched",
    "my ex kicked me out of the car on the motorway at night and drove off with the baby",
    "he tried to strangle me last night over the rent",
    "mio marito mi ha colpita con una sedia durante la crisi di ieri sera",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });
});
