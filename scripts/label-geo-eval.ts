/**
 * Labels the evaluation messages of data/geo from official data only, never from the resolver:
 *   npm run geo:label -- <raw file> <out file> [--no-place]
 * Each raw line is {"text", "ref", "kind"?}; its `ref` says what the writer meant, and this script
 * turns it into the expected answer:
 *   {"s": street, "n": number}  the register: that house number's Municipio, else the nearest listed
 *                               numbers of the same parity on both sides when they agree
 *   {"s": street}               the Municipi of the street's house numbers
 *   {"addr": [street, number]}  a landmark at that address: the DS634 point of the number, then every
 *                               Municipio within 300 m of it (DS379 polygons)
 *   {"station": NAME}           a metro station's official point, the same 300 m rule
 *   {"pt": [lat, lon]}          coordinates: the Municipio whose polygon holds the point
 *   {"nil": id}                 the NIL's Municipio when it holds ≥ 90 % of its area, else its Municipi
 *   {"mun": n} {"cap": c} {"cand": [..]} {"out": true} {"none": true}
 */
import { readFileSync, writeFileSync } from "node:fs";
import { municipiWithin } from "../src/geo/border.js";
import { loadGeoIndex } from "../src/geo/geo-index.js";
import { normalizeText } from "../src/geo/normalize.js";
import type { GeoPoint } from "../src/geo/place.js";

const NEAR_M = 300;
const [rawFile, outFile, flag] = process.argv.slice(2);
if (!rawFile || !outFile) throw new Error("usage: label-geo-eval <raw> <out> [--no-place]");

const index = await loadGeoIndex();
const stations = JSON.parse(readFileSync("data/geo/metro-stations.geojson", "utf8")) as {
  features: { properties: { nome: string }; geometry: { coordinates: [number, number] } }[];
};
const streetByName = new Map(index.streets.map((s) => [normalizeText(s.name), s]));

interface Label {
  municipio: number | null;
  outsideMilan: boolean;
  candidates?: number[];
}

function fromMunicipi(municipi: readonly number[]): Label {
  const unique = [...new Set(municipi)].sort((a, b) => a - b);
  if (unique.length === 0) return { municipio: null, outsideMilan: true };
  if (unique.length === 1) return { municipio: unique[0] ?? null, outsideMilan: false };
  return { municipio: null, outsideMilan: false, candidates: unique };
}

function street(name: string) {
  const found = streetByName.get(normalizeText(name));
  if (!found) throw new Error(`no street named ${name}`);
  return found;
}

function houseNumber(name: string, n: number): Label {
  const s = street(name);
  const exact = [...s.numbers].filter(([k]) => k === n);
  if (exact.length > 0) return fromMunicipi(exact.map(([, m]) => m));
  const same = [...s.numbers].filter(([k]) => k % 2 === n % 2);
  // A side of the street without residents: the street's own Municipi.
  if (same.length === 0) return fromMunicipi(s.municipi);
  const below = same.filter(([k]) => k < n).at(-1);
  const above = same.find(([k]) => k > n);
  return fromMunicipi([below, above].flatMap((e) => (e ? [e[1]] : [])));
}

function addressPoint(name: string, n: number): GeoPoint {
  const located = [...street(name).numbers].filter((e) => e[2] !== undefined);
  const best = located.sort((a, b) => Math.abs(a[0] - n) - Math.abs(b[0] - n))[0];
  if (!best || best[0] !== n) console.warn(`  ${name} ${n}: nearest located number ${best?.[0]}`);
  return { lon: best?.[2] ?? 0, lat: best?.[3] ?? 0 };
}

function nil(id: number): Label {
  const entry = index.nil.find((x) => x.id === id);
  if (!entry) throw new Error(`no NIL ${id}`);
  const top = entry.shares[0];
  if (top && top.share >= 0.9) return fromMunicipi([top.municipio]);
  return fromMunicipi(entry.shares.filter((s) => s.share >= 0.05).map((s) => s.municipio));
}

function label(ref: Record<string, unknown>): Label {
  if (ref.none) return { municipio: null, outsideMilan: false };
  if (ref.out) return { municipio: null, outsideMilan: true };
  if (typeof ref.mun === "number") return fromMunicipi([ref.mun]);
  if (Array.isArray(ref.cand)) return fromMunicipi(ref.cand as number[]);
  if (typeof ref.nil === "number") return nil(ref.nil);
  if (typeof ref.cap === "string") {
    const cap = index.caps.find((c) => c.cap === ref.cap);
    if (!cap) throw new Error(`no CAP ${ref.cap}`);
    const total = cap.municipi.reduce((sum, m) => sum + m.houseNumbers, 0);
    const top = cap.municipi[0];
    if (top && top.houseNumbers / total >= 0.95) return fromMunicipi([top.municipio]);
    return fromMunicipi(
      cap.municipi.filter((m) => m.houseNumbers / total >= 0.05).map((m) => m.municipio),
    );
  }
  if (typeof ref.s === "string") {
    return typeof ref.n === "number"
      ? houseNumber(ref.s, ref.n)
      : fromMunicipi(street(ref.s).municipi);
  }
  if (Array.isArray(ref.addr)) {
    const [name, n] = ref.addr as [string, number];
    return fromMunicipi(municipiWithin(addressPoint(name, n), index.municipi, NEAR_M));
  }
  if (typeof ref.station === "string") {
    const found = stations.features.find((f) => f.properties.nome === ref.station);
    if (!found) throw new Error(`no station ${ref.station}`);
    const [lon, lat] = found.geometry.coordinates;
    return fromMunicipi(municipiWithin({ lon, lat }, index.municipi, NEAR_M));
  }
  if (Array.isArray(ref.pt)) {
    const [lat, lon] = ref.pt as [number, number];
    return fromMunicipi(municipiWithin({ lon, lat }, index.municipi, 0));
  }
  throw new Error(`unknown ref ${JSON.stringify(ref)}`);
}

function kindOf(ref: Record<string, unknown>, answer: Label): string {
  if (answer.outsideMilan) return "outside";
  if (ref.none) return "unknown";
  if (typeof ref.s === "string") return "address";
  if (typeof ref.nil === "number" || Array.isArray(ref.cand)) return "nil";
  if (typeof ref.cap === "string") return "cap";
  return "municipio";
}

const lines = readFileSync(rawFile, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");
const out = lines.map((line) => {
  if (flag === "--no-place") {
    return { text: line.trim(), municipio: null, outsideMilan: false, kind: "unknown" };
  }
  const raw = JSON.parse(line) as { text: string; ref: Record<string, unknown>; kind?: string };
  const answer = label(raw.ref);
  return { text: raw.text, ...answer, kind: raw.kind ?? kindOf(raw.ref, answer), ref: raw.ref };
});
writeFileSync(outFile, `${out.map((o) => JSON.stringify(o)).join("\n")}\n`);
console.log(`labelled ${out.length} lines into ${outFile}`);
