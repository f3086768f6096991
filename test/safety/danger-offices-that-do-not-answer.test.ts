import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Requests told in distress, which cues read as danger: an office where no one answers, someone
 * wanted to follow one's paperwork, a mother who cannot get out of bed without help. They are
 * answered as requests; a person who does not answer, someone who follows one home, a door rung
 * and not opened, a fall and no getting up still alarm. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a request told in distress is not an alarm", () => {
  it.each([
    "ho chiamato il patronato tutta la mattina e non risponde nessuno, è normale?",
    "c'è qualcuno che mi segue la pratica dell'invalidità? da sola non ce la faccio",
    "mi abuela ya no puede levantarse de la cama sin ayuda y yo trabajo de noche",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("the dangers beside them still alarm", () => {
  it.each([
    "mia madre non risponde da ieri sera, vive sola",
    "c'è un tizio che mi segue da tre fermate, adesso è dietro di me",
    "ho suonato alla porta di mio padre e non risponde nessuno, la tv è accesa da ieri",
    "mi madre se cayó en la cocina y no puede levantarse",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
