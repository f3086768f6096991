import { tokenize } from "./normalize.js";

/**
 * Which language a chat message is written in (ISO 639-1). A placeholder that tells Italian
 * from English only, by their most frequent short words, until the language identifier of
 * issue 9 (languages) replaces this body; the interface is the one it exports.
 */
export interface DetectedLanguage {
  /** ISO 639-1 code. */
  readonly language: string;
  /** 0 when the text gave no clue and the hint (or Italian) was used. */
  readonly confidence: number;
}

const ITALIAN = new Set(
  "il lo la i gli le un una di da in con per che non mi ci si e è sono ho ha mia mio cerco serve vorrei come dove chi perche anche ma piu grazie ciao buongiorno".split(
    " ",
  ),
);
const ENGLISH = new Set(
  "the an of to with for that not my me is are am i we you he she it need looking want how where who can could please thanks hello hi and but".split(
    " ",
  ),
);
const FALLBACK = "it";

export function detectLanguage(text: string, hint?: string): DetectedLanguage {
  let italian = 0;
  let english = 0;
  for (const word of tokenize(text)) {
    if (ITALIAN.has(word)) italian++;
    if (ENGLISH.has(word)) english++;
  }
  if (italian === english) return { language: hint === "en" ? "en" : FALLBACK, confidence: 0 };
  const language = english > italian ? "en" : "it";
  return { language, confidence: Math.max(italian, english) / (italian + english) };
}
