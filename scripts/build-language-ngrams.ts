/**
 * Writes data/nlu/language-ngrams.bin, eld's "small" n-gram database (Apache-2.0, Nito T.M.,
 * npm package eld) in a compact binary form that src/nlu/language-ngrams.ts reads:
 *   npx tsx scripts/build-language-ngrams.ts
 * Importing eld/small built 81,000 small JavaScript objects from a 1.6 MB source file at every
 * start (+46 MB heap, +60–150 MB RSS); the same numbers in typed arrays take about 2 MB.
 * Nothing is dropped or changed: detection is identical (test/nlu/language-ngrams.test.ts).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../src/config/paths.js";
import { encodeNgrams, type NgramSource } from "../src/nlu/language-ngrams.js";

/** eld's own files (its package exports only the preloaded detectors). */
async function eldModule(file: string): Promise<Record<string, unknown>> {
  return import(pathToFileURL(join(PROJECT_ROOT, "node_modules", "eld", "src", file)).href);
}

export async function eldSmallSource(): Promise<NgramSource> {
  const [{ ngramsData }, { dictionary }, { separators }, { avgScore }] = await Promise.all([
    eldModule("ngrams/small.js"),
    eldModule("dictionary.js"),
    eldModule("regexPatterns.js"),
    eldModule("avgScore.js"),
  ]);
  const data = ngramsData as {
    type: string;
    languages: Record<string, string>;
    ngrams: Record<string, Record<string, number>>;
  };
  return {
    type: data.type,
    languages: Object.keys(data.languages)
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => data.languages[index] as string),
    ngrams: data.ngrams,
    dictionary: dictionary as string[],
    separators: separators as RegExp,
    averageScores: avgScore as Record<string, number>,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = join(PROJECT_ROOT, "data", "nlu", "language-ngrams.bin");
  writeFileSync(file, encodeNgrams(await eldSmallSource()));
  console.log(`wrote ${file}`);
}
