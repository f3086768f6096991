import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import { data, parseAction } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { didYouMeanChoices, menuChoices, needsKeyboard, showMenu } from "../bot/keyboards.js";
import { replyLanguage } from "../bot/reply-language.js";
import { apologyFor } from "../bot/resilience.js";
import { localized, type Texts } from "../bot/texts.js";
import type { Intent, NeedQuestion } from "../catalogue/schema.js";
import type { ResolvedPlace } from "../geo/index.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import type { ReplyReader } from "../language/replies.js";
import { describeError, type Logger } from "../logging/index.js";
import type { Classification } from "../nlu/index.js";
import { tokenize } from "../nlu/normalize.js";
import type { MisunderstoodKind, RecordMisunderstood } from "../review/index.js";
import { classifiedAsDanger, DANGER_INTENT, type DangerDetector } from "../safety/danger.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import type { ChatProfile, LastNeed, RememberedPlace } from "../storage/profiles.js";
import {
  type AnswerDependencies,
  answerNeed,
  type Closing,
  dangerAnswer,
  type OrientationStart,
  showDetails,
} from "./answer.js";
import { type HandoffDependencies, runHandoff } from "./handoff.js";
import { askPlace, placeStatement, resolvePlace, sayRemembered, sayUnderstood } from "./place.js";
import { type Dialogue, keyboardOf, readReply, typedChoice, waitChoice } from "./replies.js";

export const ORIENTATION = "orientation";

export type { OrientationStart } from "./answer.js";

export interface OrientationDependencies {
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly texts: Texts;
  readonly logger: Logger;
  readonly read: ReplyReader;
  readonly detectDanger: DangerDetector;
  /** The "operatore" need starts a handoff. */
  readonly handoff: HandoffDependencies;
  /** Anonymous count of what citizens ask (the need understood, or null). */
  readonly recordQuestion: (intent: string | null) => void;
  /** Keeps, redacted, what the bot failed to understand, for admins to review. */
  readonly recordMisunderstood?: RecordMisunderstood;
}

type OrientationConversation = Conversation<BotContext, Context>;

/** The classifier reads the start of very long messages: the need is stated early. */
const CLASSIFIED_CHARACTERS = 1000;
/**
 * The classifier learnt from short messages, and a long story around the need can drown it:
 * such a message is also read by its opening alone, and the surer reading wins.
 */
const OPENING_CHARACTERS = 300;
/** The first sentence of a story: up to its first full stop, question or exclamation mark. */
const FIRST_SENTENCE = /^[^.!?\n]{20,300}[.!?\n]/u;

const sureness = (c: Classification) => (c.intent === null ? 0 : c.ambiguous ? 1 : 2);

/** The surer of two readings: a clear need beats an ambiguous one, which beats none. */
function surer(a: Classification, b: Classification): Classification {
  if (sureness(a) !== sureness(b)) return sureness(a) > sureness(b) ? a : b;
  return b.confidence > a.confidence ? b : a;
}
const ITALIAN_OR_ENGLISH: ReadonlySet<string> = new Set(["it", "en"]);
const MAX_NEED_ATTEMPTS = 2;
/** The runner-up of a message joining two needs counts from here (the third is far below). */
const SECOND_NEED_CONFIDENCE = 0.05;
const SUGGESTIONS = 3;
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

/** What the citizen's words turned out to be. */
type Understood =
  | {
      readonly kind: "need";
      readonly intent: Intent;
      readonly text: string;
      /** A second need in the same message, offered as a button under the answer. */
      readonly also?: Intent | undefined;
    }
  | { readonly kind: "danger"; readonly text: string }
  | { readonly kind: "place"; readonly place?: ResolvedPlace }
  /** "sì" to "Vuoi essere ricontattato?" after an answer: a person, with that need. */
  | { readonly kind: "contact"; readonly last: LastNeed }
  | { readonly kind: "details" }
  | { readonly kind: "done" };

export function createOrientation(deps: OrientationDependencies) {
  const { knowledge, profiles, texts, logger } = deps;

  return async function orientation(
    conversation: OrientationConversation,
    ctx: Context,
    start: OrientationStart = {},
  ) {
    const chatKey = String(ctx.chat?.id);
    /** The stored profile now: an earlier pass of this dialogue may have changed it. */
    const currentProfile = async () =>
      (await conversation.external(() => profiles.get(chatKey))) ?? {};
    const profile = await currentProfile();
    const language = replyLanguage(start.text ?? "", profile, ctx.from?.language_code, texts);
    const { locale } = language;
    const t = texts.for(locale);
    const dialogue: Dialogue = { conversation, ctx, locale, t, read: deps.read };

    const read = (text: string): Classification => {
      const { classifier, places } = knowledge.current;
      const start = classifier.classify(text.slice(0, CLASSIFIED_CHARACTERS));
      // A place named with the need ("cerco una colf a Gratosoglio") can drown it: the words
      // are also read without the place, and the surer reading wins.
      const { span } = places.resolve(text.slice(0, CLASSIFIED_CHARACTERS));
      const rest = span ? text.replace(span, " ").trim() : "";
      const reading = rest === "" ? start : surer(start, classifier.classify(rest));
      if (text.length <= OPENING_CHARACTERS) return reading;
      const opening = surer(reading, classifier.classify(text.slice(0, OPENING_CHARACTERS)));
      // A long story usually states the need in its first sentence.
      const firstSentence = FIRST_SENTENCE.exec(text)?.[0];
      return firstSentence ? surer(opening, classifier.classify(firstSentence)) : opening;
    };
    const classify = (text: string) => conversation.external((): Classification => read(text));
    const record = (intent: string | null) =>
      conversation.external(() => deps.recordQuestion(intent));
    const misunderstood = (kind: MisunderstoodKind, text: string) =>
      conversation.external(() => {
        const from = ctx.from;
        deps.recordMisunderstood?.(kind, text, {
          locale,
          names: [from?.first_name, from?.last_name, from?.username],
        });
      });
    const intentOf = (id: string | null): Intent | undefined =>
      id === null ? undefined : knowledge.current.intent(id);
    const placeDeps = { knowledge, classify, misunderstood };
    const answerDeps: AnswerDependencies = {
      knowledge,
      profiles,
      handoff: deps.handoff,
      chatKey,
      askNeedQuestion: (question) => askNeedQuestion(question),
      placeDeps,
    };

    /**
     * Danger first: the cues, before any classification, then the classifier's emergenza.
     * Then the need, asking "Intendevi…?" when unsure; a message that only names a place
     * corrects the area.
     */
    async function understand(firstText: string): Promise<Understood> {
      let text = firstText;
      for (let attempt = 1; ; attempt++) {
        if (await conversation.external(() => deps.detectDanger(text) !== null))
          return { kind: "danger", text };
        const reading = readReply(dialogue, text);
        if (reading.kind === "thanks") {
          await ctx.reply(t("you-are-welcome"));
          return { kind: "done" };
        }
        if (reading.kind === "change") return { kind: "place" };
        // Every answer ends asking "Vuoi essere ricontattato?": a short reply answers it.
        const last = (await currentProfile()).lastNeed;
        if (last && (reading.kind === "yes" || reading.kind === "contact_here"))
          return { kind: "contact", last };
        if (last && (reading.kind === "no" || reading.kind === "cancel")) {
          await ctx.reply(t(reading.thanks ? "closing-bye-thanks" : "closing-bye"));
          return { kind: "done" };
        }
        const menu = typedChoice(
          text,
          menuChoices(knowledge.current, locale, t),
          deps.read,
          locale,
        );
        if (menu) {
          const action = parseAction(menu.data);
          const picked = action.kind === "need" ? intentOf(action.intent) : undefined;
          if (picked) return { kind: "need", intent: picked, text: "" };
          if (action.kind === "operator") {
            const operator = intentOf("operatore");
            if (operator) return { kind: "need", intent: operator, text: "" };
          }
          if (action.kind === "details") return { kind: "details" };
          if (action.kind === "menu") {
            await showMenu(dialogue, knowledge.current, action.item);
            return { kind: "done" };
          }
        }
        const result = await classify(text);
        if (classifiedAsDanger(result)) return { kind: "danger", text };
        await record(result.intent);
        const accepted = intentOf(result.intent);
        if (accepted && !result.ambiguous)
          return { kind: "need", intent: accepted, text, also: intentOf(secondNeed(result, text)) };

        if (accepted === undefined) {
          // "in realtà abito a Gratosoglio": what is left once the place is read can look
          // like a need the classifier is unsure of, so a place statement is heard first.
          const place = await placeStatement(dialogue, placeDeps, text);
          if (place) return { kind: "place", place };
        }
        if (accepted === undefined && !result.ambiguous) {
          await misunderstood("out-of-scope", text);
          const key = attempt === 1 ? "out-of-scope" : "still-unclear";
          await ctx.reply(t(key), { reply_markup: needsKeyboard(knowledge.current, locale, t) });
          return { kind: "done" };
        }
        if (attempt > MAX_NEED_ATTEMPTS) {
          await misunderstood("unsure", text);
          await ctx.reply(t("still-unclear"), {
            reply_markup: needsKeyboard(knowledge.current, locale, t),
          });
          return { kind: "done" };
        }
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
        if (picked) return { kind: "need", intent: picked, text };
        // None of the guesses was right ("Altro", another button, or the citizen wrote
        // again): worth a review.
        await misunderstood("unsure", text);
        if (action !== undefined) {
          if (action.kind === "operator") {
            const operator = intentOf("operatore");
            return operator ? { kind: "need", intent: operator, text: "" } : { kind: "done" };
          }
          await ctx.reply(t("rephrase"));
          const next = await waitChoice(dialogue);
          if (next.kind !== "text") {
            await ctx.reply(t("rephrase"));
            return { kind: "done" };
          }
          text = next.text;
        } else if (reply.kind === "text") {
          text = reply.text;
        } else {
          await ctx.reply(t("did-you-mean-hint"));
        }
      }
    }

    /** Where the citizen lives: in their words, remembered, or asked. */
    async function findPlace(
      needText: string,
    ): Promise<Closing | { place: RememberedPlace | null }> {
      if (needText !== "") {
        const mentioned = await resolvePlace(dialogue, placeDeps, needText);
        // Town names that are everyday words elsewhere ("como", "pero" in Spanish) are not
        // read as "outside Milan" in a message written in another language: the area is asked.
        const outside = mentioned.outsideMilan && ITALIAN_OR_ENGLISH.has(language.language ?? "it");
        if (mentioned.kind !== "unknown" || outside)
          return { place: await sayUnderstood(dialogue, mentioned) };
      }
      const { place } = await currentProfile();
      if (place) {
        await sayRemembered(dialogue, place);
        return { place };
      }
      const asked = await askPlace(dialogue, placeDeps);
      if (asked.kind === "need") return { next: { text: asked.text } };
      return { place: asked.kind === "place" ? asked.place : null };
    }

    /**
     * The need's own question, when its answer changes where to go: buttons, or typed words
     * matched against the options. Unanswered, every option's services stay in play.
     */
    async function askNeedQuestion(question: NeedQuestion): Promise<readonly string[]> {
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

    /** Adds to the chat's stored profile (place, language written). */
    const remember = (fields: Partial<ChatProfile>) =>
      conversation.external(async () => {
        const current = (await profiles.get(chatKey)) ?? {};
        await profiles.set(chatKey, { ...current, ...fields });
      });

    /** A new area, asked; then the last answer again for it, when there was one. */
    async function changePlace(given?: ResolvedPlace): Promise<Closing> {
      let place: RememberedPlace | null = given ? await sayUnderstood(dialogue, given) : null;
      if (place === null) {
        const asked = await askPlace(dialogue, placeDeps);
        if (asked.kind === "need") return { next: { text: asked.text } };
        if (asked.kind === "none") return {};
        place = asked.place;
      }
      await remember({ place });
      const last = (await currentProfile()).lastNeed;
      const intent = last && intentOf(last.intent);
      if (!last || !intent) {
        await ctx.reply(t("place-saved-ask-need"), {
          parse_mode: "HTML",
          reply_markup: needsKeyboard(knowledge.current, locale, t),
        });
        return {};
      }
      return answerNeed(dialogue, answerDeps, intent, last.text, place);
    }

    async function pass(begin: OrientationStart): Promise<Closing> {
      if (begin.changePlace) return changePlace();
      if (begin.details) {
        await showDetails(dialogue, answerDeps);
        return {};
      }
      const understood: Understood = begin.intent
        ? (() => {
            const intent = intentOf(begin.intent);
            return intent ? { kind: "need", intent, text: "" } : { kind: "done" };
          })()
        : await understand(begin.text ?? "");
      if (understood.kind === "done") return {};
      if (understood.kind === "place") return changePlace(understood.place);
      if (understood.kind === "details") {
        await showDetails(dialogue, answerDeps);
        return {};
      }
      if (understood.kind === "contact") {
        const { last } = understood;
        await runHandoff(
          dialogue,
          { intent: last.intent, needText: last.text, spaces: last.spaces },
          deps.handoff,
        );
        return {};
      }
      if (understood.kind === "danger") {
        await record(DANGER_INTENT);
        return dangerAnswer(dialogue, answerDeps, understood.text);
      }
      const { intent, text: needText, also } = understood;
      if (intent.id === "operatore") {
        const last = (await currentProfile()).lastNeed;
        if (!last) {
          // With no need answered before, the area lets the request reach its space's operators.
          const found = await findPlace(needText);
          if (!("place" in found)) return found;
          if (found.place) await remember({ place: found.place });
        }
        await runHandoff(
          dialogue,
          {
            intent: last?.intent ?? intent.id,
            needText: last?.text ?? needText,
            spaces: last?.spaces ?? [],
          },
          deps.handoff,
        );
        return {};
      }
      if (intent.services.length === 0) {
        await ctx.reply(localized(intent.answer, locale), {
          reply_markup: needsKeyboard(knowledge.current, locale, t),
        });
        return {};
      }
      const found = await findPlace(needText);
      if (!("place" in found)) return found;
      return answerNeed(dialogue, answerDeps, intent, needText, found.place, {
        ...(also && also.id !== intent.id ? { also } : {}),
      });
    }

    /**
     * The second need of a message ("una colf e anche una babysitter"): the classifier's
     * `also` when it gives one, else its runner-up when the words join two needs.
     */
    function secondNeed(result: Classification, text: string): string | null {
      if (result.also !== undefined) return result.also;
      const runnerUp = result.alternatives[0];
      const joined = deps.read.mentions("also", text);
      return joined && runnerUp && runnerUp.confidence >= SECOND_NEED_CONFIDENCE
        ? runnerUp.intent
        : null;
    }

    try {
      if (language.notice) await ctx.reply(language.notice);
      // Remembered so that buttons and commands answer in the language the citizen writes.
      if (language.written && language.written !== profile.writes)
        await remember({ writes: language.written });
      let begin: OrientationStart = start;
      for (;;) {
        const outcome = await pass(begin);
        if (outcome.next === undefined) return;
        begin = outcome.next;
      }
    } catch (error) {
      // A failed Bot API call must end the conversation rather than leave the chat hanging
      // (conversations issue #155); the citizen gets a plain apology.
      await conversation.external(() =>
        logger.error({ error: describeError(error) }, "orientation failed"),
      );
      const apology = apologyFor(error);
      if (apology) await ctx.reply(t(apology)).catch(() => {});
    }
  };
}
