import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadReaders } from "../../src/cli/eval-danger.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { type DangerDetector, loadDangerDetector } from "../../src/safety/danger.js";
import { MODEL_SURE_ODDS } from "../../src/safety/danger-model.js";

/**
 * A topic (a film, the news, a video game) keeps its sentence from the model, so a plot told is
 * no alarm; but a danger told in that same sentence, of which the model reading the whole
 * message is sure, is the citizen's own and alarms (issue 8 point 7: 6 test dangers the model
 * was sure of were silenced by a topic cue). A joke is still never heard over. Sentences of our
 * own.
 */
const locales = join(PROJECT_ROOT, "locales");
const STORY =
  "stavo guardando il telegiornale quando mio marito mi ha tirato un pugno, ho il labbro rotto";
/** A model that reads danger only where it reads the topic's sentence too. */
const sureOfTheWhole = (odds: number) =>
  loadDangerDetector(locales, (text) => (text.includes("telegiornale") ? odds : 0));

describe("a model sure of danger on the whole message is heard over a topic", () => {
  it("the blow told while watching the news alarms", () => {
    expect(sureOfTheWhole(MODEL_SURE_ODDS + 1)(STORY)?.kind).toBe("distress");
  });

  it("a model only leaning to danger leaves the topic's silence", () => {
    expect(sureOfTheWhole(MODEL_SURE_ODDS - 1)(STORY)).toBeNull();
  });

  it("a joke is not heard over, however sure the model", () => {
    expect(sureOfTheWhole(MODEL_SURE_ODDS + 20)(`${STORY} ahahah`)).toBeNull();
  });
});

describe("the bot, as it reads a message", () => {
  let bot: DangerDetector;
  beforeAll(async () => {
    bot = (await loadReaders()).bot;
  }, 120_000);

  it.each([
    "Stavo guardando il telegiornale quando mio marito ha cominciato a urlare e mi ha tirato un pugno, ho il labbro rotto e lui è ancora in casa",
    "I watched a film last night with my husband, halfway through he grabbed me by the throat and pushed me against the wall, he is still here",
  ])("alarms on a danger told beside a topic: «%s»", (text) => {
    expect(bot(text)).not.toBeNull();
  });

  it.each([
    "Ho visto un film sulla violenza domestica ieri, molto bello",
    "Abbiamo visto un documentario su una donna picchiata dal marito, fa riflettere",
    "Il libro che sto leggendo parla di un uomo che uccide la moglie, mi ha messo i brividi",
  ])("stays quiet on a plot told: «%s»", (text) => {
    expect(bot(text)).toBeNull();
  });
});
