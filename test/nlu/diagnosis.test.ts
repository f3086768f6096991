import { beforeAll, describe, expect, it } from "vitest";
import { toldDiagnosis } from "../../src/nlu/diagnosis.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

// Messages written for these tests, in my own words.
describe("a parent who tells how a child's learning disorder was found asks for nothing", () => {
  it.each([
    "Mia figlia è discalculica, l'hanno scoperto alle medie.",
    "Our boy was diagnosed with dyslexia in year two, just as his dad was.",
    "Mio figlio ha la disgrafia, è di famiglia: ce l'ha anche mio marito.",
  ])("%j is told, its need offered only as «Intendevi…?»", (text) => {
    expect(toldDiagnosis(text)).toBe(true);
    const read = classifier.classify(text);
    expect(read.intent).toBeNull();
    expect(read.alternatives[0]?.intent).toBe("dsa");
  });

  it.each([
    // Asked, told with a trouble, or a story that goes on: the need is the study method.
    "Mia figlia è dislessica, l'abbiamo scoperto quest'anno: c'è qualcuno che la aiuti col metodo?",
    "Our son was diagnosed with dyscalculia last year and maths homework ends in tears.",
    "Mio figlio è dislessico, l'abbiamo scoperto a marzo. I compiti sono una guerra ogni sera.",
    "Mia figlia è dislessica, l'abbiamo scoperto tardi e nessuno a scuola la aiuta.",
    // A negation in «n't» or chat Italian «nn», as in «non».
    "Our son was diagnosed with dyslexia last year and we didn't know where to turn.",
    "Mia figlia è dislessica, l'abbiamo scoperto a marzo e nn sappiamo da dove cominciare.",
  ])("%j is not", (text) => {
    expect(toldDiagnosis(text)).toBe(false);
  });
});
