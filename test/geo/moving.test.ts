import { describe, expect, it } from "vitest";
import { namesAPlace, resolver } from "./resolver-fixture.js";

describe("a citizen who tells she has moved house", () => {
  it.each([
    "mi sono trasferita a Baggio",
    "mi sono trasferito a Baggio con la famiglia",
    "ci siamo trasferiti a Baggio il mese scorso",
    "ci siamo appena trasferite a Baggio, io e mia figlia",
    "mi sono trasferita da poco a Baggio",
    // The same move in the other languages the reader covers: read by who says it.
    "I moved to Baggio last month",
    "me mudé a Baggio hace poco",
    "m-am mutat în Baggio",
  ])("gets the area she moved to: %s", (text) => {
    expect(resolver.resolve(text).municipio).toBe(7);
  });

  it("gets the area moved to, not the town left («a San Siro da Torino»)", () => {
    const place = resolver.resolve("ci siamo trasferiti a San Siro da Torino");
    expect(place.municipio).toBe(7);
    expect(place.forRelativeElsewhere).toBeUndefined();
  });

  it.each([
    // Someone else's move is news of one who left, not the home the help is for.
    "la mia collega si è trasferita a Lambrate e mi manca",
    "la vicina che mi aiutava si è trasferita a Lambrate",
    // Taken somewhere, not moved house: a hospital or a home for the elderly.
    "mio padre è stato trasferito al Niguarda",
    "l'hanno trasferita al San Paolo la settimana scorsa",
  ])("is given no home for another's move or a transfer: %s", (text) => {
    expect(namesAPlace(text)).toBe(false);
  });
});
