import { describe, expect, it } from "vitest";
import { forEachWordForm } from "../../src/geo/hunspell.js";

const aff = [
  "SET UTF-8",
  "SFX A Y 2",
  "SFX A are o are",
  "SFX A are i [^i]are",
  "PFX R Y 1",
  "PFX R 0 ri .",
].join("\n");
const dic = ["3", "tornare/AR", "sentire", "Sesto"].join("\n");

describe("the ordinary words of a Hunspell dictionary", () => {
  it("are its lower-case stems with their suffixes and prefixes, never its proper names", () => {
    const forms = new Set<string>();
    forEachWordForm(aff, dic, (form) => forms.add(form));
    expect(forms).toEqual(new Set(["tornare", "torno", "torni", "ritornare", "sentire"]));
  });
});
