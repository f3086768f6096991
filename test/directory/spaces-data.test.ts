import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Directory, loadDirectory, validateDirectory } from "../../src/directory/index.js";

const serviceIds = (
  parse(readFileSync(new URL("../../data/services.yaml", import.meta.url), "utf8")) as {
    id: string;
  }[]
).map((service) => service.id);

// As the press release writes them, section "Dov'è WeMi oggi" and the Ornato/Valla/Pacinotti paragraphs.
const ARTICLE_ADDRESSES = {
  stelline: [1, "corso Magenta 63"],
  venini: [2, "via Venini 83"],
  loreto: [3, "via Sabaudia 8"],
  piazzetta: [4, "via Piazzetta 2"],
  san_gottardo: [5, "corso San Gottardo 41"],
  valla: [5, "via Valla 25"],
  voltri: [6, "via di Rudinì 18"],
  trivulzio: [7, "via Trivulzio 15"],
  capuana: [8, "via Capuana 3"],
  pacinotti: [8, "via Pacinotti 8"],
  ornato: [9, "via Ornato 7"],
  tate_colf_badanti: [1, "via Statuto 15"],
} as const;

describe("the shipped WeMi directory (data/spaces.yaml)", () => {
  let directory: Directory;
  beforeAll(() => {
    directory = loadDirectory();
  });

  it("loads and passes every cross-check against the service catalogue", () => {
    expect(validateDirectory(directory.spaces, serviceIds)).toEqual([]);
  });

  it("lists the twelve spaces of the article, each at the article's address", () => {
    expect(directory.spaces.map((space) => space.id).sort()).toEqual(
      Object.keys(ARTICLE_ADDRESSES).sort(),
    );
    for (const space of directory.spaces) {
      const [municipio, address] = ARTICLE_ADDRESSES[space.id as keyof typeof ARTICLE_ADDRESSES];
      expect(space.address.inArticle, space.id).toContain(address);
      expect(space.municipio, space.id).toBe(municipio);
      expect(space.address.inArticle, space.id).toContain(space.address.number);
    }
  });

  it("has one space per Municipio, two in Municipi 5 and 8, plus the city-wide service", () => {
    const local = directory.spaces.filter((space) => space.scope === "municipio");
    const perMunicipio = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(
      (m) => local.filter((space) => space.municipio === m).length,
    );
    expect(perMunicipio).toEqual([1, 1, 1, 1, 2, 1, 1, 2, 1]);
    expect(directory.spaces.filter((space) => space.scope === "city").map((s) => s.id)).toEqual([
      "tate_colf_badanti",
    ]);
  });

  it("lets every space of a Municipio give information and activate home services", () => {
    for (const space of directory.spaces.filter((s) => s.scope === "municipio")) {
      expect(space.services, space.id).toEqual(
        expect.arrayContaining(["informazione_orientamento", "attivazione_servizi_domiciliari"]),
      );
    }
  });

  it("gives every space its own point on the map", () => {
    const points = new Set(directory.spaces.map((s) => `${s.location.lat},${s.location.lon}`));
    expect(points.size).toBe(directory.spaces.length);
  });
});
