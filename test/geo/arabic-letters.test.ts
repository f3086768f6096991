import { describe, expect, it } from "vitest";
import { placeInArabicLetters, placeInArabicSentence } from "../../src/geo/arabic-letters.js";
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

describe("a place in Milan in Arabic letters inside a sentence", () => {
  const inSentence = (text: string) =>
    placeInArabicSentence(text, (spelt) => resolver.resolve(spelt), isPlace);

  it.each([
    ["أمي ساكنة قرب محطة مترو لوريتو وتحتاج مساعدة", "Metro Loreto"],
    ["نسكن في كوارتو أوجارو", "QUARTO OGGIARO"],
    ["انا ساكن في شارع بادوفا ١٢٠ واحتاج عمل", "Via Padova 120"],
    ["تعيش في منطقة نولو", "NOLO"],
  ])("«%s» names %s, after a noun of place or a verb of living", (text, name) => {
    expect(inSentence(text)?.matched).toContain(name);
  });

  it.each([
    // A father's work in Turin; years in Italy; a friend's work somewhere: «في» alone.
    "أبي كان يشتغل في مطعم في تورينو",
    "قضيت في إيطاليا 12 سنة",
    "صديقتي تشتغل في مطعم في نافيلي",
    "أحتاج مساعدة في البيت",
  ])("«%s» names no area", (text) => {
    expect(inSentence(text)).toBeUndefined();
  });
});
