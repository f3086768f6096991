import type { Found } from "./in-message.js";
import { STREET_TYPES } from "./normalize.js";

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A text folded the way the normaliser folds it, and where each folded letter came from. */
export interface FoldedText {
  readonly text: string;
  readonly folded: string;
  readonly origin: readonly number[];
}

/** Where the words stand in a folded text, whole, with anything but letters between them. */
const findWords = (folded: string, words: readonly string[]) =>
  new RegExp(`(?<![a-z0-9])${words.map(escapeRegExp).join("[^a-z0-9]+")}(?![a-z0-9])`).exec(folded);

/** A character's folded letters: lower case, accents dropped, anything else a space. */
function foldedLetters(character: string): string {
  const code = character.charCodeAt(0);
  // Most characters are ASCII: folded by their code, without a string per step.
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? character : " ";
  }
  let letters = "";
  for (const letter of character
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, ""))
    letters += /[a-z0-9]/.test(letter) ? letter : " ";
  return letters;
}

/** Folds a text once for all the spans found in it (a long message names several places). */
export function foldText(text: string): FoldedText {
  const letters: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const folded = foldedLetters(text[i] as string);
    letters.push(folded);
    for (let k = 0; k < folded.length; k += 1) origin.push(i);
  }
  return { text, folded: letters.join(""), origin };
}

/**
 * The citizen's own characters for the normalised words of a match ("Via Padova 120" for
 * "via padova 120", "Città Studi" for "citta studi"), so the dialogue can say them back.
 * Words the normaliser rewrote ("v.le" → "viale") are given in their normalised form. A place
 * read through another script is found in the citizen's letters where some of its words are
 * written as read (see readThroughAnotherScript), and said to be: what redaction must find,
 * which the dialogue says back only where those letters tell what was understood
 * (wordsAsWritten).
 */
export function originalSpan(
  { text, folded, origin }: FoldedText,
  words: readonly string[],
): { readonly said: string; readonly throughScript: boolean } {
  const fallback = { said: words.join(" "), throughScript: false };
  if (words.length === 0) return fallback;
  const find = (list: readonly string[]) => findWords(folded, list);
  const match = find(words);
  // "V.le Monza 45" was read as "viale monza 45": find the rest, then take the written abbreviation.
  const rest = match || words.length < 2 ? null : find(words.slice(1));
  // «el 120 de la calle Padova» was read as «… via padova»: a street word rewritten inside.
  const rewritten =
    match || rest
      ? null
      : new RegExp(
          `(?<![a-z0-9])${words.map((w) => (STREET_TYPES.has(w) ? "[a-z]+" : escapeRegExp(w))).join("[^a-z0-9]+")}(?![a-z0-9])`,
        ).exec(folded);
  const found = match ?? rest ?? rewritten;
  if (!found) {
    const through = readThroughAnotherScript({ text, folded, origin }, words);
    return through === null ? fallback : { said: through, throughScript: true };
  }
  let start = origin[found.index] ?? 0;
  if (rest) start = text.slice(0, start).trimEnd().search(/\S+$/);
  if (start < 0) return fallback;
  const end = (origin[found.index + found[0].length - 1] ?? text.length - 1) + 1;
  return { said: text.slice(start, end), throughScript: false };
}

/** Runs of letters of another script than the Latin one, as the citizen wrote them. */
const otherScriptWords = (count: number, at: "start" | "end") =>
  at === "start"
    ? new RegExp(`^(?:[\\s-]*[^\\p{Script=Latin}\\P{L}]+){${count}}`, "u")
    : new RegExp(`(?:[^\\p{Script=Latin}\\P{L}]+[\\s-]*){${count}}$`, "u");

/**
 * «в 8 муниципалитете» read as «8 munizipalitete», «муниципалитет номер 8» as «munizipalitet
 * nomer 8»: the folded text keeps the digits, not the Cyrillic words spelt in Latin letters. The
 * citizen's own characters are the words found, with as many words of another script as were
 * read after or before them.
 */
function readThroughAnotherScript(
  { text, folded, origin }: FoldedText,
  words: readonly string[],
): string | null {
  for (let kept = words.length - 1; kept > 0; kept -= 1) {
    const others = words.length - kept;
    const head = findWords(folded, words.slice(0, kept));
    if (head) {
      const start = origin[head.index] ?? 0;
      const end = (origin[head.index + head[0].length - 1] ?? start) + 1;
      const after = otherScriptWords(others, "start").exec(text.slice(end));
      if (after) return text.slice(start, end + after[0].length);
    }
    const tail = findWords(folded, words.slice(others));
    if (tail) {
      const start = origin[tail.index] ?? 0;
      const end = (origin[tail.index + tail[0].length - 1] ?? start) + 1;
      const before = otherScriptWords(others, "end").exec(text.slice(0, start));
      if (before) return text.slice(before.index, end);
    }
  }
  return null;
}

/** How sure a match is, by what it is and how it was found (see ResolvedPlace.confidence). */
const BASE_CONFIDENCE: Readonly<Record<string, number>> = {
  point: 1,
  municipio: 0.95,
  address: 0.9,
  outside: 0.9,
  nil: 0.85,
  landmark: 0.85,
  cap: 0.8,
  station: 0.8,
};

export function confidenceOf(match: Found, reply: boolean): number {
  const { place } = match;
  const kind = place.outsideMilan && place.kind === "unknown" ? "outside" : place.kind;
  let confidence = BASE_CONFIDENCE[kind] ?? 0.5;
  if (kind === "address" && /\d/.test(place.matched ?? "")) confidence = 0.95;
  if (place.municipio === null && !place.outsideMilan) confidence *= 0.75;
  confidence *= 0.8 ** match.typos;
  if (!reply) confidence *= 0.9;
  return Math.round(confidence * 100) / 100;
}
