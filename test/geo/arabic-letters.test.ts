import { describe, expect, it } from "vitest";
import { placeInArabicLetters } from "../../src/geo/arabic-letters.js";
import type { ResolvedPlace } from "../../src/geo/index.js";
import { resolver } from "./resolver-fixture.js";

const isPlace = (place: ResolvedPlace) => place.kind !== "unknown" || place.outsideMilan;
const placeOf = (text: string) =>
  placeInArabicLetters(text, (spelt) => resolver.resolve(spelt), isPlace);

describe("a place in Milan typed in Arabic letters", () => {
  it.each([
    ["نولو", [2, 3]],
    ["في لوريتو", [2, 3]],
    ["كورفيتو", [4]],
    ["كوارتو أوجارو", [8]],
    ["شارع بادوفا ١٢٠", [2]],
  ])("«%s» is read in Latin letters (Municipio %j)", (typed, municipi) => {
    const place = placeOf(typed);
    expect(place?.municipio === null ? place?.candidates : [place?.municipio]).toEqual(municipi);
  });

  it.each([
    "لا أعرف",
    "شكرا جزيلا",
    "لا أريد أن أقول",
    "محمد علي",
    // A sentence with a number: its words, spelt in Latin letters, once matched a street.
    "انا ممرضة ١٠ سنين وقاعدة بالبيت",
  ])("«%s», no place, is none", (typed) => {
    expect(placeOf(typed)).toBeUndefined();
  });
});
