import { describe, expect, it } from "vitest";
import {
  type Directory,
  loadDirectory,
  MAX_RECOMMENDED_SPACES,
  type Recommendation,
  recommend,
} from "../../src/directory/index.js";
import { eitherOf, HOMES, inMunicipio, NOT_UNDERSTOOD, SESTO_SAN_GIOVANNI } from "./places.js";

const directory: Directory = loadDirectory();

const INFO = { intent: "info_wemi", services: ["informazione_orientamento"] };
const DSA = { intent: "dsa", services: ["supporto_dsa"] };
const BADANTE = { intent: "badante", services: ["assistenza_familiare"] };

const ids = (recommendation: Recommendation) => recommendation.items.map((item) => item.space.id);

describe("a citizen asking for information in their own Municipio", () => {
  const expected: Record<number, string[]> = {
    1: ["stelline"],
    2: ["venini"],
    3: ["loreto"],
    4: ["piazzetta"],
    5: ["san_gottardo", "valla"],
    6: ["voltri"],
    7: ["trivulzio"],
    8: ["capuana", "pacinotti"],
    9: ["ornato"],
  };
  for (const [municipio, spaces] of Object.entries(expected)) {
    it(`is sent, from Municipio ${municipio}, to ${spaces.join(" and ")}`, () => {
      const result = recommend(INFO, inMunicipio(Number(municipio)), directory);
      expect(ids(result)).toEqual(spaces);
      expect(result.note).toBeUndefined();
      for (const item of result.items) {
        expect(item.reason).toBe("your_municipio");
        expect(item.service).toBe("informazione_orientamento");
        expect(item.distanceKm).toBeUndefined();
      }
    });
  }

  it("in Municipio 5, gets the nearer space first", () => {
    const nearValla = recommend(INFO, inMunicipio(5, HOMES.viaLorenzoValla20), directory);
    expect(ids(nearValla)).toEqual(["valla", "san_gottardo"]);
    const nearGottardo = recommend(INFO, inMunicipio(5, HOMES.corsoSanGottardo20), directory);
    expect(ids(nearGottardo)).toEqual(["san_gottardo", "valla"]);
    const [first, second] = nearGottardo.items;
    expect(first?.distanceKm).toBeLessThan(0.5);
    expect(second?.distanceKm).toBeGreaterThan(first?.distanceKm ?? Number.POSITIVE_INFINITY);
  });

  it("in Municipio 8, gets the nearer space first", () => {
    const nearPacinotti = recommend(INFO, inMunicipio(8, HOMES.viaAntonioPacinotti2), directory);
    expect(ids(nearPacinotti)).toEqual(["pacinotti", "capuana"]);
    const nearCapuana = recommend(INFO, inMunicipio(8, HOMES.viaLuigiCapuana2), directory);
    expect(ids(nearCapuana)).toEqual(["capuana", "pacinotti"]);
  });

  it("with a need no space offers specifically (a greeting), still gets their Municipio's space", () => {
    const result = recommend({ intent: "saluto", services: [] }, inMunicipio(3), directory);
    expect(result.items).toEqual([
      { space: expect.objectContaining({ id: "loreto" }), service: null, reason: "your_municipio" },
    ]);
  });
});

describe("a citizen with a specific need", () => {
  it("asking for DSA support from via Padova (Municipio 2) is sent to Pacinotti first, with the distance", () => {
    const result = recommend(DSA, inMunicipio(2, HOMES.viaPadova29), directory);
    expect(ids(result)).toEqual(["pacinotti", "venini"]);
    const [pacinotti, venini] = result.items;
    expect(pacinotti).toMatchObject({ service: "supporto_dsa", reason: "offers_service" });
    // Via Padova 29 to via Pacinotti 8 is about 5.5 km as the crow flies.
    expect(pacinotti?.distanceKm).toBeGreaterThan(5);
    expect(pacinotti?.distanceKm).toBeLessThan(6.5);
    expect(venini).toMatchObject({ service: null, reason: "your_municipio" });
  });

  it("asking for DSA support from Municipio 8 sees Pacinotti once, for DSA, then Capuana", () => {
    const result = recommend(DSA, inMunicipio(8), directory);
    expect(result.items.map((item) => [item.space.id, item.reason])).toEqual([
      ["pacinotti", "offers_service"],
      ["capuana", "your_municipio"],
    ]);
  });

  it("looking for a badante is sent to the city-wide service and to their local space", () => {
    const result = recommend(BADANTE, inMunicipio(3), directory);
    expect(result.items.map((item) => [item.space.id, item.service, item.reason])).toEqual([
      ["tate_colf_badanti", "assistenza_familiare", "city_wide"],
      ["loreto", null, "your_municipio"],
    ]);
  });

  it("needing a CAF or patronato is sent to Valla", () => {
    const result = recommend(
      { intent: "caf_patronato", services: ["caf_patronato"] },
      inMunicipio(1),
      directory,
    );
    expect(ids(result)).toEqual(["valla", "stelline"]);
    expect(result.items[0]).toMatchObject({ service: "caf_patronato", reason: "offers_service" });
  });

  it("looking for Italian courses is sent to Ornato", () => {
    const need = { intent: "corsi_italiano", services: ["corsi_italiano_donne"] };
    const result = recommend(need, inMunicipio(6), directory);
    expect(ids(result)).toEqual(["ornato", "voltri"]);
    expect(result.items[0]).toMatchObject({ service: "corsi_italiano_donne" });
  });

  it("asking for home-delivered meals gets Pacinotti (coordination) and the local space to activate it", () => {
    const need = {
      intent: "pasti_domicilio",
      services: ["pasti_domicilio", "attivazione_servizi_domiciliari"],
    };
    const result = recommend(need, inMunicipio(4), directory);
    expect(result.items.map((item) => [item.space.id, item.service])).toEqual([
      ["pacinotti", "pasti_domicilio"],
      ["piazzetta", "attivazione_servizi_domiciliari"],
    ]);
  });

  it("never sees more than a handful of spaces, nor the same space twice", () => {
    const everything = {
      intent: "everything",
      services: [...new Set(directory.spaces.flatMap((space) => space.services))],
    };
    const result = recommend(everything, inMunicipio(5), directory);
    expect(result.items).toHaveLength(MAX_RECOMMENDED_SPACES);
    expect(new Set(ids(result)).size).toBe(result.items.length);
  });
});

describe("a citizen whose place is not a single Milan Municipio", () => {
  it("from Sesto San Giovanni, looking for a badante, gets the city-wide service and the outside-Milan note", () => {
    const result = recommend(BADANTE, SESTO_SAN_GIOVANNI, directory);
    expect(result.note).toBe("outside_milan");
    expect(ids(result)).toEqual(["tate_colf_badanti"]);
    expect(result.items[0]?.distanceKm).toBeGreaterThan(5);
  });

  it("from outside Milan, asking for general information, gets no local space but the note", () => {
    const result = recommend(INFO, SESTO_SAN_GIOVANNI, directory);
    expect(result).toEqual({ items: [], note: "outside_milan" });
  });

  it("with a place the bot could not understand, still learns where DSA support is", () => {
    const result = recommend(DSA, NOT_UNDERSTOOD, directory);
    expect(result.note).toBe("unknown_place");
    expect(ids(result)).toEqual(["pacinotti"]);
    expect(result.items[0]?.distanceKm).toBeUndefined();
  });

  it("without any place, gets the note so the bot asks where they live", () => {
    expect(recommend(INFO, null, directory)).toEqual({ items: [], note: "unknown_place" });
  });

  it("on a street crossing Municipi 4 and 5, gets the spaces of both and is asked the house number", () => {
    const result = recommend(INFO, eitherOf([4, 5], true), directory);
    expect(result.note).toBe("ask_house_number");
    expect(ids(result)).toEqual(["piazzetta", "san_gottardo", "valla"]);
    expect(result.items.every((item) => item.reason === "possible_municipio")).toBe(true);
  });

  it("with a CAP spanning Municipi 5 and 4, gets the more likely Municipio's spaces first", () => {
    const result = recommend(INFO, eitherOf([5, 4], false), directory);
    expect(result.note).toBeUndefined();
    expect(ids(result)).toEqual(["san_gottardo", "valla", "piazzetta"]);
  });
});
