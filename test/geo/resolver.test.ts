import { describe, expect, it } from "vitest";
import { distanceKm } from "../../src/geo/index.js";
import { resolver } from "./resolver-fixture.js";

const municipioOf = (text: string) => resolver.resolve(text).municipio;

describe("a citizen who names their Municipio", () => {
  it.each([
    ["municipio 8", 8],
    ["zona 2", 2],
    ["Municipio IV", 4],
    ["il 5", 5],
    ["municipio cinque", 5],
    ["mun. 3", 3],
    ["abito nel municipio 9", 9],
  ])("%s → Municipio %i", (text, municipio) => {
    const place = resolver.resolve(text);
    expect(place).toMatchObject({ municipio, kind: "municipio", outsideMilan: false });
    expect(place.matched).toBe(`Municipio ${municipio}`);
  });

  it("does not read 'zona Tre Torri' as Municipio 3", () => {
    expect(resolver.resolve("zona Tre Torri")).toMatchObject({ kind: "nil", municipio: 8 });
  });
});

describe("a citizen who names their Municipio by its number in another language", () => {
  it.each([
    ["живём в 8 муниципалитете", 8, "8 муниципалитете"],
    ["живу у 8-му муніципалітеті", 8, "8-му муніципалітеті"],
    ["муниципалитет 3", 3, "муниципалитет 3"],
    ["vivo en el municipio número 8", 8, "municipio número 8"],
    ["locuiesc în municipiul 8", 8, "municipiul 8"],
    ["stau in sectorul 4", 4, "sectorul 4"],
    ["I live in municipality 2", 2, "municipality 2"],
    ["в муниципалитете номер 8", 8, "муниципалитете номер 8"],
    ["vivo en el municipio ocho", 8, "municipio ocho"],
    ["locuiesc în municipiul șase", 6, "municipiul șase"],
    ["j'habite dans le 8e arrondissement", 8, "8e arrondissement"],
    ["8ème arrondissement", 8, "8ème arrondissement"],
    ["nakatira ako sa ika-8 na Municipio", 8, "8 na Municipio"],
  ])("«%s» → Municipio %i, said back as written", (text, municipio, span) => {
    expect(resolver.resolve(text)).toMatchObject({ municipio, kind: "municipio", span });
  });

  it.each([
    "mi madre vive en el municipio de Sesto",
    "дедушка живёт в муниципальной квартире",
    "нужно сходить в муниципалитет за справкой",
    "am fost la primăria municipiului",
    "je suis allée à la mairie de l'arrondissement",
  ])("does not make a town hall a Municipio: «%s»", (text) => {
    expect(resolver.resolve(text).kind).not.toBe("municipio");
  });
});

describe("a citizen who names their neighbourhood", () => {
  it.each([
    ["sto a Città Studi", 3],
    ["citta studi", 3],
    ["QT8", 8],
    ["CityLife", 8],
    ["Quarto Oggiaro", 8],
    ["Niguarda", 9],
    ["Bicocca", 9],
    ["Baggio", 7],
    ["San Siro", 7],
    ["Gratosoglio", 5],
    ["Corvetto", 4],
    ["Rogoredo", 4],
    ["Santa Giulia", 4],
    ["Lambrate", 3],
    ["Giambellino", 6],
    ["Barona", 6],
    ["Brera", 1],
    ["Duomo", 1],
    ["Lodovico il Moro", 6],
    ["Affori", 9],
    ["Gallaratese", 8],
  ])("%s → Municipio %i", (text, municipio) => {
    expect(resolver.resolve(text)).toMatchObject({ municipio, kind: "nil", outsideMilan: false });
  });

  it("names the official NIL it recognised", () => {
    expect(resolver.resolve("abito a NoLo").matched).toBe("NIL 20 LORETO - CASORETTO - NOLO");
    expect(resolver.resolve("Casoretto").matched).toBe("NIL 20 LORETO - CASORETTO - NOLO");
    expect(resolver.resolve("Chinatown").matched).toBe("NIL 69 SARPI");
  });

  it("asks for the street when the neighbourhood straddles two Municipi", () => {
    expect(resolver.resolve("sto a NoLo")).toMatchObject({ municipio: null, candidates: [2, 3] });
    expect(resolver.resolve("Isola")).toMatchObject({ municipio: null, candidates: [2, 9] });
    expect(resolver.resolve("Porta Romana")).toMatchObject({ municipio: null, candidates: [4, 5] });
  });

  it("places the Navigli by the canal-side streets, not by the NIL that reaches the centre", () => {
    expect(resolver.resolve("zona Navigli")).toMatchObject({
      kind: "nil",
      municipio: null,
      candidates: [5, 6],
    });
  });

  it("understands misspelt neighbourhoods", () => {
    expect(municipioOf("Nigurda")).toBe(9);
    expect(municipioOf("quarto ogiaro")).toBe(8);
  });

  it.each([
    "Lucía Pérez",
    "Paola Rossi",
    "Giulia Ferrari",
    "Alessandro Sala",
    "Adriana Dumitru",
    "Lucia",
  ])("does not read the personal name «%s» as a place one typo away", (text) => {
    expect(resolver.resolve(text)).toMatchObject({ kind: "unknown", outsideMilan: false });
  });
});

describe("a citizen who gives an address", () => {
  // The twelve WeMi addresses, as the press release writes them, with the Municipio it states.
  it.each([
    ["corso Magenta 63", 1],
    ["via Venini 83", 2],
    ["via Sabaudia 8", 3],
    ["via Piazzetta 2", 4],
    ["corso San Gottardo 41", 5],
    ["via di Rudinì 18", 6],
    ["via Trivulzio 15", 7],
    ["via Capuana 3", 8],
    ["via Ornato 7", 9],
    ["via Valla 25", 5],
    ["via Pacinotti 8", 8],
    ["via Statuto 15", 1],
  ])("%s → Municipio %i", (text, municipio) => {
    expect(resolver.resolve(text)).toMatchObject({ municipio, kind: "address" });
  });

  it("reads the abbreviations people type", () => {
    expect(resolver.resolve("v.le Monza 250").matched).toBe("Viale Monza 250");
    expect(resolver.resolve("c.so Lodi 115").matched).toBe("Corso Lodi 115");
    expect(resolver.resolve("p.le Lotto 12").matched).toBe("Piazzale Lorenzo Lotto 12");
    expect(resolver.resolve("p.za Duomo")).toMatchObject({
      matched: "Piazza del Duomo",
      municipio: 1,
    });
    expect(resolver.resolve("viale Ca' Granda 3")).toMatchObject({
      matched: "Viale Ca' Granda 3",
      municipio: 9,
    });
  });

  it("finds the address inside a sentence", () => {
    expect(resolver.resolve("abito in via padova 120")).toMatchObject({
      municipio: 2,
      matched: "Via Padova 120",
    });
  });

  it("takes 'via Piazzetta' for via Giovanni Battista Piazzetta, not a piazzetta", () => {
    expect(resolver.resolve("via Piazzetta 2").matched).toBe("Via Giovanni Battista Piazzetta 2");
  });

  it("takes 'via Valla' for via Lorenzo Valla (5), not via Vallazze (3)", () => {
    expect(resolver.resolve("via Valla 25")).toMatchObject({
      matched: "Via Lorenzo Valla 25",
      municipio: 5,
    });
    expect(resolver.resolve("via Vallazze 10")).toMatchObject({
      matched: "Via Vallazze 10",
      municipio: 3,
    });
  });

  it("survives typos and missing accents", () => {
    expect(resolver.resolve("via padva 120").matched).toBe("Via Padova 120");
    expect(resolver.resolve("via vennini 83").matched).toBe("Via Giulio e Corrado Venini 83");
    expect(resolver.resolve("VIA DI RUDINI 18").municipio).toBe(6);
  });

  it("asks which street when a surname names several of like size", () => {
    const place = resolver.resolve("via Crespi 11");
    expect(place.municipio).toBeNull();
    expect(place.candidates.length).toBeGreaterThan(1);
    expect(place.matched).toContain("Via Daniele Crespi 11");
  });

  it("takes the full name said in full over another street's short form", () => {
    expect(resolver.resolve("via della Torre 27").matched).toBe("Via della Torre 27");
  });

  it("reads numbers in street names however they are written", () => {
    for (const text of ["corso XXII Marzo 10", "corso 22 marzo 10", "corso ventidue marzo 10"]) {
      expect(resolver.resolve(text).matched).toBe("Corso Ventidue Marzo 10");
    }
    expect(resolver.resolve("via XX settembre 3").matched).toBe("Via Venti Settembre 3");
  });

  it("reads a street name written as one word", () => {
    expect(resolver.resolve("v.le Montenero 10").matched).toBe("Viale Monte Nero 10");
  });

  it("keeps the full name when it contains a street word", () => {
    expect(resolver.resolve("Via Giovanni Battista Piazzetta 2")).toMatchObject({
      matched: "Via Giovanni Battista Piazzetta 2",
      municipio: 4,
    });
  });

  it("does not turn a street Milan lacks into a similar one, nor into a city", () => {
    expect(resolver.resolve("via Roma 1, Milano")).toMatchObject({
      kind: "unknown",
      outsideMilan: false,
    });
  });

  it("prefers the neighbourhood when the street word is part of its name", () => {
    expect(resolver.resolve("vicino al parco Sempione")).toMatchObject({
      kind: "nil",
      municipio: 1,
    });
  });

  it("gives the point of the house number, for distances", () => {
    const venini = resolver.resolve("via Venini 83").point;
    expect(venini).toBeDefined();
    // The register's point of via Venini 83 is within a few metres of the WeMi Venini coordinates.
    expect(distanceKm(venini ?? { lat: 0, lon: 0 }, { lat: 45.49425, lon: 9.2168 })).toBeLessThan(
      0.05,
    );
  });
});

describe("a street that crosses a Municipio border", () => {
  it.each([
    ["via Padova 120", 2],
    ["via Padova 380", 3],
    ["corso Sempione 10", 1],
    ["corso Sempione 60", 8],
    ["viale Zara 3", 9],
    ["viale Zara 4", 2],
    ["via Melchiorre Gioia 10", 9],
    ["via Gioia 150", 2],
  ])("%s → Municipio %i by its house number", (text, municipio) => {
    expect(resolver.resolve(text)).toMatchObject({ municipio, kind: "address" });
  });

  it("uses the nearest listed number of the same side when the number has no residents", () => {
    // Via Padova's listed numbers in Municipio 3 are 366, 370 and 400 (even side): 390 is between them.
    expect(municipioOf("via Padova 390")).toBe(3);
    expect(municipioOf("via Padova 391")).toBe(2);
  });

  it("asks for the house number when none is given", () => {
    expect(resolver.resolve("via Padova")).toMatchObject({
      municipio: null,
      candidates: [2, 3],
      needsHouseNumber: true,
      kind: "address",
    });
  });

  it("answers without a house number when the street lies in one Municipio", () => {
    const place = resolver.resolve("via Lorenzo Valla");
    expect(place).toMatchObject({ municipio: 5, kind: "address" });
    expect(place.needsHouseNumber).toBeUndefined();
  });
});

describe("a citizen who gives a CAP", () => {
  it("settles the Municipio when the CAP lies in one", () => {
    expect(resolver.resolve("20127")).toMatchObject({
      kind: "cap",
      municipio: 2,
      matched: "CAP 20127",
    });
  });

  it("lists the candidates when the CAP spans two", () => {
    expect(resolver.resolve("cap 20139")).toMatchObject({
      kind: "cap",
      municipio: null,
      candidates: [4, 5],
    });
  });
});

describe("a citizen who lives outside Milan", () => {
  it.each([
    "Sesto San Giovanni",
    "Monza",
    "Roma",
    "Cinisello",
    "Rho",
    "Bergamo",
    "Torino",
    "abito a Pavia",
  ])("%s is outside Milan", (text) => {
    expect(resolver.resolve(text)).toMatchObject({ outsideMilan: true, municipio: null });
  });

  it("is not mistaken for a Milan street of the same name unless a street word is there", () => {
    expect(resolver.resolve("viale Monza 250")).toMatchObject({
      outsideMilan: false,
      municipio: 2,
    });
    expect(resolver.resolve("Monza 250").outsideMilan).toBe(true);
    expect(resolver.resolve("via Padova 5, Sesto San Giovanni").outsideMilan).toBe(true);
  });
});

describe("a citizen who shares a location", () => {
  it("finds the Municipio of a point in Milan", () => {
    expect(resolver.resolvePoint({ lat: 45.46424, lon: 9.1882 })).toMatchObject({
      kind: "point",
      municipio: 1,
    });
    expect(resolver.resolvePoint({ lat: 45.49425, lon: 9.2168 }).municipio).toBe(2);
  });

  it("says when the point is outside Milan", () => {
    expect(resolver.resolvePoint({ lat: 45.5845, lon: 9.2744 })).toMatchObject({
      outsideMilan: true,
      municipio: null,
    });
  });

  it("reads coordinates typed as text", () => {
    expect(resolver.resolve("@45.49,9.21")).toMatchObject({ kind: "point", municipio: 2 });
    expect(resolver.resolve("45.49, 9.21")).toMatchObject({ kind: "point", municipio: 2 });
  });
});

describe("a description with nothing recognisable", () => {
  it.each(["boh", "", "non lo so"])("'%s' is unknown", (text) => {
    expect(resolver.resolve(text)).toMatchObject({
      kind: "unknown",
      municipio: null,
      outsideMilan: false,
      matched: null,
    });
  });
});

describe("distanceKm", () => {
  it("measures the distance between two places", () => {
    // Piazza del Duomo to Stazione Centrale: about 2.4 km as the crow flies.
    const km = distanceKm({ lat: 45.4642, lon: 9.19 }, { lat: 45.4859, lon: 9.2043 });
    expect(km).toBeGreaterThan(2.4);
    expect(km).toBeLessThan(2.9);
  });
});

describe("a citizen who writes Milan's names in Cyrillic", () => {
  it.each([
    ["Нігуарда", 9],
    ["Гратозольо", 5],
    ["Кварто Оджаро", 8],
    ["Чертоза", 8],
    ["Порта Венеція", 3],
    ["віа Падова 120", 2],
  ])("%s → Municipio %i", (text, municipio) => {
    expect(resolver.resolve(text).municipio).toBe(municipio);
  });

  it("near a metro station in a Ukrainian sentence", () => {
    expect(resolver.resolve("живу біля метро Лорето").matched).toMatch(/Loreto/);
  });
});

describe("a need's message read for its places, then for the citizen's area", () => {
  const message =
    "mio fratello vive a Torino, mia madre abita in via Padova 120 e le serve una badante";

  it("gets the same places and area however the two readings follow each other", () => {
    const places = resolver.placesIn(message).map((place) => place.span);
    const area = resolver.resolve(message);
    // Another text in between, so that each is read from scratch.
    resolver.resolve("Niguarda");
    expect(resolver.resolve(message)).toEqual(area);
    resolver.resolve("Niguarda");
    expect(resolver.placesIn(message).map((place) => place.span)).toEqual(places);
    expect(places).toEqual(["Torino", "via Padova 120"]);
    expect(area.matched).toMatch(/Padova/);
  });

  it("is read once in its update, by the danger model, the classifier and the dialogue alike", () => {
    const update = resolver.forOneUpdate();
    const places = update.placesIn(message);
    expect(update.placesIn(message)).toBe(places);
    expect(update.resolve(message)).toBe(update.resolve(message));
    expect(places).toEqual(resolver.placesIn(message));
    expect(update.resolve(message)).toEqual(resolver.resolve(message));
  });

  it("is not kept for the next update: each has its own reading", () => {
    const first = resolver.forOneUpdate().placesIn(message);
    const next = resolver.forOneUpdate().placesIn(message);
    expect(next).not.toBe(first);
    expect(next).toEqual(first);
  });
});
