import { data, parseAction } from "../bot/callback-data.js";
import { localized } from "../bot/texts.js";
import type { Intent, NeedQuestion } from "../catalogue/schema.js";
import type { Space } from "../directory/schema.js";
import { compilePhrase, occursIn, type Phrase } from "../language/phrases.js";
import { TURN_WORDS } from "../language/turns.js";
import { tokenize } from "../nlu/normalize.js";
import {
  type Choice,
  type Dialogue,
  keyboardOf,
  type Reply,
  readReply,
  typedChoice,
} from "./replies.js";

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
 * At a question its options answer with a yes and a no («Yes, home-care work», «No, another
 * job»), the option a yes or a no typed in any language the bot reads means («oo», «نعم»,
 * «sim»: no word of the labels); -1 when the text is neither, or no single option opens so.
 */
function yesOrNoOption(dialogue: Dialogue, question: NeedQuestion, text: string): number {
  const { kind } = readReply(dialogue, text);
  if (kind !== "yes" && kind !== "no") return -1;
  const opening = question.options.flatMap((option, i) => {
    const first = dialogue.read.words(localized(option.label, dialogue.locale))[0] ?? "";
    return readReply(dialogue, first).kind === kind ? [i] : [];
  });
  return opening.length === 1 ? (opening[0] as number) : -1;
}

type PhrasesByLanguage = Readonly<Partial<Record<string, readonly string[]>>>;

/** Compiled once per catalogue object (a /reload brings new objects). */
const compiled = new WeakMap<PhrasesByLanguage, readonly Phrase[]>();
const phrasesOf = (byLanguage: PhrasesByLanguage | undefined): readonly Phrase[] => {
  if (byLanguage === undefined) return [];
  let phrases = compiled.get(byLanguage);
  if (phrases === undefined) {
    phrases = Object.values(byLanguage).flatMap((sources) => (sources ?? []).map(compilePhrase));
    compiled.set(byLanguage, phrases);
  }
  return phrases;
};

/**
 * Pieces of a message a punctuation mark or a word of contrast ends: a negation speaks of its
 * own piece («nu vreau sa stau fara lucru, lucrez ca badanta» refuses being idle, not the work
 * she does; dictated with no commas, «trabajo de cuidadora hace diez años pero ahora no tengo
 * trabajo» has lost work, not the trade).
 */
const CLAUSE_END = new RegExp(
  `[,;:.!?\\n\\u060C\\u061B\\u061F\\u3001\\u3002\\uFF0C\\uFF1B\\uFF01\\uFF1F]+|\\s(?:${TURN_WORDS})\\s`,
  "iu",
);

/**
 * The option the need's own message already says ("cerco lavoro come badante": care work),
 * so that the question is not asked; -1 when none, several, or a negation in the piece that
 * says it makes it unsure ("non come badante", "looking for a job, not as a carer"): then the
 * citizen is asked.
 */
export function impliedOption(question: NeedQuestion, needText: string): number {
  const said = new Set<number>();
  for (const clause of needText.split(CLAUSE_END)) {
    const tokens = tokenize(clause);
    const saying = question.options.flatMap((option, i) =>
      phrasesOf(option.saidBy).some((phrase) => occursIn(tokens, phrase)) ? [i] : [],
    );
    if (saying.length === 0) continue;
    if (phrasesOf(question.askAnywayIf).some((phrase) => occursIn(tokens, phrase))) return -1;
    for (const i of saying) said.add(i);
  }
  return said.size === 1 ? ([...said][0] as number) : -1;
}

/**
 * The need's own question is already answered by its words with an option served only from
 * a city-wide address (a home-care worker looking for work: WeMi Tate/Colf/Badanti, via
 * Statuto 15): where the citizen lives would change nothing, so the area is not asked.
 */
export function answeredCityWide(intent: Intent, needText: string, spaces: readonly Space[]) {
  const option = intent.question?.options[impliedOption(intent.question, needText)];
  if (!option) return false;
  return option.services.every((service) => {
    const offering = spaces.filter((space) => space.services.includes(service));
    return offering.length > 0 && offering.every((space) => space.scope === "city");
  });
}

const choicesOf = (dialogue: Dialogue, question: NeedQuestion): Choice[] =>
  question.options.map((option, i) => ({
    label: localized(option.label, dialogue.locale),
    data: data.answer(i),
  }));

/** The need's own question, when its answer changes where to go: buttons, or typed words. */
export const sendNeedQuestion = (dialogue: Dialogue, question: NeedQuestion) =>
  dialogue.ctx.reply(localized(question.text, dialogue.locale), {
    reply_markup: keyboardOf(choicesOf(dialogue, question).map((c) => [c])),
  });

/** A reply to the need's own question: the services it leads to, or none it answers. */
export type NeedQuestionReply =
  | { readonly kind: "services"; readonly services: readonly string[] }
  | { readonly kind: "missed" };

/**
 * Reads a reply to the need's own question: a button, its label typed, typed words matched
 * against the options, or "non lo so" (every option's services stay in play). After
 * `attempt` replies that answer nothing, the same.
 */
export function readNeedQuestionReply(
  dialogue: Dialogue,
  question: NeedQuestion,
  reply: Reply,
  attempt: number,
): NeedQuestionReply {
  const typed =
    reply.kind === "text"
      ? typedChoice(reply.text, choicesOf(dialogue, question), dialogue.read, dialogue.locale)
      : undefined;
  const action = parseAction(reply.kind === "action" ? reply.data : typed?.data);
  if (reply.kind === "text" && !typed && readReply(dialogue, reply.text).kind === "dont_know")
    return { kind: "services", services: intentServices(question) };
  const chosen =
    action.kind === "answer"
      ? question.options[action.option]
      : reply.kind === "text"
        ? (question.options[matchOption(reply.text, question)] ??
          question.options[yesOrNoOption(dialogue, question, reply.text)])
        : undefined;
  if (chosen) return { kind: "services", services: chosen.services };
  return attempt < MAX_QUESTION_ATTEMPTS
    ? { kind: "missed" }
    : { kind: "services", services: intentServices(question) };
}
