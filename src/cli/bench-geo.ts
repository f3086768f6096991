import { pathToFileURL } from "node:url";
import { createLocationResolver, type GeoIndex, loadGeoIndex } from "../geo/index.js";
import { cpuTimeEach, median, ms, percentile, timeEach } from "./stats.js";

const LOADS = 5;
const ROUNDS = 5;
const QUERIES = 10_000;

/** A fixed pseudo-random sequence, so every run times the same queries. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const SHORT_TYPES: Readonly<Record<string, string>> = {
  viale: "v.le",
  piazza: "p.za",
  piazzale: "p.le",
  corso: "c.so",
  largo: "l.go",
};

/** Citizens' ways of saying where they live, drawn from the index itself. */
function queryMix(index: GeoIndex): string[] {
  const random = seeded(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const typo = (word: string): string => {
    if (word.length < 6) return word;
    const at = 1 + Math.floor(random() * (word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const makers: (() => string)[] = [
    () => {
      const street = pick(index.streets);
      const number = street.numbers.length > 0 ? ` ${pick([...street.numbers])[0]}` : "";
      return `abito in ${street.name.toLowerCase()}${number}`;
    },
    () => {
      const street = pick(index.streets);
      const alias = street.aliases[street.aliases.length - 1] ?? "";
      const type = SHORT_TYPES[street.type] ?? street.type;
      return `${type} ${alias} ${street.numbers.length > 0 ? pick([...street.numbers])[0] : ""}`;
    },
    () => {
      const street = pick(index.streets);
      return `${street.type} ${typo(street.aliases[0] ?? "")}`;
    },
    () => `sto a ${pick(index.nil).name.split(" - ")[0]?.toLowerCase()}`,
    () => pick(index.neighbourhoods).name,
    () => `cap ${pick(index.caps).cap}`,
    () => `municipio ${1 + Math.floor(random() * 9)}`,
    () => pick(["zona 4", "il 5", "municipio nove", "mun. 3"]),
    () => pick(index.outsidePlaces),
    () => pick(["boh", "non lo so", "vicino alla stazione", "asdfgh qwerty", "in casa"]),
    // Longer messages, with and without a place, and the new forms of place.
    () => {
      const street = pick(index.streets);
      const number = street.numbers.length > 0 ? ` ${pick([...street.numbers])[0]}` : "";
      return `buongiorno mia madre ha ${80 + Math.floor(random() * 15)} anni e vive da sola in ${street.name.toLowerCase()}${number}, cerchiamo una badante per la notte`;
    },
    () =>
      pick([
        "mi sento solo da quando è morta mia moglie e non so con chi parlare",
        "mio fratello abita a Torino e io lavoro fino alle 7, serve qualcuno per papà",
        "c'è una signora di 91 anni sola al piano di sopra, nessuno la va a trovare",
        "I need a carer for my father who has dementia, he lives alone",
      ]),
    () => `abito vicino alla ${pick(["metro", "fermata"])} ${pick(index.places).aliases[0] ?? ""}`,
    () =>
      pick([
        "45°27'N 9°11'E",
        "https://www.google.com/maps/@45.4781,9.2262,17z",
        "https://www.openstreetmap.org/?mlat=45.4701&mlon=9.1702#map=17/45.4701/9.1702",
      ]),
  ];
  return Array.from({ length: QUERIES }, () => pick(makers)());
}

/** Index load time and resolve latency, as printable lines. */
export async function benchGeo(): Promise<string[]> {
  const loads: number[] = [];
  let index = await loadGeoIndex();
  for (let i = 0; i < LOADS; i += 1) {
    const start = performance.now();
    index = await loadGeoIndex();
    loads.push(performance.now() - start);
  }
  const builds: number[] = [];
  let resolver = createLocationResolver(index);
  for (let i = 0; i < LOADS; i += 1) {
    const start = performance.now();
    resolver = createLocationResolver(index);
    builds.push(performance.now() - start);
  }
  const queries = queryMix(index);
  for (const query of queries.slice(0, 1000)) resolver.resolve(query);
  const p50s: number[] = [];
  const p99s: number[] = [];
  const maxima: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const durations = timeEach(queries, (query) => resolver.resolve(query));
    p50s.push(percentile(durations, 50));
    p99s.push(percentile(durations, 99));
    maxima.push(percentile(durations, 100));
  }
  const cpuTimes = cpuTimeEach(queries, (query) => resolver.resolve(query));
  return [
    "location resolver",
    `  index load (data/geo incl. places and ordinary words, median of ${LOADS}): ${ms(median(loads))}`,
    `  resolver build (token indexes, median of ${LOADS}): ${ms(median(builds))}`,
    `  resolve over ${QUERIES} mixed queries (median of ${ROUNDS} rounds): p50 ${ms(median(p50s))}, p99 ${ms(median(p99s))}, max ${ms(median(maxima))}`,
    `  resolve CPU time: p50 ${ms(percentile(cpuTimes, 50))}, p99 ${ms(percentile(cpuTimes, 99))}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchGeo()) console.log(line);
}
