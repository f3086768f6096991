import { compilePhrase, type Phrase, PhraseIndex } from "../language/phrases.js";
import { HAN, normalizeText } from "../nlu/normalize.js";
import type { DangerCues } from "./danger-cues.js";
import { undoubled } from "./danger-model.js";
import { DANGER_KINDS } from "./kinds.js";
import { HAN_CUE, hanHolds, hanRun, SOS_EMOJI, sentencesOf } from "./sentences.js";

/**
 * Finding the cues of every language in a message (locales/<lang>/danger.yaml, and the
 * greetings of replies.yaml): where each matched, in words, and in which sentence. What the
 * cues found mean is read apart (silencing.ts, gentle.ts, verdict.ts).
 */

/** What a cue does when it is found: raise an alarm of its kind, or frame or silence some. */
export const ROLES = [
  ...DANGER_KINDS,
  ...["over", "ended", "not_danger", "idiom", "negation", "long_ago", "still", "not_now"],
  ...["request", "joke", "resolved", "cry", "despair", "whom_to_ask", "illness", "nuisance"],
  ...["today", "since", "back_then", "present", "greeting"],
] as const;
export type Role = (typeof ROLES)[number];

interface Cue {
  readonly role: Role;
  /** The language whose file it was written in. */
  readonly language: string;
  readonly id: string;
  /** As written in its file (for logs and the evaluation). */
  readonly source: string;
}

/** A cue found in a message, at words [start, end). */
export interface Found {
  readonly cue: Cue;
  readonly start: number;
  readonly end: number;
}

/** A message's words, the sentence of each, and every cue found in them. */
export interface FoundCues {
  /** The message's sentences as written (the «🆘» read as «sos»). */
  readonly sentences: readonly string[];
  readonly words: readonly string[];
  readonly sentenceOf: readonly number[];
  readonly all: Found[];
}

/** A cue's name across languages: its language, its role and its phrase as written. */
export const cueId = (language: string, role: string, source: string) =>
  `${language}\t${role}\t${source}`;

/** The greetings a message may open with, per language (locales/<lang>/replies.yaml). */
export type Greetings = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * The finder of every language's cues and greetings in a message; throws on a cue that cannot
 * be read.
 */
export function createCueIndex(
  cuesByLanguage: Readonly<Record<string, DangerCues>>,
  compile: (source: string) => Phrase = compilePhrase,
  greetings: Greetings = {},
): (said: string) => FoundCues {
  const worded: Array<{ phrase: Phrase; value: Cue }> = [];
  const chinese: Array<{ alternatives: string[]; value: Cue }> = [];
  const languages = new Set([...Object.keys(cuesByLanguage), ...Object.keys(greetings)]);
  for (const language of languages) {
    const byRole: Partial<Record<Role, readonly string[]>> = {
      ...cuesByLanguage[language],
      greeting: greetings[language],
    };
    for (const role of ROLES)
      for (const source of byRole[role] ?? []) {
        const value = { role, language, source, id: cueId(language, role, source) };
        if (HAN_CUE.test(source)) {
          chinese.push({ alternatives: source.split("|").filter((a) => a !== ""), value });
          continue;
        }
        try {
          worded.push({ phrase: undoubled(compile(source)), value });
        } catch (error) {
          throw new Error(`danger cues (${language}, ${role}): ${(error as Error).message}`);
        }
      }
  }
  const wordedIndex = new PhraseIndex(worded.map((cue) => cue.phrase));
  return (said) => {
    const text = said.replace(SOS_EMOJI, " sos ");
    const { sentences, words, sentenceOf } = sentencesOf(text);
    const all: Found[] = [];
    wordedIndex.matches(words, (index, start, end) =>
      all.push({ cue: (worded[index] as (typeof worded)[number]).value, start, end }),
    );
    // A cue in Chinese characters is found in its own sentence, so that a topic in another
    // («我看了新闻。我丈夫打我») does not silence it.
    if (HAN.test(text))
      sentences.forEach((said, index) => {
        const start = sentenceOf.indexOf(index);
        if (start === -1) return;
        const end = sentenceOf.lastIndexOf(index) + 1;
        const run = hanRun(normalizeText(said));
        for (const cue of chinese)
          if (cue.alternatives.some((a) => hanHolds(run, a)))
            all.push({ cue: cue.value, start, end });
      });
    return { sentences, words, sentenceOf, all };
  };
}
