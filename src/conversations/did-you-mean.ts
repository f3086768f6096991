import { parseAction } from "../bot/callback-data.js";
import { didYouMeanChoices } from "../bot/keyboards.js";
import type { Intent } from "../catalogue/schema.js";
import type { Classification } from "../nlu/index.js";
import { GREETING_INTENT, leaningIntent, OPERATOR_INTENT } from "../nlu/need.js";
import { DANGER_INTENT } from "../safety/danger.js";
import { keyboardOf, typedOrPlacedChoice } from "./replies.js";
import type { Turn } from "./turn.js";
import type { WaitingQuestion, WaitingWords } from "./waiting.js";

const SUGGESTIONS = 3;

/**
 * «Intendevi…?» waiting for its answer, as its reply reads it. The dialogue ends when the
 * question is sent (a question waiting, conversations/waiting.ts): on disk the guesses' ids,
 * in memory the citizen's words, which a restart forgets (a tap or a typed guess still works;
 * the words and the area in them are lost).
 */
export interface AskedDidYouMean {
  /** The citizen's words, passed on once a guess is picked ("" once forgotten). */
  readonly text: string;
  readonly suggestions: readonly string[];
  /** How many times the need was asked for: the third unclear message gets the needs menu. */
  readonly attempt: number;
}

type DidYouMeanWaiting = Extract<WaitingQuestion, { kind: "did-you-mean" }>;

/** The question waiting as its reply reads it. */
export const askedDidYouMean = ({
  question,
  words,
}: {
  readonly question: DidYouMeanWaiting;
  readonly words: WaitingWords;
}): AskedDidYouMean => ({
  text: words.text ?? "",
  suggestions: question.suggestions,
  attempt: question.attempt,
});

// A greeting is never offered as what the citizen meant ("buongiorno, mia madre…" is not
// «Saluto?»), nor danger, which the danger reader answers before any guess, nor a person,
// whom the question always offers with a button of its own.
const NEVER_GUESSED = new Set([DANGER_INTENT, GREETING_INTENT, OPERATOR_INTENT]);

const suggestedIntents = (turn: Turn, ids: readonly (string | null)[]) =>
  ids
    .map(turn.intentOf)
    .filter((intent): intent is Intent => intent !== undefined && !NEVER_GUESSED.has(intent.id))
    .slice(0, SUGGESTIONS);

const choicesOf = (turn: Turn, intents: readonly Intent[]) =>
  didYouMeanChoices(intents, turn.dialogue.locale, turn.dialogue.t);

const remember = (turn: Turn, asked: AskedDidYouMean) => {
  const { suggestions, attempt, text } = asked;
  const question = {
    kind: "did-you-mean" as const,
    locale: turn.dialogue.locale,
    suggestions: [...suggestions],
    attempt,
  };
  return turn.dialogue.conversation.external(() =>
    turn.deps.waiting.ask(turn.chatKey, question, text === "" ? {} : { text }),
  );
};

/** Asks which of the classifier's guesses the citizen meant, with "Altro" and a person. */
export async function askDidYouMean(
  turn: Turn,
  result: Classification,
  text: string,
  attempt: number,
): Promise<void> {
  const ranked = [result.intent, ...result.alternatives.map((a) => a.intent)];
  const suggestions = suggestedIntents(turn, ranked);
  const choices = choicesOf(turn, suggestions);
  await turn.dialogue.ctx.reply(turn.dialogue.t("did-you-mean"), {
    reply_markup: keyboardOf(choices.map((choice) => [choice])),
  });
  // A person read first is kept among the guesses, unshown (her button stands apart), so that
  // a «sì» does not take the guess below her: «je voudrais parler à une personne» is no course.
  const personFirst = leaningIntent(result) === OPERATOR_INTENT;
  const ids = [...(personFirst ? [OPERATOR_INTENT] : []), ...suggestions.map((s) => s.id)];
  await remember(turn, { text, suggestions: ids, attempt });
}

/**
 * A typed "sì" to «Intendevi…?» with several guesses: which one is not said, so the question
 * is asked again, naming that a guess can be tapped or typed (with one guess, "sì" is it).
 */
export async function askWhichGuess(turn: Turn, asked: AskedDidYouMean): Promise<void> {
  const choices = choicesOf(turn, suggestedIntents(turn, asked.suggestions));
  await turn.dialogue.ctx.reply(turn.dialogue.t("did-you-mean-which"), {
    reply_markup: keyboardOf(choices.map((choice) => [choice])),
  });
  await remember(turn, asked);
}

/**
 * The button of «Intendevi…?» a typed text means, when that question is waiting: its label,
 * a usual way of saying it, or its place in the list («2», «la seconda»).
 */
export function typedDidYouMean(turn: Turn, text: string, asked: AskedDidYouMean) {
  const { read, locale } = turn.dialogue;
  const guesses = suggestedIntents(turn, asked.suggestions);
  // One guess shown below a person read first: a «sì» says neither (see askDidYouMean).
  const unshownFirst = asked.suggestions.length > guesses.length;
  if (unshownFirst && read(text, locale).kind === "yes") return undefined;
  return typedOrPlacedChoice(text, choicesOf(turn, guesses), read, locale)?.data;
}

/** What a button of «Intendevi…?» (tapped or typed) asks for. */
export type DidYouMeanAnswer =
  | { readonly kind: "picked"; readonly intent: Intent; readonly text: string }
  | { readonly kind: "operator" }
  | { readonly kind: "done" };

/**
 * A guess picked is the need, with the citizen's words when still in memory. "Altro" asks
 * to say it again (the next message counts as the next attempt); a miss is kept for review.
 */
export async function answerDidYouMean(
  turn: Turn,
  data: string,
  asked: AskedDidYouMean | undefined,
): Promise<DidYouMeanAnswer> {
  const { ctx, t } = turn.dialogue;
  const action = parseAction(data);
  const picked = action.kind === "pick" ? turn.intentOf(action.intent) : undefined;
  if (picked) {
    const text = asked?.suggestions.includes(picked.id) ? asked.text : "";
    return { kind: "picked", intent: picked, text };
  }
  // None of the guesses was right: worth a review.
  if (asked && asked.text !== "") await turn.misunderstood("unsure", asked.text);
  if (action.kind === "operator") return { kind: "operator" };
  await ctx.reply(t("rephrase"));
  // The words stay in memory: the need said again goes on with the area they told.
  await remember(turn, { text: asked?.text ?? "", suggestions: [], attempt: asked?.attempt ?? 1 });
  return { kind: "done" };
}
