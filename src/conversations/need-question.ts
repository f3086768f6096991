import { data, parseAction } from "../bot/callback-data.js";
import { localized } from "../bot/texts.js";
import type { NeedQuestion } from "../catalogue/schema.js";
import { tokenize } from "../nlu/normalize.js";
import { type Dialogue, keyboardOf, readReply, waitChoice } from "./replies.js";

const MAX_QUESTION_ATTEMPTS = 2;

/** Every service any option leads to. */
const intentServices = (question: NeedQuestion) => [
  ...new Set(question.options.flatMap((o) => o.services)),
];

/**
 * The option a typed answer means: the one sharing the most words with the answer, in
 * any language ("sì" → "Sì, come assistente familiare"); -1 when none or a tie.
 */
export function matchOption(answer: string, question: NeedQuestion): number {
  const words = new Set(tokenize(answer));
  const scores = question.options.map(
    (option) =>
      new Set(
        Object.values(option.label)
          .flatMap((label) => tokenize(label ?? ""))
          .filter((w) => words.has(w)),
      ).size,
  );
  const best = Math.max(...scores);
  return best > 0 && scores.filter((score) => score === best).length === 1
    ? scores.indexOf(best)
    : -1;
}

/**
 * The need's own question, when its answer changes where to go: buttons, or typed words
 * matched against the options. Unanswered, every option's services stay in play.
 */
export async function askNeedQuestion(
  dialogue: Dialogue,
  question: NeedQuestion,
  misunderstood: (kind: "reply", text: string) => Promise<void>,
): Promise<readonly string[]> {
  const { ctx, locale, t } = dialogue;
  const choices = question.options.map((option, i) => ({
    label: localized(option.label, locale),
    data: data.answer(i),
  }));
  await ctx.reply(localized(question.text, locale), {
    reply_markup: keyboardOf(choices.map((c) => [c])),
  });
  for (let attempt = 1; attempt <= MAX_QUESTION_ATTEMPTS; attempt++) {
    const reply = await waitChoice(dialogue, choices);
    const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
    if (reply.kind === "text" && readReply(dialogue, reply.text).kind === "dont_know")
      return intentServices(question);
    const chosen =
      action?.kind === "answer"
        ? question.options[action.option]
        : reply.kind === "text"
          ? question.options[matchOption(reply.text, question)]
          : undefined;
    if (chosen) return chosen.services;
    if (reply.kind === "text") await misunderstood("reply", reply.text);
    if (attempt < MAX_QUESTION_ATTEMPTS) await ctx.reply(t("choose-an-answer"));
  }
  return intentServices(question);
}
