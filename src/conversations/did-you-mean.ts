import { parseAction } from "../bot/callback-data.js";
import { didYouMeanChoices } from "../bot/keyboards.js";
import type { Intent } from "../catalogue/schema.js";
import type { Classification } from "../nlu/index.js";
import { DANGER_INTENT } from "../safety/danger.js";
import { keyboardOf, waitChoice } from "./replies.js";
import type { Turn } from "./turn.js";

const SUGGESTIONS = 3;

/** What the citizen answered to «Intendevi…?». */
export type DidYouMeanAnswer =
  | { readonly kind: "picked"; readonly intent: Intent }
  | { readonly kind: "operator" }
  /** None of the guesses: new words to read instead. */
  | { readonly kind: "again"; readonly text: string }
  | { readonly kind: "done" };

/**
 * Asks which of the classifier's guesses the citizen meant, with "Altro" and a person; a
 * miss is kept (redacted) for review.
 */
export async function askDidYouMean(
  turn: Turn,
  result: Classification,
  text: string,
): Promise<DidYouMeanAnswer> {
  const { dialogue, intentOf, misunderstood } = turn;
  const { ctx, t, locale } = dialogue;
  const suggestions = [result.intent, ...result.alternatives.map((a) => a.intent)]
    .map(intentOf)
    .filter((intent): intent is Intent => intent !== undefined && intent.id !== DANGER_INTENT)
    .slice(0, SUGGESTIONS);
  const choices = didYouMeanChoices(suggestions, locale, t);
  await ctx.reply(t("did-you-mean"), {
    reply_markup: keyboardOf(choices.map((choice) => [choice])),
  });
  const reply = await waitChoice(dialogue, choices);
  const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
  const picked =
    action?.kind === "pick" && suggestions.find((intent) => intent.id === action.intent);
  if (picked) return { kind: "picked", intent: picked };
  // None of the guesses was right ("Altro", another button, or the citizen wrote again):
  // worth a review.
  await misunderstood("unsure", text);
  if (action !== undefined) {
    if (action.kind === "operator") return { kind: "operator" };
    await ctx.reply(t("rephrase"));
    const next = await waitChoice(dialogue);
    if (next.kind !== "text") {
      await ctx.reply(t("rephrase"));
      return { kind: "done" };
    }
    return { kind: "again", text: next.text };
  }
  if (reply.kind === "text") return { kind: "again", text: reply.text };
  await ctx.reply(t("did-you-mean-hint"));
  return { kind: "again", text };
}
