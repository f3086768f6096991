import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import { parseAction } from "../bot/callback-data.js";
import { type BotContext, spansOf } from "../bot/context.js";
import { needsKeyboard } from "../bot/keyboards.js";
import { languageMemory, type ReplyLanguage } from "../bot/reply-language.js";
import { apologyFor } from "../bot/resilience.js";
import { localized } from "../bot/texts.js";
import type { PlaceReader, ResolvedPlace } from "../geo/index.js";
import { describeError } from "../logging/index.js";
import type { Classification } from "../nlu/index.js";
import { OPERATOR_INTENT } from "../nlu/need.js";
import type { MisunderstoodKind } from "../review/index.js";
import { classifiedAsDanger, DANGER_INTENT, unlessSilenced, verdictFor } from "../safety/danger.js";
import { type ChatProfile, updateProfile } from "../storage/profiles.js";
import {
  type AnswerDependencies,
  answerNeed,
  type Closing,
  dangerAnswer,
  needQuestionAnswered,
  type OrientationStart,
  showDetails,
} from "./answer.js";
import { areaSteps } from "./area-steps.js";
import { contactOfferAnswered } from "./contact-offer.js";
import { askedDidYouMean } from "./did-you-mean.js";
import { askConsent, consentAnswered } from "./handoff.js";
import { answeredCityWide } from "./need-question.js";
import { typedPlaceReply, withoutPlace } from "./place.js";
import { placeReadWhole, readNeed } from "./reading.js";
import type { Dialogue } from "./replies.js";
import type { OrientationDependencies, Turn } from "./turn.js";
import { fromDidYouMean, type Understood, understand } from "./understand.js";
import { replyOf, type Waiting } from "./waiting.js";

export const ORIENTATION = "orientation";

/**
 * Questions whose typed reply is often a need written afresh, answered in the language it is
 * written in: «Intendevi…?», the answer's closing question, "Ti è stato utile?".
 */
const READ_AFRESH: ReadonlySet<string> = new Set(["did-you-mean", "contact-offer", "feedback"]);

export type { OrientationStart } from "./answer.js";
export type { OrientationDependencies } from "./turn.js";

type OrientationConversation = Conversation<BotContext, Context>;

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
    /**
     * The language to answer this dialogue in. A reply to a question is answered in the
     * language it was asked in (READ_AFRESH excepted), unless it is clearly written in another.
     * Asked in Spanish, Romanian or Ukrainian, even those keep their language against Italian
     * or English n-grams, which Milan's place names sway («locuim in zona Lorenteggio» reads
     * as Italian). «I live in Baggio» after an English answer corrects its area: a reply all
     * the same, which the place name would sway to Italian if read afresh.
     */
    const languageFor = (
      profile: ChatProfile,
      places: Pick<PlaceReader, "resolve">,
    ): ReplyLanguage => {
      const waitingLocale = profile.waiting?.locale;
      const afresh =
        READ_AFRESH.has(profile.waiting?.kind ?? "") &&
        (waitingLocale === "it" || waitingLocale === "en") &&
        !deps.read.mentions("home", start.text ?? "");
      const asked = afresh ? undefined : waitingLocale;
      return deps.replyLanguage(
        start.text ?? "",
        profile,
        ctx.from?.language_code,
        texts,
        asked,
        (text) => withoutPlace(places.resolve(text)),
      );
    };
    // The chat's profile, the question its last dialogue asked and ended on (which stops
    // waiting: only the first pass answers it), the language to answer in (the place of the
    // text read by the update's own reader), whether the message alarmed, and the danger
    // reading of the text this dialogue starts from, in one step: a reply to the question and
    // a need read from that text take it from here instead of a step of their own. (A dialogue
    // stored before this kept no reading or language: its replay takes those steps, as it did
    // then.)
    const opening = await conversation.external(async (outside) => {
      const verdict =
        start.text === undefined
          ? undefined
          : verdictFor(start.text, outside.danger, deps.detectDanger, spansOf(outside));
      const profile = (await profiles.get(chatKey)) ?? {};
      return {
        profile,
        language: languageFor(profile, outside.places ?? knowledge.current.places),
        waiting: await deps.waiting.take(chatKey),
        alarmed: (outside.danger?.verdict.signal ?? null) !== null,
        ...(verdict && {
          read: {
            text: start.text,
            alarm: verdict.signal !== null,
            silenced: verdict.silenced,
            caution: verdict.caution !== undefined,
          },
        }),
      };
    });
    const startRead = opening.read;
    const { profile } = opening;
    const language = opening.language ?? languageFor(profile, knowledge.current.places);
    const { locale } = language;
    const t = texts.for(locale);
    const dialogue: Dialogue = { conversation, ctx, locale, t, read: deps.read, texts: deps.texts };

    /** The places of the words read as a need, so that finding the area reads them once. */
    const placesRead = new Map<string, ResolvedPlace>();
    const classify = async (text: string): Promise<Classification> => {
      const { need, place } = await conversation.external((outside) =>
        readNeed(knowledge.current, text, outside.places),
      );
      if (placeReadWhole(text)) placesRead.set(text, place);
      return need;
    };
    const readAsNeed: Turn["readAsNeed"] = async (text, silenced, countAs = (n) => n.intent) => {
      const { need, place } = await conversation.external((outside) => {
        const read = readNeed(knowledge.current, text, outside.places);
        const result = unlessSilenced(read.need, silenced);
        const counted = classifiedAsDanger(result) ? undefined : countAs(result);
        if (counted !== undefined) deps.recordQuestion(counted);
        return { need: result, place: read.place };
      });
      if (placeReadWhole(text)) placesRead.set(text, place);
      return need;
    };
    const dangerIn = async (text: string) =>
      startRead?.text === text
        ? startRead
        : conversation.external((outside) => {
            const { signal, silenced, caution } = verdictFor(
              text,
              outside.danger,
              deps.detectDanger,
              spansOf(outside),
            );
            return { alarm: signal !== null, silenced, caution: caution !== undefined };
          });
    const misunderstood = (kind: MisunderstoodKind, text: string) =>
      conversation.external((outside) => {
        const from = ctx.from;
        deps.recordMisunderstood?.(kind, text, {
          locale,
          names: [from?.first_name, from?.last_name, from?.username],
          ...(ctx.chat && { chat: String(ctx.chat.id) }),
          ...(outside.places && { places: outside.places }),
        });
      });
    const placeDeps = {
      knowledge,
      classify,
      misunderstood,
      resolvedBefore: (text: string) => placesRead.get(text),
    };
    const turn: Turn = {
      chatKey,
      dialogue,
      deps,
      currentProfile,
      dangerIn,
      readAsNeed,
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
      placeDeps,
      places: deps.memory.place,
      waiting: deps.waiting,
      misunderstood,
    };
    const area = areaSteps(turn, answerDeps, language.language);
    const { findPlace, placeFound, placeAnswered, houseNumberGiven, changePlace } = area;

    /** Adds to the chat's stored profile (the language written). */
    const remember = (fields: Partial<ChatProfile>) =>
      conversation.external(() => updateProfile(profiles, chatKey, fields));

    /**
     * The reply to the question this chat's last dialogue asked and ended on; undefined when
     * the update is no reply to it (a need picked, another button, danger): it is over.
     */
    async function replyTo({ question, words }: Waiting, begin: OrientationStart) {
      const reply = replyOf(question, { ...begin, button: begin.reply });
      if (reply === undefined) return undefined;
      // Danger is answered first, as at any question.
      // (Not dangerIn: a dialogue stored before the opening kept the reading replays this
      // step, whose stored result is the alarm alone.)
      const alarms = async (text: string) =>
        startRead?.text === text
          ? startRead.alarm
          : conversation.external(
              (outside) =>
                verdictFor(text, outside.danger, deps.detectDanger, spansOf(outside)).signal !==
                null,
            );
      if (reply.kind === "text" && (await alarms(reply.text))) return undefined;
      const needText = words.text ?? "";
      switch (question.kind) {
        case "did-you-mean": {
          const asked = askedDidYouMean({ question, words });
          if (reply.kind === "text") return act(await understand(turn, reply.text, asked));
          return act(await fromDidYouMean(turn, begin.reply ?? "", asked));
        }
        case "place": {
          const typed = reply.kind === "text" ? typedPlaceReply(dialogue, reply.text) : reply;
          return placeAnswered(question, needText, typed);
        }
        case "house-number":
          if (reply.kind === "text") return houseNumberGiven(question, words, reply.text);
          return placeAnswered({ ...question, attempt: 1 }, needText, reply);
        case "need-question":
          return needQuestionAnswered(dialogue, answerDeps, { question, words }, reply);
        case "consent":
          // A need typed instead of yes or no is read below as a new message.
          return (await consentAnswered(dialogue, { question, words }, reply, deps.handoff))
            ? {}
            : undefined;
        case "contact-offer":
          return reply.kind === "text"
            ? contactOfferAnswered(turn, answerDeps, reply.text, act)
            : undefined;
        case "feedback":
          return undefined;
      }
    }

    let { waiting } = opening;

    async function pass(begin: OrientationStart): Promise<Closing> {
      const question = waiting;
      waiting = undefined;
      const replied = question && (await replyTo(question, begin));
      if (replied) return replied;
      if (begin.changePlace) return changePlace();
      if (begin.details) {
        await showDetails(dialogue, answerDeps);
        return {};
      }
      if (begin.reply !== undefined) {
        // A button of a question no longer waiting: «Intendevi…?»'s carry their need.
        const { kind } = parseAction(begin.reply);
        if (kind === "pick" || kind === "pick-other")
          return act(await fromDidYouMean(turn, begin.reply, undefined));
        await ctx.reply(t("stale-button"));
        return {};
      }
      if (begin.intent) {
        const intent = intentOf(begin.intent);
        // «Talk to a person» tapped at «Intendevi…?»: the unclear message may still say
        // where the citizen lives («… vicino alla fermata Loreto»).
        const told = begin.intent === OPERATOR_INTENT ? (question?.words.text ?? "") : "";
        return intent ? act({ kind: "need", intent, text: told }) : {};
      }
      return act(await understand(turn, begin.text ?? ""));
    }

    /** What the citizen's words turned out to be, acted on. */
    async function act(understood: Understood): Promise<Closing> {
      if (understood.kind === "done") return {};
      if (understood.kind === "place") return changePlace(understood.place, understood.asked);
      if (understood.kind === "details") {
        await showDetails(dialogue, answerDeps);
        return {};
      }
      if (understood.kind === "contact") {
        const { last } = understood;
        const context = { intent: last.intent, needText: last.text, spaces: last.spaces };
        await askConsent(dialogue, context, deps.handoff);
        return {};
      }
      if (understood.kind === "danger") {
        if (understood.gentle) return dangerAnswer(dialogue, answerDeps, { offerOnly: true });
        await turn.record(DANGER_INTENT);
        const { also, told, guessed } = understood;
        // The area told with a need is kept for that need's answer, asked for next.
        if (told) await area.keepPlaceTold(understood.text);
        return dangerAnswer(dialogue, answerDeps, {
          ...(also ? { also } : {}),
          told,
          ...(guessed && { guessed }),
        });
      }
      const { intent, text, also, callRefused } = understood;
      // «➕ Hai chiesto anche…», tapped or typed: the message that asked both needs is this one's
      // words too, for the answer and the request, but never read for a place (the area may
      // have been corrected since).
      const earlier = text === "" ? (await currentProfile()).lastNeed : undefined;
      const needText = earlier?.also === intent.id ? earlier.text : text;
      if (intent.id === OPERATOR_INTENT) {
        const last = (await currentProfile()).lastNeed;
        // With no need answered before, the area lets the request reach its space's operators.
        if (!last) {
          const place = await findPlace(needText, { kind: "operator" });
          if (!("found" in place)) return place;
          return placeFound({ kind: "operator" }, needText, place.found);
        }
        const context = { intent: last.intent, needText: last.text, spaces: last.spaces };
        await askConsent(dialogue, context, deps.handoff);
        return {};
      }
      if (intent.services.length === 0) {
        await ctx.reply(localized(intent.answer, locale), {
          reply_markup: needsKeyboard(knowledge.current, locale, t),
        });
        return {};
      }
      const others = also && also.id !== intent.id ? { also } : {};
      const forNeed = {
        kind: "need" as const,
        intent: intent.id,
        ...(others.also ? { also: others.also.id } : {}),
      };
      const cityWide = answeredCityWide(intent, needText, knowledge.current.directory.spaces);
      const place = await findPlace(text, forNeed, { ask: !cityWide });
      if (!("found" in place)) return place;
      return answerNeed(dialogue, answerDeps, intent, needText, place.found, {
        ...others,
        ...(callRefused ? { callRefused } : {}),
      });
    }

    try {
      // Danger first: 112 and 1522 before "I only answer in…" (the danger answer offers a person).
      const told = language.notice !== undefined && !opening.alarmed;
      if (told) await ctx.reply(language.notice);
      const memory = languageMemory(language, profile, told);
      if (memory.writes !== profile.writes || memory.noticed !== profile.noticed)
        await remember(memory);
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
