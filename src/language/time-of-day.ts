import { z } from "zod";
import { type Phrase, PhraseIndex } from "./phrases.js";

/**
 * When a citizen would like to be called, said in their own words («in mattinata», «verso
 * sera», «вранці», «por la mañana temprano»): one of the slots the operators read, or free
 * text when the words say more than a slot («dopo le 17», «non la mattina»). The words are
 * content: `time_of_day` in locales/<lang>/replies.yaml.
 */
export const TIMES_OF_DAY = ["morning", "afternoon", "evening", "any"] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

const phrases = z.array(z.string().trim().min(1)).optional();
export const timeOfDayLexiconSchema = z.strictObject({
  ...Object.fromEntries(TIMES_OF_DAY.map((time) => [time, phrases])),
  /** An hour said («dopo le cinque», «after 5»): more than a slot, kept as typed. */
  hour: phrases,
  /** Words around a time of day that change nothing («nel», «early», «por favor»). */
  around: phrases,
  /**
   * Calling said beside a time («chiamatemi», «дзвонити»): nothing at the time question, but
   * with nothing asked a request for a call, not a time alone.
   */
  call: phrases,
}) as z.ZodType<Partial<Record<TimeOfDay | "hour" | "around" | "call", string[]>>>;
export type TimeOfDayLexicon = z.infer<typeof timeOfDayLexiconSchema>;

/** A typed time: a slot, "free" (a time said with more than a slot), or none at all. */
export type TimeReading = TimeOfDay | "free" | undefined;

/** The time a text says, and how many of its words say something else. */
export interface TimeWords {
  readonly time: TimeReading;
  readonly otherWords: number;
  /** Whether calling is said beside it («chiamatemi la mattina»). */
  readonly calls: boolean;
}

type Entry = { readonly time: TimeOfDay | "hour" | "around" | "call"; readonly phrase: Phrase };

/** The time reader over every language's words, so «afternoon» counts in an Italian chat. */
export function createTimeReader(
  lexicons: ReadonlyArray<readonly [string, TimeOfDayLexicon | undefined]>,
  compile: (source: string) => Phrase,
): (words: readonly string[]) => TimeWords {
  const entries: Entry[] = [];
  for (const [language, lexicon] of lexicons) {
    for (const time of [...TIMES_OF_DAY, "hour", "around", "call"] as const) {
      for (const source of lexicon?.[time] ?? []) {
        try {
          entries.push({ time, phrase: compile(source) });
        } catch (error) {
          throw new Error(
            `replies (${language}, time_of_day.${time}): ${(error as Error).message}`,
          );
        }
      }
    }
  }
  const index = new PhraseIndex(entries.map((entry) => entry.phrase));
  return (words) => {
    const times = new Set<TimeOfDay | "hour">();
    let calls = false;
    const otherWords = index.readLongest(words, (found) => {
      const { time } = entries[found] as Entry;
      if (time === "call") calls = true;
      else if (time !== "around") times.add(time);
    });
    const only = [...times][0];
    const time: TimeReading =
      times.size === 0
        ? undefined
        : times.size === 1 && otherWords === 0 && only !== "hour"
          ? only
          : "free";
    return { time, otherWords, calls };
  };
}
