import { describe, expect, it } from "vitest";
import {
  buildFuzzyIndex,
  createFuzzyVocabulary,
  fuzzyVocabulary,
  restoredFuzzyIndex,
  storedFuzzyIndex,
  typoDistance,
} from "../../src/geo/fuzzy.js";

describe("typos in a street's name", () => {
  it("counts a letter missing, added, changed or two swapped as one typo", () => {
    expect(typoDistance("padova", "padva")).toBe(1);
    expect(typoDistance("padova", "paddova")).toBe(1);
    expect(typoDistance("padova", "pedova")).toBe(1);
    expect(typoDistance("padova", "pdaova")).toBe(1);
    expect(typoDistance("padova", "padova")).toBe(0);
  });

  it("edits each letter once (a swap then a change is two typos, not one)", () => {
    expect(typoDistance("ca", "abc")).toBe(3);
    expect(typoDistance("", "via")).toBe(3);
    expect(typoDistance("un nome di strada molto più lungo del solito", "")).toBe(44);
  });

  it("corrects a long street name with two typos to the known one", () => {
    const streets = createFuzzyVocabulary(["lorenteggio", "gratosoglio"]);
    expect(streets.correct("lorentegio")).toEqual(["lorenteggio"]);
    expect(streets.correct("gratosgolio")).toEqual(["gratosoglio"]);
  });

  it("tells apart two names whose typo keys share a hash, also as the cache gives them back", () => {
    // Two made-up names of which the index keeps the same 32-bit hash (found by trying).
    const fnv = (text: string) => {
      let hash = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      return hash >>> 0;
    };
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let n = 0; pair === undefined; n++) {
      const name = `via${n.toString(36)}`;
      const other = seen.get(fnv(name));
      if (other !== undefined) pair = [other, name];
      seen.set(fnv(name), name);
    }
    const [first, second] = pair;
    const index = buildFuzzyIndex([first, second]);
    expect(index.shared.map(([key]) => key)).toEqual(expect.arrayContaining([first, second]));
    const streets = fuzzyVocabulary(
      restoredFuzzyIndex(JSON.parse(JSON.stringify(storedFuzzyIndex(index)))),
    );
    expect(streets.correct(`${first}x`)).toEqual([first]);
    expect(streets.correct(`${second}x`)).toEqual([second]);
    expect(streets.correct("viazzzzz")).toEqual([]);
  });

  it("finds every closest name within the typos allowed, with doubled letters too, as a scan of all names would", () => {
    // Names with runs of one letter («ll», «ss») and repeated pairs («abab»), where a letter
    // left out at two places gives the same key.
    const names = ["sassetti", "sassello", "spallanzani", "abababab", "abbababa", "villapizzone"];
    const streets = createFuzzyVocabulary(names);
    const allowed = (word: string) => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);
    const scan = (word: string) => {
      const near = names
        .map((name) => [name, typoDistance(word, name)] as const)
        .filter(([name, d]) => d <= Math.min(allowed(word), allowed(name)));
      const best = Math.min(...near.map(([, d]) => d));
      return near.filter(([, d]) => d === best).map(([name]) => name);
    };
    const typed = [
      "sasseti",
      "sasetti",
      "sassseto",
      "spalanzani",
      "spallanzny",
      "abababa",
      "bababab",
    ];
    for (const word of [...typed, "ababbaba", "vilapizone", "villapizzzonne", "sspallanzanni"])
      expect(new Set(streets.correct(word))).toEqual(
        new Set(allowed(word) === 0 ? [] : scan(word)),
      );
  });

  it("still corrects every name of a long list, whose keys' table answers most look-ups", () => {
    // Made-up names of 6–11 letters: the index's table is sized by its keys, so a list this
    // long (about 100,000 keys) uses most of its bits.
    const letters = "abcdefgilmnoprstuvz";
    let seed = 7;
    const letter = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return letters[seed % letters.length] as string;
    };
    const names = [
      ...new Set(
        Array.from({ length: 2000 }, (_, i) =>
          Array.from({ length: 6 + (i % 6) }, letter).join(""),
        ),
      ),
    ];
    const streets = createFuzzyVocabulary(names);
    for (const name of names) {
      // The third letter left out, then the last two swapped: one typo, or two.
      expect(streets.correct(name.slice(0, 2) + name.slice(3))).toContain(name);
      if (name.length >= 10)
        expect(
          streets.correct(`${name.slice(0, 2)}${name.slice(3, -2)}${name.at(-1)}${name.at(-2)}`),
        ).toContain(name);
    }
  });
});
