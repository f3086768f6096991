import { describe, expect, it } from "vitest";
import { trainDangerModel } from "../../src/safety/danger-model.js";

describe("the danger model reads a word's other forms", () => {
  it("taught «voglio sparire», it leans to danger on «stanotte sparisco» and away on a request", () => {
    const model = trainDangerModel([
      ...Array.from({ length: 20 }, () => ({ text: "voglio sparire", danger: true })),
      ...Array.from({ length: 20 }, () => ({ text: "cerco una colf per la casa", danger: false })),
    ]);
    expect(model("stanotte sparisco")).toBeGreaterThan(0);
    expect(model("stanotte cerco")).toBeLessThan(0);
  });
});
