import { describe, expect, it } from "vitest";
import { expandAbbreviations } from "../../src/geo/normalize.js";

describe("a street type written short, as citizens type it", () => {
  it.each([
    ["abito in v.le Monza 3", "abito in viale monza 3"],
    ["p.za Duomo", "piazza duomo"],
    ["P.le Loreto", "piazzale loreto"],
    ["c.so Buenos Aires", "corso buenos aires"],
    ["l.go Cairoli", "largo cairoli"],
    ["p.ta Romana", "porta romana"],
    ["mun. 8", "municipio 8"],
    ["q.re Oggiaro", "quartiere oggiaro"],
    ["calle Padova 120", "via padova 120"],
    ["str. Padova", "strada padova"],
    ["живу на вулиці Падова", "givu na via padova"],
  ])("«%s» reads as «%s»", (written, read) => {
    expect(expandAbbreviations(written)).toBe(read);
  });

  it("leaves a message with no abbreviation as its words", () => {
    expect(expandAbbreviations("Mia madre vive sola, le serve una badante")).toBe(
      "mia madre vive sola le serve una badante",
    );
  });
});
