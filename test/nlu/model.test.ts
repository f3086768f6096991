import { beforeAll, describe, expect, it } from "vitest";
import type { Catalogue } from "../../src/catalogue/load.js";
import { buildModel, classifierFromModel } from "../../src/nlu/classifier.js";
import type { LearntLine } from "../../src/nlu/model.js";
import { loadThresholds, THRESHOLDS_FILE } from "../../src/nlu/thresholds.js";
import { smallCatalogue } from "../support/small-catalogue.js";

/**
 * What citizens tell of a grandmother's meals and home, asking nothing: the older writers'
 * lines of no need share a short request's words.
 */
const TOLD: readonly LearntLine[] = [
  "la nonna riceve già i pasti a casa dal comune",
  "i pasti della nonna li porta mia zia ogni giorno",
  "a casa della nonna si mangia sempre bene",
  "my grandmother already gets her meals at home",
  "the meals at my grandmother's home are lovely",
  "mia nonna cucina ancora i pasti per tutti a casa",
].map((text) => ({ text, intent: null }));

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await smallCatalogue();
});

describe("a model that learns the writers' lines of no need", () => {
  it("learns them as a class of their own after out of scope, the told class", () => {
    const plain = buildModel(catalogue);
    const learnt = buildModel(catalogue, [], undefined, undefined, undefined, 1, TOLD);
    expect(plain.softmax.classes).toBe(plain.intentIds.length + 1);
    expect(learnt.softmax.classes).toBe(learnt.intentIds.length + 2);
  });

  it("reads a plain request in their words as the need, and their own telling as none", async () => {
    const thresholds = await loadThresholds(THRESHOLDS_FILE);
    const model = buildModel(catalogue, [], undefined, undefined, undefined, 1, TOLD);
    const classifier = classifierFromModel(model, thresholds);
    expect(classifier.classify("pasti a domicilio per la nonna").intent).toBe("pasti_domicilio");
    expect(classifier.classify("la nonna riceve già i pasti a casa dal comune").intent).toBeNull();
  });
});
