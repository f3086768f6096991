import { describe, expect, it } from "vitest";
import { resolver } from "./resolver-fixture.js";

describe("a citizen who says in their own language that they live near a metro station", () => {
  // «Lotto» is an ordinary Italian word (the lottery): read as a place only after a word that
  // announces one, so these fail when the language's «near» or «metro» is not known.
  it.each([
    ["ro", "locuiesc langa metroul Lotto"],
    ["ro", "mama mea locuiește aproape de stația de metrou Lotto"],
    ["es", "vivo junto al metro Lotto"],
    ["fr", "j'habite près du métro Lotto"],
    ["pt", "moro perto do metrô Lotto"],
    ["tl", "nakatira ako malapit sa metro Lotto"],
    ["sq", "jetoj afër metrosë Lotto"],
    ["uk", "живу біля метро Лотто"],
    ["ru", "живу возле станции метро Лотто"],
  ])("(%s) %s → the Lotto station", (_language, text) => {
    expect(resolver.resolve(text)).toMatchObject({
      kind: "station",
      matched: "Metro Lotto Fieramilanocity (M1)",
    });
  });

  it.each([
    ["ro", "locuim în cartierul Lotto"],
    ["fr", "on habite près de Lotto"],
    ["pt", "moramos perto de Lotto"],
    ["sq", "jetoj pranë Lotto"],
    ["sq", "banoj në lagjen Lotto"],
    // After the language's «in»: Spanish «en», Portuguese «em», Albanian «në», Tagalog «sa».
    ["es", "mi madre vive en Lotto y necesita ayuda"],
    ["pt", "minha mãe mora em Lotto"],
    ["sq", "nëna ime jeton në Lotto"],
    ["tl", "ang nanay ko ay nakatira sa Lotto"],
    ["es", "estamos en el barrio Lotto"],
  ])("(%s) %s → the Lotto neighbourhood", (_language, text) => {
    expect(resolver.resolve(text).candidates).toEqual(expect.arrayContaining([7, 8]));
  });

  it("(ro, es) gets the area of Milan from a neighbourhood noun before a name a town shares", () => {
    for (const text of ["locuiesc în cartierul Lodi", "vivo en el barrio Lodi"])
      expect(resolver.resolve(text)).toMatchObject({ kind: "nil", municipio: 4 });
  });
});

describe("a citizen who names the place where someone works, in another language", () => {
  it.each([
    ["ro", "lucrez la un hotel langa metroul Lotto si caut o bona"],
    ["fr", "je travaille près du métro Lotto, je cherche une nounou"],
    ["pt", "minha amiga trabalha perto do metrô Lotto"],
    ["uk", "працюю біля метро Лотто, шукаю няню"],
  ])("(%s) is not placed at the workplace: %s", (_language, text) => {
    const place = resolver.resolve(text);
    expect(place.municipio === null && place.candidates.length === 0).toBe(true);
  });
});

describe("a citizen whose message holds «near»-words but no place", () => {
  it.each([
    "mia madre cerca una badante vicino a casa",
    "aproape de casa mea nu e nimic",
    "caut de lucru lângă casă",
    "je cherche une nounou près de chez moi",
    "procuro uma creche perto de casa",
    "шукаю роботу поруч з домом",
  ])("gets no place: %s", (text) => {
    const place = resolver.resolve(text);
    expect(place.municipio === null && place.candidates.length === 0 && !place.outsideMilan).toBe(
      true,
    );
  });
});
