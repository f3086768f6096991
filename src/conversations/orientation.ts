import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { BotContext } from "../bot/context.js";
import { needsKeyboard } from "../bot/keyboards.js";
import type { ReplyLanguage } from "../bot/reply-language.js";
import { apologyFor } from "../bot/resilience.js";
import { localized } from "../bot/texts.js";
import type { ResolvedPlace } from "../geo/index.js";
import { describeError } from "../logging/index.js";
import type { Classification } from "../nlu/index.js";
import type { MisunderstoodKind } from "../review/index.js";
import { DANGER_INTENT } from "../safety/danger.js";
import type { ChatProfile } from "../storage/profiles.js";
import {
  type AnswerDependencies,
  answerNeed,
  type Closing,
  dangerAnswer,
  type OrientationStart,
  showDetails,
} from "./answer.js";
import { runHandoff } from "./handoff.js";
import { askNeedQuestion } from "./need-question.js";
import {
  askPlace,
  type FoundPlace,
  MAX_PLACE_ATTEMPTS,
  placeGivenUp,
  readPlaceReply,
  recalled,
  remembered,
  resolvePlace,
  sayBack,
  sendPlaceQuestion,
  typedPlaceReply,
  understood as understoodPlace,
} from "./place.js";
import { readNeed } from "./reading.js";
import type { Dialogue, Reply } from "./replies.js";
import type { OrientationDependencies, Turn } from "./turn.js";
import { fromDidYouMean, type Understood, understand } from "./understand.js";

export const ORIENTATION = "orientation";

export type { OrientationStart } from "./answer.js";
export type { OrientationDependencies } from "./turn.js";

type AskedPlace = NonNullable<ChatProfile["askedPlace"]>;

type OrientationConversation = Conversation<BotContext, Context>;

const ITALIAN_OR_ENGLISH: ReadonlySet<string> = new Set(["it", "en"]);

/**
 * The orientation dialogue: the citizen's need, their area, and the WeMi spaces for it; a
 * person when asked for. Each pass ends with an answer (no words stay on disk) or starts over
 * with a new need typed or picked.
 */
export function createOrientation(deps: OrientationDependencies) {
  const { knowledge, profiles, texts, logger } = deps;

  return async function orientation(
    conversation: OrientationConversation,
    ctx: Context,
    start: OrientationStart = {},
  ) {
    const chatKey = String(ctx.chat?.id);
    const currentProfile = async () =>
      (await conversation.external(() => profiles.get(chatKey))) ?? {};
    const profile = await currentProfile();
    /** The place question this chat's last dialogue asked and ended on, if any. */
    let placeAsked = profile.askedPlace;
    // A reply to the place question is answered in the language the question was asked in.
    const language: ReplyLanguage = placeAsked
      ? { locale: placeAsked.locale }
      : deps.replyLanguage(start.text ?? "", profile, ctx.from?.language_code, texts);
    const { locale } = language;
    const t = texts.for(locale);
    const dialogue: Dialogue = { conversation, ctx, locale, t, read: deps.read };

    const classify = (text: string) =>
      conversation.external((): Classification => readNeed(knowledge.current, text));
    const misunderstood = (kind: MisunderstoodKind, text: string) =>
      conversation.external(() => {
        const from = ctx.from;
        deps.recordMisunderstood?.(kind, text, {
          locale,
          names: [from?.first_name, from?.last_name, from?.username],
        });
      });
    const placeDeps = { knowledge, classify, misunderstood };
    const turn: Turn = {
      chatKey,
      dialogue,
      deps,
      currentProfile,
      classify,
      record: (intent) => conversation.external(() => deps.recordQuestion(intent)),
      misunderstood,
      intentOf: (id) => (id === null ? undefined : knowledge.current.intent(id)),
      placeDeps,
    };
    const { intentOf } = turn;
    const answerDeps: AnswerDependencies = {
      knowledge,
      profiles,
      handoff: deps.handoff,
      chatKey,
      askNeedQuestion: (question) => askNeedQuestion(dialogue, question, misunderstood),
      placeDeps,
      places: deps.memory.place,
    };

    /**
     * Asks the place and ends the dialogue, so that the citizen's words wait in memory only:
     * the profile keeps the need's id, and the next orientation reads the reply.
     */
    async function askPlaceLater(asked: AskedPlace, needText: string): Promise<Closing> {
      await conversation.external(async () => {
        deps.memory.needWords.remember(chatKey, needText);
        const current = (await profiles.get(chatKey)) ?? {};
        await profiles.set(chatKey, { ...current, askedPlace: asked });
      });
      return {};
    }

    /** The reply to the place question asked by the last dialogue: the need's answer for it. */
    async function placeAnswered(asked: AskedPlace, reply: Reply): Promise<Closing> {
      const intent = intentOf(asked.intent);
      if (!intent) return {};
      // In memory only, and read as such: lost on a restart, when the answer goes without them.
      const needText = deps.memory.needWords.recall(chatKey) ?? "";
      const answer = await readPlaceReply(dialogue, placeDeps, reply);
      if (answer.kind === "need") return { next: { text: answer.text } };
      if (answer.kind === "again" && asked.attempt < MAX_PLACE_ATTEMPTS)
        return askPlaceLater({ ...asked, attempt: asked.attempt + 1 }, needText);
      if (answer.kind === "again") await placeGivenUp(dialogue);
      await conversation.external(() => deps.memory.needWords.forget(chatKey));
      const also = asked.also === undefined ? undefined : intentOf(asked.also);
      const found = answer.kind === "place" ? answer : null;
      return answerNeed(dialogue, answerDeps, intent, needText, found, also ? { also } : {});
    }

    /** Where the citizen lives: in their words, remembered, or asked (`later`: see askPlaceLater). */
    async function findPlace(
      needText: string,
      later?: Omit<AskedPlace, "attempt" | "locale">,
    ): Promise<Closing | { found: FoundPlace | null }> {
      if (needText !== "") {
        const mentioned = await resolvePlace(dialogue, placeDeps, needText);
        // Town names that are everyday words elsewhere ("como", "pero" in Spanish) are not
        // read as "outside Milan" in a message written in another language: the area is asked.
        const outside = mentioned.outsideMilan && ITALIAN_OR_ENGLISH.has(language.language ?? "it");
        if (mentioned.kind !== "unknown" || outside)
          return { found: understoodPlace(dialogue, mentioned) };
      }
      const { place } = await currentProfile();
      if (place) {
        const own = await conversation.external(() => deps.memory.place.recall(chatKey));
        return { found: remembered(dialogue, recalled(place, own)) };
      }
      if (later) {
        await sendPlaceQuestion(dialogue);
        return askPlaceLater({ ...later, locale, attempt: 1 }, needText);
      }
      const asked = await askPlace(dialogue, placeDeps);
      if (asked.kind === "need") return { next: { text: asked.text } };
      return { found: asked.kind === "place" ? asked : null };
    }

    /** Adds to the chat's stored profile (place, language written). */
    const remember = (fields: Partial<ChatProfile>) =>
      conversation.external(async () => {
        const current = (await profiles.get(chatKey)) ?? {};
        await profiles.set(chatKey, { ...current, ...fields });
      });

    /** A new area, asked; then the last answer again for it, when there was one. */
    async function changePlace(given?: ResolvedPlace): Promise<Closing> {
      let found: FoundPlace | null = given ? understoodPlace(dialogue, given) : null;
      if (found === null) {
        const asked = await askPlace(dialogue, placeDeps);
        if (asked.kind === "need") return { next: { text: asked.text } };
        if (asked.kind === "none") return {};
        found = asked;
      }
      await remember({ place: found.place.remembered });
      const last = (await currentProfile()).lastNeed;
      const intent = last && intentOf(last.intent);
      if (!last || !intent) {
        await sayBack(dialogue, found.said);
        await ctx.reply(t("place-saved-ask-need"), {
          parse_mode: "HTML",
          reply_markup: needsKeyboard(knowledge.current, locale, t),
        });
        return {};
      }
      return answerNeed(dialogue, answerDeps, intent, last.text, found);
    }

    /** «Intendevi…?» waiting in this chat, if any: only the first pass can answer it. */
    let asked = await conversation.external(() => {
      const waiting = deps.memory.asked.recall(chatKey);
      deps.memory.asked.forget(chatKey);
      return waiting;
    });

    async function pass(begin: OrientationStart): Promise<Closing> {
      const waitingPlace = placeAsked;
      placeAsked = undefined;
      if (waitingPlace) {
        // Answered or not (a button, a need picked), the question is over.
        await conversation.external(async () => {
          const { askedPlace: _, ...current } = (await profiles.get(chatKey)) ?? {};
          await profiles.set(chatKey, current);
        });
        if (begin.location)
          return placeAnswered(waitingPlace, { kind: "location", ...begin.location });
        const { text } = begin;
        // Danger is answered first, as at any question.
        const danger = (words: string) => deps.detectDanger(words) !== null;
        if (text !== undefined && !(await conversation.external(() => danger(text))))
          return placeAnswered(waitingPlace, typedPlaceReply(dialogue, text));
      }
      if (begin.changePlace) return changePlace();
      if (begin.details) {
        await showDetails(dialogue, answerDeps);
        return {};
      }
      const waiting = asked;
      asked = undefined;
      const understood: Understood = begin.intent
        ? (() => {
            const intent = intentOf(begin.intent);
            return intent ? { kind: "need", intent, text: "" } : { kind: "done" };
          })()
        : begin.didYouMean !== undefined
          ? await fromDidYouMean(turn, begin.didYouMean, waiting)
          : await understand(turn, begin.text ?? "", waiting);
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
        await turn.record(DANGER_INTENT);
        return dangerAnswer(dialogue, answerDeps, understood.text);
      }
      const { intent, text: needText, also } = understood;
      if (intent.id === "operatore") {
        const last = (await currentProfile()).lastNeed;
        if (!last) {
          // With no need answered before, the area lets the request reach its space's operators.
          const place = await findPlace(needText);
          if (!("found" in place)) return place;
          if (place.found) {
            await sayBack(dialogue, place.found.said);
            await remember({ place: place.found.place.remembered });
          }
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
      const others = also && also.id !== intent.id ? { also: also.id } : {};
      const place = await findPlace(needText, { intent: intent.id, ...others });
      if (!("found" in place)) return place;
      return answerNeed(dialogue, answerDeps, intent, needText, place.found, {
        ...(also && also.id !== intent.id ? { also } : {}),
      });
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
