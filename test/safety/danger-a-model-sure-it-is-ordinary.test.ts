import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector, readDanger } from "../../src/safety/danger.js";
import { MODEL_SURE_ORDINARY_ODDS } from "../../src/safety/danger-model.js";

/**
 * A cue's alarm on a message the model is sure is ordinary (issue 8 point 7: violence cues made
 * half the test sets' false alarms, on pasts told as history, figures of speech, other people's
 * stories) gets the need's answer and the gentle line, which still gives 112 and 1522; a model
 * only doubtful leaves the alarm as it was. Models of fixed odds, sentences of our own.
 */
const locales = join(PROJECT_ROOT, "locales");
const sureOrdinary = loadDangerDetector(locales, () => MODEL_SURE_ORDINARY_ODDS - 5);
const doubtful = loadDangerDetector(locales, () => MODEL_SURE_ORDINARY_ODDS + 10);

const stories = [
  "ad agosto ci sono entrati i ladri e hanno sfondato la porta, ora mio padre vuole qualcuno che dorma da lui, una badante convivente",
  "a marzo mi hanno rubato la borsa in tram e da allora ho paura a uscire da sola, c'è qualcuno che mi accompagni a fare la spesa?",
];

describe("a cue's alarm on a message the model is sure is ordinary", () => {
  it.each(stories)("«%s» gets the gentle line (112 and 1522), not the alarm", (text) => {
    const verdict = readDanger(sureOrdinary, text);
    expect(verdict.signal).toBeNull();
    expect(verdict.caution?.kind).toBe("violence");
  });

  it.each(stories)("«%s» alarms when the model only doubts", (text) => {
    expect(doubtful(text)?.kind).toBe("violence");
  });

  it("a cry for help alone still alarms, whatever the model", () => {
    expect(sureOrdinary("aiuto")?.kind).toBe("distress");
  });
});
