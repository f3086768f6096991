import { readFile } from "node:fs/promises";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildLocationReport,
  DEFAULT_EVAL_FILE,
  EVAL_SETS,
  formatLocationReport,
  type LocationLabel,
  type LocationOutcome,
  meetsTarget,
  parseLocationLabels,
  parsePointText,
  type ResolverAnswer,
  scoreLocation,
} from "../../src/cli/eval-geo.js";

const label = (fields: Partial<LocationLabel> & Pick<LocationLabel, "text">): LocationLabel => ({
  municipio: null,
  outsideMilan: false,
  kind: "address",
  ...fields,
});
const answer = (fields: Partial<ResolverAnswer>): ResolverAnswer => ({
  municipio: null,
  candidates: [],
  outsideMilan: false,
  ...fields,
});

describe("scoreLocation", () => {
  const padova = label({ text: "via Padova 120", municipio: 2 });

  it("accepts the labelled Municipio and rejects any other", () => {
    expect(scoreLocation(padova, answer({ municipio: 2, candidates: [2] }))).toBe(true);
    expect(scoreLocation(padova, answer({ municipio: 3 }))).toBe(false);
    expect(scoreLocation(padova, answer({ candidates: [2, 3] }))).toBe(false);
  });

  it("tells a place outside Milan from one inside", () => {
    const monza = label({ text: "Monza", kind: "outside", outsideMilan: true });
    expect(scoreLocation(monza, answer({ outsideMilan: true }))).toBe(true);
    expect(scoreLocation(monza, answer({ municipio: 2 }))).toBe(false);
    expect(scoreLocation(monza, answer({}))).toBe(false);
    expect(scoreLocation(padova, answer({ municipio: 2, outsideMilan: true }))).toBe(false);
  });

  it("needs exactly the labelled candidates, in any order", () => {
    const isola = label({ text: "Isola", kind: "nil", candidates: [2, 9] });
    expect(scoreLocation(isola, answer({ candidates: [9, 2] }))).toBe(true);
    expect(scoreLocation(isola, answer({ candidates: [2] }))).toBe(false);
    expect(scoreLocation(isola, answer({ candidates: [2, 8, 9] }))).toBe(false);
    expect(scoreLocation(isola, answer({ municipio: 9, candidates: [2, 9] }))).toBe(false);
  });

  it("rejects candidates offered for an input that names no place", () => {
    const boh = label({ text: "boh", kind: "unknown" });
    expect(scoreLocation(boh, answer({}))).toBe(true);
    expect(scoreLocation(boh, answer({ candidates: [1, 2] }))).toBe(false);
  });
});

describe("the location report", () => {
  const outcome = (l: LocationLabel, got: ResolverAnswer): LocationOutcome => ({
    label: l,
    got,
    correct: scoreLocation(l, got),
  });
  const outcomes = [
    outcome(label({ text: "via Padova 120", municipio: 2 }), answer({ municipio: 2 })),
    outcome(label({ text: "viale Zara", candidates: [2, 9] }), answer({ municipio: 9 })),
    outcome(label({ text: "zona 4", kind: "municipio", municipio: 4 }), answer({ municipio: 4 })),
    outcome(
      label({ text: "Rho", kind: "outside", outsideMilan: true }),
      answer({ outsideMilan: true }),
    ),
  ];
  const report = buildLocationReport(outcomes);

  it("counts overall and per kind, and lists each failure", () => {
    expect(report).toMatchObject({ total: 4, correct: 3, accuracy: 0.75 });
    expect(report.byKind).toEqual([
      { kind: "municipio", total: 1, correct: 1 },
      { kind: "address", total: 2, correct: 1 },
      { kind: "outside", total: 1, correct: 1 },
    ]);
    expect(report.failures.map((f) => f.label.text)).toEqual(["viale Zara"]);
    expect(meetsTarget(report)).toBe(false);
  });

  it("prints the accuracy, each kind and what a failure expected and got", () => {
    const text = formatLocationReport(report);
    expect(text).toContain("3/4 correct (75.0%)");
    expect(text).toMatch(/address\s+1\/2\s+50\.0%/);
    expect(text).toContain('"viale Zara": expected one of 2, 9, got Municipio 9');
  });

  it("passes at 98% and fails just below", () => {
    const right = outcomes[0] as LocationOutcome;
    const wrong = outcomes[1] as LocationOutcome;
    const at = (good: number, bad: number) =>
      buildLocationReport([...Array(good).fill(right), ...Array(bad).fill(wrong)]);
    expect(meetsTarget(at(49, 1))).toBe(true);
    expect(meetsTarget(at(48, 1))).toBe(false);
  });
});

describe("a set of messages that name no place", () => {
  const boh = label({ text: "mi sento solo", kind: "unknown" });
  const right = { label: boh, got: answer({}), correct: true };
  const invented = { label: boh, got: answer({ outsideMilan: true }), correct: false };
  const noPlace = EVAL_SETS[1] as (typeof EVAL_SETS)[number];

  it("counts a place given to such a message as a false place", () => {
    const report = buildLocationReport([right, invented]);
    expect(report.falsePlaces).toBe(1);
    expect(formatLocationReport(report, noPlace)).toContain("false places 1 (50.0%)");
  });

  it("fails above 1% false places", () => {
    const at = (good: number, bad: number) =>
      buildLocationReport([...Array(good).fill(right), ...Array(bad).fill(invented)]);
    expect(meetsTarget(at(100, 1), noPlace)).toBe(true);
    expect(meetsTarget(at(98, 2), noPlace)).toBe(false);
  });
});

describe("the labelled sets of data/geo", () => {
  it("hold 300+ needs naming no place, 150+ messages with a place, 100+ landmarks, stations, coordinates and links", async () => {
    const sizes = await Promise.all(
      EVAL_SETS.map(async (set) => parseLocationLabels(await readFile(set.file, "utf8")).length),
    );
    expect(sizes.slice(1)).toEqual([
      expect.toSatisfy((n: number) => n >= 300),
      expect.toSatisfy((n: number) => n >= 150),
      expect.toSatisfy((n: number) => n >= 100),
    ]);
  });
});

describe("parseLocationLabels", () => {
  it("reads a point and rejects inconsistent labels with their line number", () => {
    const good =
      '{"text": "@45.4642,9.19", "municipio": 1, "outsideMilan": false, "kind": "point"}';
    expect(parseLocationLabels(`${good}\n\n`)).toHaveLength(1);
    expect(parsePointText("@45.4642,9.19")).toEqual({ lat: 45.4642, lon: 9.19 });
    const both =
      '{"text": "x", "municipio": 2, "candidates": [2, 3], "outsideMilan": false, "kind": "nil"}';
    expect(() => parseLocationLabels(`${good}\n${both}`)).toThrow(/line 2/);
    const outside = '{"text": "Monza", "municipio": 2, "outsideMilan": true, "kind": "outside"}';
    expect(() => parseLocationLabels(outside)).toThrow(/line 1/);
  });
});

describe("data/geo/eval.jsonl", () => {
  let labels: LocationLabel[];
  beforeAll(async () => {
    labels = parseLocationLabels(await readFile(DEFAULT_EVAL_FILE, "utf8"));
  });
  const ofKind = (kind: LocationLabel["kind"]) => labels.filter((l) => l.kind === kind);
  const texts = () => new Set(labels.map((l) => l.text));

  it("has at least 240 distinct lines", () => {
    expect(labels.length).toBeGreaterThanOrEqual(240);
    expect(texts().size).toBe(labels.length);
  });

  it("names every Municipio in several forms", () => {
    const forms = ofKind("municipio");
    for (let m = 1; m <= 9; m += 1)
      expect(
        forms.filter((l) => l.municipio === m).length,
        `Municipio ${m}`,
      ).toBeGreaterThanOrEqual(2);
    const said = forms.map((l) => l.text.toLowerCase());
    expect(said.some((t) => /\bzona \d\b/.test(t))).toBe(true);
    expect(said.some((t) => /\b[ivx]+$/.test(t))).toBe(true);
    expect(said.some((t) => /\b(uno|due|tre|quattro|cinque|sei|sette|otto|nove)$/.test(t))).toBe(
      true,
    );
    expect(said.some((t) => /^il \d$/.test(t))).toBe(true);
  });

  it("has 60+ neighbourhoods, with the names people use and their misspellings", () => {
    expect(ofKind("nil").length).toBeGreaterThanOrEqual(60);
    const nil = new Set(ofKind("nil").map((l) => l.text.toLowerCase()));
    for (const name of [
      "nolo",
      "chinatown",
      "paolo sarpi",
      "città studi",
      "citta studi",
      "qt8",
      "citylife",
      "corvetto",
      "quarto oggiaro",
      "quarto ogiaro",
      "navigli",
      "isola",
      "bicocca",
      "baggio",
      "gallaratese",
      "lambrate",
      "bovisa",
      "niguarda",
      "gratosoglio",
      "giambellino",
    ])
      expect(nil.has(name), name).toBe(true);
    expect(ofKind("nil").some((l) => l.candidates)).toBe(true);
  });

  it("has 90+ addresses, 20+ of them on streets whose numbers lie in different Municipi", () => {
    const addresses = ofKind("address");
    expect(addresses.length).toBeGreaterThanOrEqual(90);
    const numbered = addresses.filter((l) => /\d/.test(l.text) && l.municipio !== null);
    const streetOf = (text: string) => text.toLowerCase().replace(/[\s,]+(n\. )?\d.*$/, "");
    const municipiOf = new Map<string, Set<number>>();
    for (const l of numbered) {
      const street = streetOf(l.text);
      municipiOf.set(street, (municipiOf.get(street) ?? new Set()).add(l.municipio as number));
    }
    const onBorderStreets = numbered.filter(
      (l) => (municipiOf.get(streetOf(l.text))?.size ?? 0) > 1,
    );
    expect(onBorderStreets.length).toBeGreaterThanOrEqual(20);
    const withoutNumber = addresses.filter((l) => !/\d/.test(l.text));
    expect(withoutNumber.some((l) => l.municipio !== null)).toBe(true);
    expect(withoutNumber.filter((l) => l.candidates).length).toBeGreaterThanOrEqual(5);
  });

  it("has 15+ CAPs, some in one Municipio and some in several", () => {
    const caps = ofKind("cap");
    expect(caps.length).toBeGreaterThanOrEqual(15);
    expect(caps.every((l) => /\b20\d{3}\b/.test(l.text))).toBe(true);
    expect(caps.some((l) => l.municipio !== null)).toBe(true);
    expect(caps.some((l) => l.candidates)).toBe(true);
  });

  it("has 20+ points covering every Municipio and outside Milan", () => {
    const points = ofKind("point");
    expect(points.length).toBeGreaterThanOrEqual(20);
    expect(new Set(points.map((l) => l.municipio))).toEqual(
      new Set([null, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    );
    expect(points.some((l) => l.outsideMilan)).toBe(true);
  });

  it("labels each point with the Municipio polygon that holds it", async () => {
    const municipi = JSON.parse(
      await readFile(new URL("../../data/geo/municipi.geojson", import.meta.url), "utf8"),
    ) as FeatureCollection<Polygon | MultiPolygon, { MUNICIPIO: number }>;
    for (const l of ofKind("point")) {
      const { lat, lon } = parsePointText(l.text) ?? { lat: Number.NaN, lon: Number.NaN };
      const holders = municipi.features
        .filter((f: Feature<Polygon | MultiPolygon>) => booleanPointInPolygon([lon, lat], f))
        .map((f) => f.properties.MUNICIPIO);
      expect(holders, l.text).toEqual(l.outsideMilan ? [] : [l.municipio]);
    }
  });

  it("has 20+ places outside Milan and a few inputs that name no place", () => {
    expect(ofKind("outside").length).toBeGreaterThanOrEqual(20);
    expect(ofKind("outside").every((l) => l.outsideMilan && l.municipio === null)).toBe(true);
    const unknown = new Set(ofKind("unknown").map((l) => l.text));
    for (const text of ["boh", "non lo so", "casa mia"]) expect(unknown.has(text), text).toBe(true);
  });
});
