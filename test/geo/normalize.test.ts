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
    ["moro na rua Padova 120", "moro na via padova 120"],
    ["j'habite rue Padova 120", "j habite via padova 120"],
    ["banoj në rrugën Padova 120", "banoj ne via padova 120"],
    ["nakatira sa kalye Padova 120", "nakatira sa via padova 120"],
    ["str. Padova", "strada padova"],
    ["abito in v Padova 12", "abito in via padova 12"],
    ["v Giovanni da Procida 4", "via giovanni da procida 4"],
    ["живу на вулиці Падова", "givu na via padova"],
  ])("«%s» reads as «%s»", (written, read) => {
    expect(expandAbbreviations(written)).toBe(read);
  });

  it("leaves a bare «v» with no house number after its name: Ukrainian typed in Latin letters", () => {
    expect(expandAbbreviations("Moya sestra v Milani vzhe misyac")).toBe(
      "moya sestra v milani vzhe misyac",
    );
  });

  it("leaves a message with no abbreviation as its words", () => {
    expect(expandAbbreviations("Mia madre vive sola, le serve una badante")).toBe(
      "mia madre vive sola le serve una badante",
    );
  });
});
