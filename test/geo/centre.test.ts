import { describe, expect, it } from "vitest";
import { resolver } from "./resolver-fixture.js";

describe("a citizen who lives in the centre", () => {
  it.each([
    "in centro",
    "abito in centro",
    "centro",
    "il centro",
    "zona centro",
    "centro città",
    "vivo nel centro di Milano",
    "cerco una badante per mia madre che vive da sola in centro",
    "I live in the city centre",
    "downtown",
    "vivo en el centro",
    "locuiesc în centru",
  ])("«%s» is Municipio 1, the Centro storico, said back in their words", (text) => {
    const place = resolver.resolve(text);
    expect(place).toMatchObject({ municipio: 1, matched: "Centro storico", outsideMilan: false });
    expect(text).toContain(place.span);
  });

  it.each([
    "cerco un centro diurno per mio padre",
    "centro diurno",
    "vado in centro a fare la spesa",
    "mia madre va al centro anziani",
    "I need a day centre for my father",
    "un centro per l'impiego",
  ])("«%s» is a centre of some kind or a trip, not where they live", (text) => {
    expect(resolver.resolve(text).municipio).toBeNull();
  });

  it("a place named besides a centre of some kind is the place", () => {
    expect(resolver.resolve("abito vicino al centro anziani di Niguarda").municipio).toBe(9);
  });
});
