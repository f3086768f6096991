import { describe, expect, it } from "vitest";
import { nameInLatin } from "../../src/handoff/name-in-latin.js";

describe("a Cyrillic name, in Latin letters for the operator who calls", () => {
  it.each([
    // The official table's own examples (resolution 55 of 2010).
    ["Юрій", "Yurii"],
    ["Їжакевич", "Yizhakevych"],
    ["Згорани", "Zghorany"],
    ["Знам'янка", "Znamianka"],
    ["Олена Шевченко", "Olena Shevchenko"],
  ])("(uk) «%s» is %s", (name, latin) => {
    expect(nameInLatin(name, "uk")).toBe(latin);
  });

  it("(ru) a Russian speaker's name, whose dialogue is in English, by Russian's letters", () => {
    expect(nameInLatin("Наталья Иванова", "en")).toBe("Natalya Ivanova");
  });

  it("a name in Latin letters has nothing to add", () => {
    expect(nameInLatin("Carmen Rodríguez", "es")).toBeUndefined();
  });
});
