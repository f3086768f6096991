import { beforeAll, describe, expect, it } from "vitest";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("a second need the citizen never said is not offered", () => {
  it.each([
    // The trades a worker lists are the work offered, not a family hiring.
    ["buongiorno sono albanese, cerco lavoro: pulizie, stiro, assisto anziani, tutto", "lavoro"],
    [
      "I'm out of work since May, I can do cleaning, ironing, looking after old people, anything",
      "lavoro",
    ],
    // Italian spoken a little is told, not a course asked for.
    [
      "I need help filling in the ISEE form for my father, he doesn't speak Italian",
      "caf_patronato",
    ],
    // Activities a disabled child's family asks for are the family's, not active ageing.
    [
      "siamo genitori di un ragazzo autistico di 15 anni, vorremmo conoscere altre famiglie e trovare attività per lui",
      "disabilita",
    ],
    // A greeting around a need is no need.
    ["buonasera a tutti, cerco qualcuno che porti la spesa a mia nonna", "spesa_domicilio"],
  ])("%j asks for %s alone", (text, need) => {
    const read = classifier.classify(text);
    expect(read.intent).toBe(need);
    expect(read.also).toBeUndefined();
  });

  it.each([
    ["cerco lavoro come colf e vorrei anche fare un corso di italiano", "lavoro", "corsi_italiano"],
    [
      "I need a babysitter and I'd also like Italian lessons for myself",
      "babysitter",
      "corsi_italiano",
    ],
  ])("%j still asks for both", (text, intent, also) => {
    const read = classifier.classify(text);
    expect(new Set([read.intent, read.also])).toEqual(new Set([intent, also]));
  });
});
