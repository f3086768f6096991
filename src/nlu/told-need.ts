/**
 * What the story readers share (carer.ts, ageing.ts, childcare.ts, learner.ts): a message's
 * words as they read them, and the step that turns a reading to the need a story tells.
 */
import { lastAnswers } from "../util/last-answers.js";
import { ALTERNATIVES, type Classification, type Ranking } from "./decision.js";
import { DANGER_INTENT, GREETING_INTENT } from "./need.js";
import { normalizeText } from "./normalize.js";

const KEPT_PLAIN = 16;

/**
 * A text's words, accents, apostrophes and marks gone: «I've», «co' cui» read as words. The
 * readers of a message's pieces, clauses and sentences ask it 6.8 times a message for 4.8
 * different texts (7.9 for 5.6 in the slowest tenth): the last sixteen answers are kept, as
 * normalizeText keeps its own.
 */
export const plainOf: (text: string) => string = lastAnswers(KEPT_PLAIN, (text) =>
  normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, " "),
);

/**
 * A message's plainOf. The story readers ask it of the same message one after another (about
 * 11 times a message): the last answer is kept. A reader of the message's pieces, clauses or
 * sentences reads each with plainOf, so that the message stays kept: when they went through
 * here, the next reader of the whole message read it again (6.2 readings a message, 11.2 for
 * those of 150 characters or more, against 4.3 and 8.2 different texts).
 */
export const plainWords = (text: string): string => {
  if (text !== lastPlain.text) lastPlain = { text, plain: plainOf(text) };
  return lastPlain.plain;
};
let lastPlain = { text: "", plain: "" };

/**
 * A negation as plainWords writes it, for the readers of a told need (in-place.ts,
 * diagnosis.ts, childcare.ts): one list, so that what one reader hears as «not» every reader
 * does; English «n't» comes as a word and a lone «t» («don t», «isn t»), chat Italian as «nn».
 */
export const NEGATION =
  /\b(?:non|nn|not|no|never|mai|nessun\w*|nobody|nothing|niente|nulla|nemmeno|neanche|neppure|(?:don|doesn|didn|isn|aren|wasn|weren|can|couldn|won|wouldn|hasn|haven|hadn) t)\b/u;

/**
 * How far down the model's ranking a story's need may be when the model refused the message.
 * A story's other words (a widowhood, a move, a factory closed) spread it over needs, and the
 * one the reader's words tell falls 4th or 5th: on the older it/en dev sets, 5 took 7 more
 * stories right (lavoro 4, corsi_italiano 2, spesa_domicilio 1) with no false need and no line
 * lost; the whole ranking took 3 more but turned a carer story the model had read to meals,
 * so a need already read keeps the best three.
 */
const REFUSED_REACH = 5;

/**
 * The reading turned to the need a story's words tell (`intent`), when the model counts it among
 * its best needs (its best five when it refused the message, or as many as the caller says);
 * sure of it, as sure as the reading it turns (the dialogue weighs a story's whole reading
 * against its opening's by this, as for a job search read from a trade).
 */
export function turnedTo(
  decision: Classification,
  ranking: Ranking,
  intent: string,
  also: string | undefined,
  reach: number = decision.intent === null ? REFUSED_REACH : ALTERNATIVES,
): Classification {
  if (decision.intent === DANGER_INTENT || (decision.intent === intent && !decision.ambiguous))
    return decision;
  // A need the message refused by name is no alternative (withoutRefused), so it takes no place
  // among the best: «non ha bisogno di badanti… ha solo bisogno di uscire» reaches the fourth.
  const within =
    ranking.ranked.slice(0, reach).some((r) => r.intent === intent) ||
    decision.alternatives.some((r) => r.intent === intent);
  if (!within) return decision;
  return {
    text: decision.text,
    intent,
    confidence: decision.confidence,
    alternatives: ranking.ranked.filter((r) => r.intent !== intent).slice(0, ALTERNATIVES),
    ambiguous: false,
    ...(also === undefined || also === intent ? {} : { also }),
  };
}

/** Needs a message that asks for none does not turn away: thanks stay thanks, danger is never over. */
const NEVER_ONLY_OFFERED: ReadonlySet<string> = new Set([GREETING_INTENT, DANGER_INTENT]);

/**
 * A need read in a message that asks for none (a need told as over, a service in place, a
 * carer's role told): not taken, offered first as «Intendevi…?» so the citizen can still say it
 * is wanted.
 */
export function offeredOnly(decision: Classification): Classification {
  if (decision.intent === null || NEVER_ONLY_OFFERED.has(decision.intent)) return decision;
  const need = { intent: decision.intent, confidence: decision.confidence };
  return {
    text: decision.text,
    intent: null,
    confidence: decision.confidence,
    alternatives: [need, ...decision.alternatives].slice(0, ALTERNATIVES),
    ambiguous: true,
  };
}
