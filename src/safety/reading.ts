import type { Found, FoundCues, Role } from "./cue-index.js";
import { contrastAfter } from "./sentences.js";

/**
 * The cues of a message that count, and the questions every reader of them asks: is a role
 * there, in which sentence is a cue, where is the last of a role.
 */
export interface Reading extends FoundCues {
  /** The message as written. */
  readonly text: string;
  /** The cues found, without the negations and the cues they cancel. */
  readonly found: readonly Found[];
  /** Where a negation ends: a cue starting there is denied. */
  readonly negatedAt: ReadonlySet<number>;
  readonly has: (role: Role) => boolean;
  readonly sentence: (found: Found) => number;
  /** Where the last cue of the role starts (-1: none). */
  readonly lastOf: (role: Role) => number;
  /** The sentences holding a cue of the role. */
  readonly sentencesWith: (role: Role) => Set<number>;
}

export function readingOf(text: string, cues: FoundCues): Reading {
  const { words, sentenceOf, all } = cues;
  const negatedAt = new Set(all.filter((f) => f.cue.role === "negation").map((f) => f.end));
  // A wish to die denied and then set against something in its own sentence («no quiero
  // morir pero tengo un cuchillo», «I don't want to die but I can't stop thinking about
  // it») is ambivalence: the denial does not cancel it.
  const ambivalent = (f: Found) =>
    f.cue.role === "self_harm" && contrastAfter(words, sentenceOf, f);
  // A phrase inside a denied one is denied with it: «lo ha detto serio, non per scherzo» denies
  // «per scherzo» and the «scherzo» it holds, which alone would read the message as a joke.
  const denied = all.filter((f) => f.cue.role !== "negation" && negatedAt.has(f.start));
  const inDenied = (f: Found) =>
    denied.some((d) => d !== f && d.start <= f.start && f.end <= d.end);
  const found = all.filter(
    (f) =>
      f.cue.role !== "negation" && ((!negatedAt.has(f.start) && !inDenied(f)) || ambivalent(f)),
  );
  const sentence = (f: Found) => sentenceOf[Math.min(f.start, words.length - 1)] ?? 0;
  return {
    ...cues,
    text,
    found,
    negatedAt,
    has: (role) => found.some((f) => f.cue.role === role),
    sentence,
    lastOf: (role) => Math.max(-1, ...found.filter((f) => f.cue.role === role).map((f) => f.start)),
    sentencesWith: (role) => new Set(found.filter((f) => f.cue.role === role).map(sentence)),
  };
}
