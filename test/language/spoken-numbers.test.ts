import { describe, expect, it } from "vitest";
import {
  spokenNumber,
  withSpokenDigits,
  withSpokenNumbers,
} from "../../src/language/spoken-numbers.js";

describe("a number dictated as a word", () => {
  it.each([
    ["centoventi", 120],
    ["ottantadue", 82],
    ["ventuno", 21],
    ["trentotto", 38],
    ["centootto", 108],
    ["duecentotré", 203],
    ["dodici", 12],
    ["duemilaventi", 2020],
  ])("«%s» is %i", (word, value) => {
    expect(spokenNumber(word)).toBe(value);
  });

  it.each(["una", "uno", "un", "sei", "centro", "Padova", "mila"])("«%s» stays a word", (word) => {
    expect(spokenNumber(word)).toBeUndefined();
  });

  it("a street named by a number keeps its name: «via dei Cinquecento», «via dei Mille»", () => {
    expect(withSpokenNumbers("vive in via dei Cinquecento, al civico dodici")).toBe(
      "vive in via dei Cinquecento, al civico 12",
    );
    expect(withSpokenNumbers("abito in via dei Mille")).toBe("abito in via dei Mille");
  });

  it("a dictated address reads as one typed", () => {
    expect(withSpokenNumbers("vivo in via padova centoventi virgola ho una figlia")).toBe(
      "vivo in via padova 120 virgola ho una figlia",
    );
  });

  it("a number however it begins and is cased, and a text with none as it came", () => {
    expect(
      withSpokenNumbers(
        "Quattordici anni, QUINDICIMILA euro, diciotto mesi, via Tré, civico Mille",
      ),
    ).toBe("14 anni, 15000 euro, 18 mesi, via 3, civico 1000");
    const noNumber = "cerco una badante per mia madre in via Padova";
    expect(withSpokenNumbers(noNumber)).toBe(noNumber);
  });

  it("a phone number dictated digit by digit reads as digits, «uno», «sei» and «zero» too", () => {
    expect(withSpokenDigits("tre tre tre uno due tre quattro cinque sei sette")).toBe(
      "3 3 3 1 2 3 4 5 6 7",
    );
    expect(withSpokenDigits("zero due dodici trentaquattro")).toBe("0 2 12 34");
  });
});
