import { readFileSync } from "node:fs";
import { fnv1a } from "../util/fnv1a.js";

/*
 * eld's detection ("Efficient Language Detector", Nito T.M., Apache-2.0,
 * https://github.com/nitotm/efficient-language-detector-js) over its "small" database kept
 * in typed arrays. The package builds that database as ~81,000 JavaScript objects from a
 * 1.6 MB module at import (+46 MB heap, +60–150 MB RSS); here it is one ~2 MB buffer read
 * from data/nlu/language-ngrams.bin (written by scripts/build-language-ngrams.ts from the
 * installed eld). The scoring below follows eld 2.1.0 step by step, its quirks included, so
 * that results are identical (test/nlu/language-ngrams.test.ts compares them).
 */

/** eld's database and text rules, as the build script reads them from the package. */
export interface NgramSource {
  readonly type: string;
  /** ISO 639-1 codes, by eld's language index. */
  readonly languages: readonly string[];
  /** Byte n-gram (in eld's byte-to-character dictionary) -> language index -> score. */
  readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly dictionary: readonly string[];
  readonly separators: RegExp;
  readonly averageScores: Readonly<Record<string, number>>;
}

/** What eld's detect() answers: the language ("" when none), its scores, its reliability. */
export interface NgramDetection {
  readonly language: string;
  /** Languages with a score, best first (eld's getScores(), as pairs). */
  ranked(): ReadonlyArray<readonly [language: string, score: number]>;
  /**
   * One language's score, undefined when it has none: read a few times per message, where an
   * object of every language's score was a few KB of garbage on every message classified.
   */
  score(language: string): number | undefined;
  /** eld's isReliable() with its default threshold. */
  reliable(): boolean;
}

const MAGIC = "ELD1";
/** eld subtracts this from every stored score to keep its database small. */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked scale of raw scores. */
const SCORE_SCALE = 25;
/** Languages paired with their scores, best first; made once, not per call: see read-words.ts. */
const highestScoreFirst = (a: [number, number], b: [number, number]) => b[1] - a[1];
const RELIABLE_RATIO = 0.75;

interface Header {
  readonly type: string;
  readonly languages: readonly string[];
  readonly averageScores: readonly number[];
  readonly dictionary: readonly string[];
  readonly separators: { readonly source: string; readonly flags: string };
  readonly ngrams: number;
  readonly pairs: number;
  readonly keyBytes: number;
}

/**
 * The binary form: "ELD1", the JSON header's length (u32), the header padded to 4 bytes,
 * then key offsets and pair offsets (u32, n + 1 each), key bytes, pair languages and pair
 * scores (u8 each). Every n-gram character is below 256 (eld maps bytes to one character each).
 */
export function encodeNgrams(source: NgramSource): Buffer {
  const keys = Object.keys(source.ngrams);
  const entries = keys.map((key) => Object.entries(source.ngrams[key] ?? {}));
  const pairs = entries.reduce((sum, list) => sum + list.length, 0);
  const keyBytes = keys.reduce((sum, key) => sum + key.length, 0);
  const header: Header = {
    type: source.type,
    languages: source.languages,
    averageScores: source.languages.map((code) => source.averageScores[code] ?? 0),
    dictionary: source.dictionary,
    separators: { source: source.separators.source, flags: source.separators.flags },
    ngrams: keys.length,
    pairs,
    keyBytes,
  };
  let json = Buffer.from(JSON.stringify(header), "utf8");
  json = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
  const keyOffsets = new Uint32Array(keys.length + 1);
  const pairOffsets = new Uint32Array(keys.length + 1);
  const keyData = new Uint8Array(keyBytes);
  const languages = new Uint8Array(pairs);
  const scores = new Uint8Array(pairs);
  let keyAt = 0;
  let pairAt = 0;
  keys.forEach((key, i) => {
    for (let c = 0; c < key.length; c++) {
      const code = key.charCodeAt(c);
      if (code > 255) throw new Error(`n-gram ${JSON.stringify(key)} has a character above 255`);
      keyData[keyAt++] = code;
    }
    for (const [language, score] of entries[i] ?? []) {
      languages[pairAt] = Number(language);
      scores[pairAt] = score;
      pairAt++;
    }
    keyOffsets[i + 1] = keyAt;
    pairOffsets[i + 1] = pairAt;
  });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([
    Buffer.from(MAGIC, "latin1"),
    length,
    json,
    new Uint8Array(keyOffsets.buffer),
    new Uint8Array(pairOffsets.buffer),
    keyData,
    languages,
    scores,
  ]);
}

/** eld's detector over the database in `file`. */
export function loadNgramDetector(file: string): (text: string) => NgramDetection {
  const buffer = readFileSync(file);
  if (buffer.toString("latin1", 0, 4) !== MAGIC) throw new Error(`${file}: not an n-gram file`);
  const jsonLength = buffer.readUInt32LE(4);
  const header = JSON.parse(buffer.toString("utf8", 8, 8 + jsonLength)) as Header;
  // Typed arrays need their own aligned copy of the buffer's bytes.
  const bytes = new Uint8Array(buffer.subarray(8 + jsonLength));
  const n = header.ngrams;
  const keyOffsets = new Uint32Array(bytes.buffer, 0, n + 1);
  const pairOffsets = new Uint32Array(bytes.buffer, 4 * (n + 1), n + 1);
  const keysAt = 8 * (n + 1);
  const pairsAt = keysAt + header.keyBytes;
  const keyData = bytes.subarray(keysAt, pairsAt);
  const pairLanguages = bytes.subarray(pairsAt, pairsAt + header.pairs);
  const pairScores = bytes.subarray(pairsAt + header.pairs, pairsAt + 2 * header.pairs);

  // Open addressing, load under 1/3: an n-gram is found in one or two probes.
  let size = 1;
  while (size < n * 3) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) {
    let hash = 0x811c9dc5;
    for (let b = keyOffsets[i] as number; b < (keyOffsets[i + 1] as number); b++) {
      hash = Math.imul(hash ^ (keyData[b] as number), 0x01000193);
    }
    let slot = (hash >>> 0) & mask;
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = i;
  }
  const find = (ngram: string): number => {
    for (let slot = fnv1a(ngram) & mask; ; slot = (slot + 1) & mask) {
      const i = table[slot] as number;
      if (i === -1) return -1;
      const start = keyOffsets[i] as number;
      if ((keyOffsets[i + 1] as number) - start !== ngram.length) continue;
      let same = true;
      for (let c = 0; c < ngram.length && same; c++) {
        same = keyData[start + c] === ngram.charCodeAt(c);
      }
      if (same) return i;
    }
  };

  const { languages, averageScores, dictionary } = header;
  const separators = new RegExp(header.separators.source, header.separators.flags);
  return (text) => {
    const words = utf8Words(
      text.substring(0, 1000).replace(separators, " ").trim().toLowerCase(),
      dictionary,
    );
    const ngrams = byteNgrams(words);
    const results = new Array<number>(languages.length).fill(0);
    for (const ngram of ngrams) {
      const i = find(ngram);
      if (i === -1) continue;
      for (let p = pairOffsets[i] as number; p < (pairOffsets[i + 1] as number); p++) {
        (results[pairLanguages[p] as number] as number) +=
          (pairScores[p] as number) + BASE_NGRAM_SCORE;
      }
    }
    // getMaxLang: the first language with the highest positive score.
    let best = -1;
    for (let i = 0; i < results.length; i++) {
      if ((results[i] as number) > 0 && (results[i] as number) > (results[best] ?? 0)) best = i;
    }
    if (best === -1)
      return { language: "", ranked: () => [], score: () => undefined, reliable: () => false };
    const language = languages[best] as string;
    const count = ngrams.size;
    let ordered: Array<[number, number]> | undefined;
    // Only the languages that scored are paired with their score: pairing all ~60 and then
    // dropping most made a few KB of garbage on every message the bot classifies.
    const orderedScores = () => {
      if (ordered === undefined) {
        ordered = [];
        for (let i = 0; i < results.length; i++) {
          const raw = results[i] as number;
          if (raw > 0) ordered.push([i, raw / count / (raw / count + SCORE_SCALE)]);
        }
        ordered.sort(highestScoreFirst);
      }
      return ordered;
    };
    return {
      language,
      ranked: () => orderedScores().map(([i, s]) => [languages[i] as string, s] as const),
      score: (wanted) => {
        for (const [i, s] of orderedScores()) if (languages[i] === wanted) return s;
        return undefined;
      },
      reliable: () => {
        const sorted = orderedScores();
        if (sorted.length === 0 || count < 3) return false;
        // eld compares with the second entry's language index, not its score: kept as is.
        const next = sorted.length > 1 ? (sorted[1] as [number, number])[0] : 0;
        const top = (sorted[0] as [number, number])[1];
        return !(
          (averageScores[best] as number) * RELIABLE_RATIO > top || 0.01 > Math.abs(top - next)
        );
      },
    };
  };
}

/** eld's strToUtf8Bytes: words as UTF-8 bytes, one dictionary character per byte, cut near 350 bytes. */
function utf8Words(text: string, dictionary: readonly string[]): string[] {
  const byte = (value: number) => dictionary[value] as string;
  const words: string[] = [];
  let encoded = "";
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== "") {
          words.push(encoded);
          encoded = "";
        }
        if (count > 350) break;
      } else {
        encoded += text[i];
      }
      count++;
    } else if (code < 0x800) {
      encoded += byte(0xc0 | (code >> 6)) + byte(0x80 | (code & 0x3f));
      count += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded +=
        byte(0xe0 | (code >> 12)) + byte(0x80 | ((code >> 6) & 0x3f)) + byte(0x80 | (code & 0x3f));
      count += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      encoded +=
        byte(0xf0 | (code >> 18)) +
        byte(0x80 | ((code >> 12) & 0x3f)) +
        byte(0x80 | ((code >> 6) & 0x3f)) +
        byte(0x80 | (code & 0x3f));
      count += 4;
    }
    if (count > 380) break;
  }
  if (encoded !== "") words.push(encoded);
  return words;
}

/** eld's getByteNgrams: 4-byte n-grams every 3 bytes, word starts and ends marked by a space. */
function byteNgrams(words: readonly string[]): Set<string> {
  const ngrams = new Set<string>();
  for (const word of words) {
    const length = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < length; j += 3) ngrams.add((j === 0 ? " " : "") + word.substring(j, j + 4));
    ngrams.add(`${j === 0 ? " " : ""}${word.substring(length !== 3 ? length - 4 : 0)} `);
  }
  return ngrams;
}
