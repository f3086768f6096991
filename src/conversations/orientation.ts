import type { Conversation } from "@grammyjs/conversations";
import { type Context, InlineKeyboard } from "grammy";
import { data, parseAction } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import {
  afterAnswerKeyboard,
  didYouMeanKeyboard,
  needsKeyboard,
  placeKeyboard,
} from "../bot/keyboards.js";
import { describePlace, renderAnswer } from "../bot/render.js";
import { apologyFor } from "../bot/resilience.js";
import {
  escapeHtml,
  type Locale,
  localeFromLanguageCode,
  localized,
  type Texts,
} from "../bot/texts.js";
import type { Intent, NeedQuestion } from "../catalogue/schema.js";
import { recommend } from "../directory/index.js";
import type { ResolvedPlace } from "../geo/index.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { describeError, type Logger } from "../logging/index.js";
import type { Classification } from "../nlu/index.js";
import { tokenize } from "../nlu/normalize.js";
import type { MisunderstoodKind, RecordMisunderstood } from "../review/index.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import {
  type ChatProfile,
  placeForMatching,
  type RememberedPlace,
  rememberPlace,
} from "../storage/profiles.js";
import { type HandoffDependencies, runHandoff } from "./handoff.js";
import { waitReply } from "./replies.js";

export const ORIENTATION = "orientation";

/** How an orientation starts: from the citizen's words, or from a need button. */
export interface OrientationStart {
  readonly text?: string;
  readonly intent?: string;
}

export interface OrientationDependencies {
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly texts: Texts;
  readonly logger: Logger;
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

const sureness = (c: Classification) => (c.intent === null ? 0 : c.ambiguous ? 1 : 2);

/** The surer of two readings: a clear need beats an ambiguous one, which beats none. */
function surer(a: Classification, b: Classification): Classification {
  if (sureness(a) !== sureness(b)) return sureness(a) > sureness(b) ? a : b;
  return b.confidence > a.confidence ? b : a;
}
const MAX_NEED_ATTEMPTS = 2;
const MAX_PLACE_ATTEMPTS = 3;
const SUGGESTIONS = 3;
const MAX_REMEMBERED_TEXT = 1000;
const MAX_QUESTION_ATTEMPTS = 2;

/** Every service any option leads to. */
const intentServices = (question: NeedQuestion) => [
  ...new Set(question.options.flatMap((o) => o.services)),
];

/**
 * The option a typed answer means: the one sharing the most words with the answer, in
 * either language ("sì" → "Sì, come assistente familiare"); -1 when none or a tie.
 */
export function matchOption(answer: string, question: NeedQuestion): number {
  const words = new Set(tokenize(answer));
  const scores = question.options.map(
    (option) =>
      new Set(
        [...tokenize(option.label.it), ...tokenize(option.label.en ?? "")].filter((w) =>
          words.has(w),
        ),
      ).size,
  );
  const best = Math.max(...scores);
  return best > 0 && scores.filter((score) => score === best).length === 1
    ? scores.indexOf(best)
    : -1;
}

/** A reply of the citizen while the bot waits, reduced to what the dialogue needs. */

/** The outcome of one pass: done, or the citizen changed topic and the dialogue starts over. */
type Pass = { readonly restartWith?: string };

export function createOrientation(deps: OrientationDependencies) {
  const { knowledge, profiles, texts, logger } = deps;

  return async function orientation(
    conversation: OrientationConversation,
    ctx: Context,
    start: OrientationStart = {},
  ) {
    const chatKey = String(ctx.chat?.id);
    const profile = (await conversation.external(() => profiles.get(chatKey))) ?? {};
    const locale: Locale = profile.locale ?? localeFromLanguageCode(ctx.from?.language_code);
    const t = texts.for(locale);

    const read = (text: string): Classification => {
      const { classifier } = knowledge.current;
      const start = classifier.classify(text.slice(0, CLASSIFIED_CHARACTERS));
      if (text.length <= CLASSIFIED_CHARACTERS) return start;
      return surer(start, classifier.classify(text.slice(0, OPENING_CHARACTERS)));
    };
    const classify = (text: string) =>
      conversation.external(async (): Promise<Classification> => {
        const result = read(text);
        deps.recordQuestion(result.intent);
        return result;
      });
    const resolve = (text: string) =>
      conversation.external((): ResolvedPlace => knowledge.current.places.resolve(text));
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

    /**
     * Understands the need, asking "Intendevi…?" when unsure; null when the dialogue ends here.
     * Also gives the words the need was finally told in, which may name the place.
     */
    async function understandNeed(
      firstText: string,
    ): Promise<{ intent: Intent; text: string } | null> {
      let text = firstText;
      for (let attempt = 1; ; attempt++) {
        const result = await classify(text);
        const accepted = intentOf(result.intent);
        if (accepted && !result.ambiguous) return { intent: accepted, text };

        const suggestions = [result.intent, ...result.alternatives.map((a) => a.intent)]
          .map(intentOf)
          .filter((intent): intent is Intent => intent !== undefined)
          .slice(0, SUGGESTIONS);
        if (accepted === undefined && !result.ambiguous) {
          await misunderstood("out-of-scope", text);
          if (attempt === 1)
            await ctx.reply(t("out-of-scope"), {
              reply_markup: needsKeyboard(knowledge.current, locale, t),
            });
          else
            await ctx.reply(t("still-unclear"), {
              reply_markup: needsKeyboard(knowledge.current, locale, t),
            });
          return null;
        }
        if (attempt > MAX_NEED_ATTEMPTS) {
          await misunderstood("unsure", text);
          await ctx.reply(t("still-unclear"), {
            reply_markup: needsKeyboard(knowledge.current, locale, t),
          });
          return null;
        }
        await ctx.reply(t("did-you-mean"), {
          reply_markup: didYouMeanKeyboard(suggestions, locale, t),
        });
        const reply = await waitReply(conversation);
        const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
        // None of the guesses was right ("Altro", or the citizen wrote again): worth a review.
        if (action?.kind !== "pick" || !suggestions.some((i) => i.id === action.intent))
          await misunderstood("unsure", text);
        if (action !== undefined) {
          if (action.kind === "pick") {
            const picked = suggestions.find((intent) => intent.id === action.intent);
            if (picked) return { intent: picked, text };
          }
          if (action.kind === "operator") {
            const operator = intentOf("operatore");
            return operator ? { intent: operator, text: "" } : null;
          }
          await ctx.reply(t("rephrase"));
          const next = await conversation.waitFor("message:text", {
            otherwise: (c) => c.reply(t("rephrase")),
          });
          text = next.message.text;
        } else if (reply.kind === "text") {
          text = reply.text;
        } else {
          await ctx.reply(t("rephrase"));
        }
      }
    }

    /** Finds where the citizen lives: in their first words, in memory, or by asking. */
    async function findPlace(
      needText: string,
    ): Promise<{ place: RememberedPlace | null; restartWith?: string }> {
      if (needText !== "") {
        let mentioned = await resolve(needText);
        if (mentioned.needsHouseNumber) mentioned = await askHouseNumber(mentioned);
        if (mentioned.kind !== "unknown" || mentioned.outsideMilan) {
          // Said back, so that a place misread in a longer message does not go unnoticed.
          const place = rememberPlace(mentioned);
          await ctx.reply(t("place-understood", { place: describePlace(place, t) }), {
            parse_mode: "HTML",
          });
          return { place };
        }
      }
      if (profile.place) {
        await ctx.reply(t("place-remembered", { place: describePlace(profile.place, t) }), {
          parse_mode: "HTML",
        });
        return { place: profile.place };
      }
      await ctx.reply(t("ask-place"), { parse_mode: "HTML", reply_markup: placeKeyboard(t) });
      for (let attempt = 1; attempt <= MAX_PLACE_ATTEMPTS; attempt++) {
        const reply = await waitReply(conversation);
        let resolved: ResolvedPlace | undefined;
        if (reply.kind === "location") {
          resolved = await conversation.external(() =>
            knowledge.current.places.resolvePoint({ lat: reply.lat, lon: reply.lon }),
          );
        } else if (reply.kind !== "text") {
          if (reply.kind === "action" && parseAction(reply.data).kind === "skip-place")
            return { place: null };
          await ctx.reply(t("not-a-place-answer"));
          continue;
        } else if (reply.text.trim().toLowerCase() === t("button-skip-place").toLowerCase()) {
          return { place: null };
        } else {
          resolved = await resolve(reply.text);
          if (resolved.needsHouseNumber) resolved = await askHouseNumber(resolved);
          if (resolved.kind === "unknown" && !resolved.outsideMilan) {
            const asNeed = await classify(reply.text);
            if (asNeed.intent !== null && !asNeed.ambiguous)
              return { place: null, restartWith: reply.text };
            await misunderstood("place", reply.text);
            await ctx.reply(t("place-not-understood"));
            continue;
          }
        }
        const place = rememberPlace(resolved);
        await ctx.reply(t("place-understood", { place: describePlace(place, t) }), {
          parse_mode: "HTML",
          reply_markup: { remove_keyboard: true },
        });
        return { place };
      }
      await ctx.reply(t("place-not-understood"), { reply_markup: { remove_keyboard: true } });
      return { place: null };
    }

    async function askHouseNumber(street: ResolvedPlace): Promise<ResolvedPlace> {
      await ctx.reply(t("ask-house-number", { street: street.matched ?? "" }));
      const reply = await conversation.waitFor("message:text");
      const withNumber = await resolve(`${street.matched ?? ""} ${reply.message.text}`);
      return withNumber.kind === "unknown" ? street : withNumber;
    }

    /**
     * The need's own question, when its answer changes where to go: buttons, or typed words
     * matched against the options. Unanswered, every option's services stay in play.
     */
    async function askNeedQuestion(question: NeedQuestion): Promise<readonly string[]> {
      const labels = question.options.map((option) => localized(option.label, locale));
      const keyboard = new InlineKeyboard();
      for (const [i, label] of labels.entries()) keyboard.text(label, data.answer(i)).row();
      await ctx.reply(escapeHtml(localized(question.text, locale)), { reply_markup: keyboard });
      for (let attempt = 1; attempt <= MAX_QUESTION_ATTEMPTS; attempt++) {
        const reply = await waitReply(conversation);
        const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
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

    /** Adds to the chat's stored profile (place, last need). */
    const remember = (fields: Partial<ChatProfile>) =>
      conversation.external(async () => {
        const current = (await profiles.get(chatKey)) ?? {};
        await profiles.set(chatKey, { ...current, ...fields });
      });

    async function pass(begin: OrientationStart): Promise<Pass> {
      const understood = begin.intent
        ? { intent: intentOf(begin.intent), text: "" }
        : await understandNeed(begin.text ?? "");
      const intent = understood?.intent;
      if (!intent) return {};
      const needText = understood.text;
      if (intent.id === "operatore") {
        const last = profile.lastNeed;
        if (last) {
          await runHandoff(
            conversation,
            ctx,
            locale,
            t,
            { intent: last.intent, needText: last.text, spaces: last.spaces },
            deps.handoff,
          );
          return {};
        }
        // With no need answered before, the area is what lets the request reach its space's operators.
        const found = await findPlace(needText);
        if (found.restartWith !== undefined) return { restartWith: found.restartWith };
        if (found.place) await remember({ place: found.place });
        await runHandoff(
          conversation,
          ctx,
          locale,
          t,
          { intent: intent.id, needText, spaces: [] },
          deps.handoff,
        );
        return {};
      }
      if (intent.services.length === 0) {
        await ctx.reply(intent.answer[locale] ?? intent.answer.it, {
          reply_markup: needsKeyboard(knowledge.current, locale, t),
        });
        return {};
      }
      const found = await findPlace(needText);
      if (found.restartWith !== undefined) return { restartWith: found.restartWith };
      const services = intent.question ? await askNeedQuestion(intent.question) : intent.services;
      const recommendation = await conversation.external(() =>
        recommend(
          { intent: intent.id, services },
          found.place ? placeForMatching(found.place) : null,
          knowledge.current.directory,
        ),
      );
      // Remembered so that "Voglio essere ricontattato" can pass the need on with its context.
      const lastNeed = {
        intent: intent.id,
        text: needText.slice(0, MAX_REMEMBERED_TEXT),
        spaces: recommendation.items.map((item) => item.space.id),
      };
      await remember({ ...(found.place ? { place: found.place } : {}), lastNeed });
      await ctx.reply(renderAnswer(intent, recommendation, knowledge.current, locale, t), {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        reply_markup: afterAnswerKeyboard(t),
      });
      const first = recommendation.items[0]?.space;
      if (first) {
        await ctx.replyWithVenue(
          first.location.lat,
          first.location.lon,
          first.name,
          `${first.address.inArticle}, ${first.address.cap} Milano`,
        );
      }
      return {};
    }

    try {
      let begin: OrientationStart = start;
      for (;;) {
        const outcome = await pass(begin);
        if (outcome.restartWith === undefined) return;
        begin = { text: outcome.restartWith };
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
