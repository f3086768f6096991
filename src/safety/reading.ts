import { tokenize } from "../nlu/normalize.js";
import type { Found, FoundCues, Role } from "./cue-index.js";
import { contrastAfter, firstPause } from "./sentences.js";

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

/**
 * A message opened by a call for help or a cry of despair and nothing else, that goes on:
 * «AIUTO! cerco qualcuno per stirare», «NON CE LA FACCIO PIÙ! mio padre non si lava più da
 * solo». Alone, a cry is an alarm of its own (cryAlone); before more words, what they tell
 * counts, for the cues and the model alike. The model had learnt «aiuto», «help», «ho paura»,
 * «non ce la faccio più» as danger words, and «I can't take it anymore» was a cue of its own,
 * so an anxious request opened by one was read as an emergency. Despair ends at its sentence's
 * first pause too («I can't take it anymore, my mum fell twice this month»): it is how the
 * writer feels, and the story after the comma says whether anyone is in danger. A call for help
 * does not: «tulong po, si lola nahimatay» is a plea for what follows, and the model hears it
 * whole. A cry that ends a message («… lui sente. aiutami») stays read: there it is the plea the
 * message comes to. The number of words the opening cry holds (undefined: none).
 */
export function openingCry(r: Reading): number | undefined {
  const first = r.sentenceOf[0];
  if (first === undefined) return undefined;
  const end = r.sentenceOf.lastIndexOf(first) + 1;
  const paused = pausedAt(r, first);
  const opens = (f: Found) =>
    f.start === 0 &&
    f.end < r.words.length &&
    ((isCry(f) && f.end === end) || (f.cue.role === "despair" && f.end === paused));
  return r.found.find(opens)?.end;
}

/** How many words the sentence holds before its first pause (undefined: it runs on). */
function pausedAt({ sentences }: Reading, sentence: number): number | undefined {
  const said = sentences[sentence] ?? "";
  const pause = firstPause(said);
  return pause === -1 ? undefined : tokenize(said.slice(0, pause)).length;
}

/** A call for help or a fear said alone (`cry`), or despair said as a cry (`despair`). */
export const isCry = (f: Found): boolean => f.cue.role === "cry" || f.cue.role === "despair";
