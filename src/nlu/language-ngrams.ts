import { readFileSync } from "node:fs";

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
    let slot = fnv1aBytes(keyData, keyOffsets[i] as number, keyOffsets[i + 1] as number) & mask;
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = i;
  }
  const find = (gram: number, hash: number): number => {
    const from = grams.starts[gram] as number;
    const length = (grams.starts[gram + 1] as number) - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const i = table[slot] as number;
      if (i === -1) return -1;
      const start = keyOffsets[i] as number;
      if ((keyOffsets[i + 1] as number) - start !== length) continue;
      if (sameBytes(keyData, start, grams.bytes, from, length)) return i;
    }
  };

  const { languages, averageScores, dictionary } = header;
  const languageIndex = new Map(languages.map((code, i) => [code, i]));
  const separators = new RegExp(header.separators.source, header.separators.flags);
  const grams = gramReader(dictionary);
  return (text) => {
    const distinct = grams.read(
      text.substring(0, 1000).replace(separators, " ").trim().toLowerCase(),
    );
    const results = new Int32Array(languages.length);
    for (let g = 0; g < distinct; g++) {
      const i = find(g, grams.hashes[g] as number);
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
    if (best === -1) return NO_LANGUAGE;
    const count = distinct;
    // A language's score is worked out when asked, from its raw sum: pairing the languages
    // that scored with their scores and sorting them was a few KB of garbage a message.
    const scoreAt = (i: number) => {
      const raw = results[i] as number;
      return raw / count / (raw / count + SCORE_SCALE);
    };
    return {
      language: languages[best] as string,
      ranked: () => {
        const ordered: Array<[number, number]> = [];
        for (let i = 0; i < results.length; i++) {
          if ((results[i] as number) > 0) ordered.push([i, scoreAt(i)]);
        }
        ordered.sort(highestScoreFirst);
        return ordered.map(([i, s]) => [languages[i] as string, s] as const);
      },
      score: (wanted) => {
        const i = languageIndex.get(wanted);
        return i !== undefined && (results[i] as number) > 0 ? scoreAt(i) : undefined;
      },
      reliable: () => {
        if (count < 3) return false;
        // The two highest scores in eld's stable sort: ties keep the language index's order.
        let first = -1;
        let second = -1;
        for (let i = 0; i < results.length; i++) {
          if ((results[i] as number) <= 0) continue;
          if (first === -1 || scoreAt(i) > scoreAt(first)) {
            second = first;
            first = i;
          } else if (second === -1 || scoreAt(i) > scoreAt(second)) second = i;
        }
        // eld compares with the second entry's language index, not its score: kept as is.
        const next = second === -1 ? 0 : second;
        const top = scoreAt(first);
        return !(
          (averageScores[best] as number) * RELIABLE_RATIO > top || 0.01 > Math.abs(top - next)
        );
      },
    };
  };
}

/** What eld answers when no n-gram scored. */
const NO_LANGUAGE: NgramDetection = {
  language: "",
  ranked: () => [],
  score: () => undefined,
  reliable: () => false,
};

/** FNV-1a (src/util/fnv1a.ts) over bytes[from, to), as a signed 32-bit number. */
function fnv1aBytes(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let b = from; b < to; b++) hash = Math.imul(hash ^ (bytes[b] as number), 0x01000193);
  return hash;
}

const sameBytes = (a: Uint8Array, aFrom: number, b: Uint8Array, bFrom: number, length: number) => {
  for (let c = 0; c < length; c++) if (a[aFrom + c] !== b[bFrom + c]) return false;
  return true;
};

/** eld cuts a text's bytes near 380, so no message has more n-grams or n-gram bytes than these. */
const MAX_BYTES = 512;
const MAX_GRAMS = 1024;
const MAX_GRAM_BYTES = 4096;
/** Open addressing for a message's distinct n-grams, load under 1/2. */
const SEEN_SLOTS = 2048;

/**
 * eld's strToUtf8Bytes and getByteNgrams over buffers made once: a message's distinct n-grams
 * with their FNV-1a hashes, each n-gram's characters (eld's one per byte, all below 256) as
 * bytes. Building them as strings in a Set was a fifth of what classifying a message allocated.
 */
function gramReader(dictionary: readonly string[]) {
  /** Each byte's character in eld's keys. */
  const character = Uint8Array.from(dictionary, (c) => c.charCodeAt(0));
  const text = new Uint8Array(MAX_BYTES);
  const wordEnds = new Int32Array(MAX_BYTES);
  const bytes = new Uint8Array(MAX_GRAM_BYTES);
  const starts = new Int32Array(MAX_GRAMS + 1);
  const hashes = new Int32Array(MAX_GRAMS);
  const seen = new Int32Array(SEEN_SLOTS);
  let distinct = 0;

  /** The n-gram written after the last one, kept if it is new. */
  const keep = () => {
    const from = starts[distinct] as number;
    const to = starts[distinct + 1] as number;
    const hash = fnv1aBytes(bytes, from, to);
    for (let slot = hash & (SEEN_SLOTS - 1); ; slot = (slot + 1) & (SEEN_SLOTS - 1)) {
      const other = seen[slot] as number;
      if (other === -1) {
        seen[slot] = distinct;
        hashes[distinct++] = hash;
        return;
      }
      const otherFrom = starts[other] as number;
      const length = to - from;
      if ((starts[other + 1] as number) - otherFrom === length) {
        if (sameBytes(bytes, otherFrom, bytes, from, length)) return;
      }
    }
  };
  /** Writes text[from, to) as the next n-gram, a space before it or after it if asked. */
  const gram = (from: number, to: number, leading: boolean, trailing: boolean) => {
    let at = starts[distinct] as number;
    if (leading) bytes[at++] = SPACE;
    for (let b = from; b < to; b++) bytes[at++] = text[b] as number;
    if (trailing) bytes[at++] = SPACE;
    starts[distinct + 1] = at;
    keep();
  };

  return {
    bytes,
    starts,
    hashes,
    /** Reads `prepared` (separators spaced, trimmed, lower case): how many distinct n-grams. */
    read(prepared: string): number {
      const words = utf8Words(prepared, character, text, wordEnds);
      seen.fill(-1);
      distinct = 0;
      starts[0] = 0;
      let wordStart = 0;
      for (let w = 0; w < words; w++) {
        const wordEnd = wordEnds[w] as number;
        const length = Math.min(wordEnd - wordStart, 70);
        let j = 0;
        for (; j + 4 < length; j += 3) {
          gram(wordStart + j, wordStart + j + 4, j === 0, false);
        }
        // eld's last n-gram runs to the word's end, past its 70th byte.
        gram(wordStart + Math.max(0, length - 4), wordEnd, j === 0, true);
        wordStart = wordEnd;
      }
      return distinct;
    },
  };
}

const SPACE = 32;

/**
 * eld's strToUtf8Bytes: the words' UTF-8 bytes, as eld's characters, written one after the
 * other into `text`, where each word ends in `wordEnds`; cut near 350 bytes. How many words.
 */
function utf8Words(
  prepared: string,
  character: Uint8Array,
  text: Uint8Array,
  wordEnds: Int32Array,
): number {
  let words = 0;
  let at = 0;
  let wordStart = 0;
  let count = 0;
  for (let i = 0; i < prepared.length; i++) {
    let code = prepared.charCodeAt(i);
    if (code < 0x80) {
      if (code === SPACE) {
        if (at !== wordStart) {
          wordEnds[words++] = at;
          wordStart = at;
        }
        if (count > 350) break;
      } else {
        text[at++] = code;
      }
      count++;
    } else if (code < 0x800) {
      text[at++] = character[0xc0 | (code >> 6)] as number;
      text[at++] = character[0x80 | (code & 0x3f)] as number;
      count += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      text[at++] = character[0xe0 | (code >> 12)] as number;
      text[at++] = character[0x80 | ((code >> 6) & 0x3f)] as number;
      text[at++] = character[0x80 | (code & 0x3f)] as number;
      count += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (prepared.charCodeAt(i) & 0x3ff));
      text[at++] = character[0xf0 | (code >> 18)] as number;
      text[at++] = character[0x80 | ((code >> 12) & 0x3f)] as number;
      text[at++] = character[0x80 | ((code >> 6) & 0x3f)] as number;
      text[at++] = character[0x80 | (code & 0x3f)] as number;
      count += 4;
    }
    if (count > 380) break;
  }
  if (at !== wordStart) wordEnds[words++] = at;
  return words;
}
