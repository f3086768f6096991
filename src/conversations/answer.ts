import { data } from "../bot/callback-data.js";
import { renderAnswer, renderSpaceDetails } from "../bot/render.js";
import { localized } from "../bot/texts.js";
import type { Intent, Service } from "../catalogue/schema.js";
import {
  type Recommendation,
  type RecommendationForPerson,
  type RecommendationNote,
  type RecommendedSpace,
  recommendForPerson,
} from "../directory/index.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { DANGER_INTENT } from "../safety/danger.js";
import type { ChatMemory } from "../storage/chat-memory.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import { type ChatProfile, type LastNeed, updateProfile } from "../storage/profiles.js";
import { afterAnswerChoices } from "./answer-buttons.js";
import type { HandoffDependencies } from "./handoff.js";
import { impliedOption, readNeedQuestionReply, sendNeedQuestion } from "./need-question.js";
import {
  type FoundPlace,
  type PlaceDependencies,
  remembered,
  type SaidBack,
  sayBack,
} from "./place.js";
import { keepPlace, matchingPlace, type PlaceInUse, recalled, storePlace } from "./place-in-use.js";
import { type Choice, type Dialogue, keyboardOf, type Reply } from "./replies.js";
import type { WaitingQuestion, WaitingQuestions, WaitingWords } from "./waiting.js";

/** How an orientation starts: from the citizen's words, a need button, or "change area". */
export interface OrientationStart {
  readonly text?: string;
  readonly intent?: string;
  readonly changePlace?: boolean;
  /** The last answer's spaces in full ("Chi gestisce gli spazi e altri dettagli"). */
  readonly details?: boolean;
  /** A button of the question waiting («Intendevi…?», a need's own, consent): its data. */
  readonly reply?: string;
  /** A location shared while the place question waits. */
  readonly location?: { readonly lat: number; readonly lon: number };
}

/** How a dialogue ends: done, or starting over (a new need typed or picked). */
export interface Closing {
  readonly next?: OrientationStart;
}

export interface AnswerDependencies {
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly handoff: HandoffDependencies;
  readonly chatKey: string;
  readonly placeDeps: PlaceDependencies;
  readonly waiting: WaitingQuestions;
  /** Keeps, redacted, a reply that answered nothing. */
  readonly misunderstood: (kind: "reply", text: string) => Promise<void>;
  /** The citizen's own point, in memory only. */
  readonly places: ChatMemory<PlaceInUse>;
}

const MAX_REMEMBERED_TEXT = 1000;

/**
 * The answer to a need for a place, ending with "Vuoi essere ricontattato?". A need with a
 * question of its own asks it first and ends the dialogue there (its words wait in memory):
 * see needQuestionAnswered.
 */
export async function answerNeed(
  dialogue: Dialogue,
  deps: AnswerDependencies,
  intent: Intent,
  needText: string,
  found: FoundPlace | null,
  options: { readonly also?: Intent; readonly callRefused?: true } = {},
): Promise<Closing> {
  // A question the message already answers is not asked: "cerco lavoro come badante".
  const implied = intent.question ? impliedOption(intent.question, needText) : -1;
  if (!intent.question || implied >= 0) {
    const services = intent.question?.options[implied]?.services ?? intent.services;
    await answerWith(
      dialogue,
      deps,
      { intent, services, needText, ...options },
      {
        place: found?.place ?? null,
        said: found?.said,
      },
    );
    return {};
  }
  const { conversation, locale } = dialogue;
  let said = found?.said;
  // The place question's keyboard must go before the need's own question.
  if (said?.keyboardUp) {
    await sayBack(dialogue, said);
    said = undefined;
  }
  const place = found?.place ?? null;
  if (place) await keepPlace(dialogue, deps, place);
  await sendNeedQuestion(dialogue, intent.question);
  await conversation.external(() =>
    deps.waiting.ask(
      deps.chatKey,
      {
        kind: "need-question",
        locale,
        intent: intent.id,
        ...(options.also ? { also: options.also.id } : {}),
        withPlace: place !== null,
        attempt: 1,
      },
      { text: needText, ...(said ? { said: said.line } : {}) },
    ),
  );
  return {};
}

type NeedQuestionWaiting = Extract<WaitingQuestion, { kind: "need-question" }>;

/**
 * A reply to a need's own question: the answer for the services it leads to, in the area
 * remembered when it was asked (the citizen's own point if memory still has it).
 */
export async function needQuestionAnswered(
  dialogue: Dialogue,
  deps: AnswerDependencies,
  { question, words }: { readonly question: NeedQuestionWaiting; readonly words: WaitingWords },
  reply: Reply,
): Promise<Closing> {
  const { conversation, ctx, t } = dialogue;
  const intent = deps.knowledge.current.intent(question.intent);
  if (!intent) {
    // The need left the catalogue (/reload) while its question waited.
    await ctx.reply(t("stale-button"));
    return {};
  }
  const read = intent.question
    ? readNeedQuestionReply(dialogue, intent.question, reply, question.attempt)
    : { kind: "services" as const, services: intent.services };
  if (read.kind === "missed") {
    if (reply.kind === "text") await deps.misunderstood("reply", reply.text);
    await ctx.reply(t("choose-an-answer"));
    await conversation.external(() =>
      deps.waiting.ask(deps.chatKey, { ...question, attempt: question.attempt + 1 }, words),
    );
    return {};
  }
  const place = question.withPlace
    ? await conversation.external(async () => {
        const remembered = (await deps.profiles.get(deps.chatKey))?.place;
        return remembered ? recalled(remembered, deps.places.recall(deps.chatKey)) : null;
      })
    : null;
  const also =
    question.also === undefined ? undefined : deps.knowledge.current.intent(question.also);
  const need = { intent, services: read.services, needText: words.text ?? "" };
  // The area was said back in the language of the question; a citizen who has since changed
  // language gets it said again in the new one, from the area remembered.
  const saidBefore = words.said === undefined ? undefined : { line: words.said, keyboardUp: false };
  const said =
    question.locale === dialogue.locale
      ? saidBefore
      : place
        ? remembered(dialogue, place).said
        : undefined;
  await answerWith(dialogue, deps, { ...need, ...(also ? { also } : {}) }, { place, said });
  return {};
}

/** What an answer is about. */
interface AnsweredNeed {
  readonly intent: Intent;
  readonly services: readonly string[];
  readonly needText: string;
  /** A second need of the same message, offered as a button. */
  readonly also?: Intent;
  /** A call refused in the words asking: the answer does not end asking whether to call. */
  readonly callRefused?: true;
}

/** A recommended space as the dialogue keeps it: the space by its id. */
type KeptSpace = Omit<RecommendedSpace, "space"> & { readonly spaceId: string };

/** A recommendation for a person as the dialogue keeps it: spaces and services by their ids. */
interface KeptRecommendation {
  readonly items: readonly KeptSpace[];
  readonly note?: RecommendationNote;
  readonly notForThem: readonly string[];
}

/**
 * A recommendation kept by its spaces' and services' ids and read back from the catalogue:
 * the plugin copies what a step returns, and the spaces in full were most of an answer's
 * bytes. A space or service gone from the catalogue since (a /reload before a replay) is left
 * out.
 */
function byIds(knowledge: KnowledgeHolder) {
  return {
    beforeStore: ({ recommendation, notForThem }: RecommendationForPerson): KeptRecommendation => {
      const { items, note } = recommendation;
      return {
        items: items.map(({ space, ...rest }): KeptSpace => ({ ...rest, spaceId: space.id })),
        ...(note === undefined ? {} : { note }),
        notForThem: notForThem.map((service) => service.id),
      };
    },
    afterLoad: ({ items, note, notForThem }: KeptRecommendation): RecommendationForPerson => {
      const { directory, service } = knowledge.current;
      const kept: RecommendedSpace[] = [];
      for (const { spaceId, ...rest } of items) {
        const space = directory.spaces.find((candidate) => candidate.id === spaceId);
        if (space) kept.push({ space, ...rest });
      }
      const services = notForThem.map(service).filter((found): found is Service => !!found);
      return {
        recommendation: note === undefined ? { items: kept } : { items: kept, note },
        notForThem: services,
      };
    },
  };
}

/**
 * "Tell me your area to find the nearest space" is not said when every space given serves
 * the whole city (a home-care worker looking for work): the area would change nothing.
 */
function withoutNeedlessNote(recommendation: Recommendation): Recommendation {
  const { items, note } = recommendation;
  const cityWide = items.length > 0 && items.every((item) => item.reason === "city_wide");
  return note === "unknown_place" && cityWide ? { items } : recommendation;
}

/** The answer's message (with the area said back when `said`), then the first space's pin. */
async function answerWith(
  dialogue: Dialogue,
  deps: AnswerDependencies,
  { intent, services, needText, also, callRefused }: AnsweredNeed,
  where: { readonly place: PlaceInUse | null; readonly said: SaidBack | undefined },
): Promise<void> {
  const { conversation, ctx, locale, t } = dialogue;
  const { knowledge, profiles, chatKey } = deps;
  const { place } = where;
  let said = where.said;
  // A service said to be for women is not the answer for a husband's course (audience.ts).
  const { recommendation, notForThem } = await conversation.external({
    task: async () => {
      const found = recommendForPerson(
        { intent: intent.id, services, text: needText },
        place ? matchingPlace(place) : null,
        knowledge.current.directory,
        knowledge.current.service,
      );
      // Remembered so that "Voglio essere ricontattato" can pass the need on with its context.
      const lastNeed = {
        intent: intent.id,
        text: needText.slice(0, MAX_REMEMBERED_TEXT),
        spaces: found.recommendation.items.map((item) => item.space.id),
        ...(also ? { also: also.id } : {}),
      };
      await storePlace({ profiles, places: deps.places }, chatKey, place, { lastNeed });
      await offerContact(dialogue, deps);
      return found;
    },
    ...byIds(knowledge),
  });
  const choices = afterAnswerChoices(dialogue, {
    spaces: recommendation.items.length,
    withPlace: place !== null,
    also,
  });
  const first = recommendation.items[0]?.space;
  // The map pin takes the place question's keyboard away; without one, a message must.
  if (said?.keyboardUp && !first) {
    await sayBack(dialogue, said);
    said = undefined;
  }
  const answer = renderAnswer(
    intent,
    withoutNeedlessNote(recommendation),
    knowledge.current,
    locale,
    t,
    { notForThem, askContact: !callRefused },
  );
  await ctx.reply(said ? `${said.line}\n\n${answer}` : answer, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: keyboardOf(choices.map((c) => [c])),
  });
  if (first) {
    await ctx.replyWithVenue(
      first.location.lat,
      first.location.lon,
      first.name,
      `${first.address.inArticle}, ${first.address.cap} Milano`,
      said?.keyboardUp ? { reply_markup: { remove_keyboard: true } } : {},
    );
  }
}

/**
 * Danger, recognised before anything else: 112 and 1522 at once, then the offer of a person.
 * `offerOnly`: the gentle line with 112 and 1522 was given already; `also`: a need asked after
 * the talk turned, offered under the person as «➕ Hai chiesto anche: …». The citizen's words
 * are not remembered in their profile.
 */
export async function dangerAnswer(
  dialogue: Dialogue,
  deps: AnswerDependencies,
  {
    offerOnly = false,
    also,
    told,
    guessed,
  }: { offerOnly?: boolean; also?: Intent; told?: Intent | undefined; guessed?: true } = {},
): Promise<Closing> {
  const { ctx, t, locale } = dialogue;
  const intent = deps.knowledge.current.intent(DANGER_INTENT);
  const choices: Choice[] = [
    { label: t("button-danger-person"), data: data.dangerOperator },
    ...(also
      ? [
          {
            label: t("button-also", { need: localized(also.label, locale) }),
            data: data.need(also.id),
          },
        ]
      : []),
  ];
  const numbers = intent ? localized(intent.answer, locale) : t("danger-answer");
  await ctx.reply(offerOnly ? t("danger-offer") : [numbers, t("danger-offer")].join("\n\n"), {
    reply_markup: keyboardOf(choices.map((choice) => [choice])),
  });
  // Remembered without the words, so that a typed «sì» is understood as asking for a person;
  // the need told beside it as `also`, answered when the citizen asks where to go (needOf).
  await dialogue.conversation.external(async () => {
    const lastNeed = {
      intent: DANGER_INTENT,
      text: "",
      spaces: [],
      ...(told ? { also: told.id, ...(guessed && { alsoGuessed: guessed }) } : {}),
    };
    await updateProfile(deps.profiles, deps.chatKey, { lastNeed });
    await offerContact(dialogue, deps);
  });
  return {};
}

/**
 * The need a last answer stands for: its own, or, after the danger answer, the need told
 * beside the danger (none when none was).
 */
export const needOf = (last: LastNeed): string | undefined =>
  last.intent !== DANGER_INTENT ? last.intent : last.alsoGuessed ? undefined : last.also;

/**
 * "Vuoi essere ricontattato?", which ends every answer, waits for its reply: a typed «sì»
 * asks for a person with the last need, only while it is the last question asked.
 */
export const offerContact = (dialogue: Dialogue, deps: AnswerDependencies) =>
  deps.waiting.ask(deps.chatKey, { kind: "contact-offer", locale: dialogue.locale });

/**
 * The last answer's spaces in full: who runs them, where they are hosted, contacts. The
 * answer's "Vuoi essere ricontattato?" still stands after them.
 */
export async function showDetails(dialogue: Dialogue, deps: AnswerDependencies): Promise<void> {
  const { conversation, ctx, locale, t } = dialogue;
  const profile = (await conversation.external(() => deps.profiles.get(deps.chatKey))) ?? {};
  const intent = profile.lastNeed && deps.knowledge.current.intent(profile.lastNeed.intent);
  if (!intent) {
    await ctx.reply(t("stale-button"));
    return;
  }
  const { recommendation } = await conversation.external({
    task: async () => {
      const own = deps.places.recall(deps.chatKey);
      const found = recommendForPerson(
        { intent: intent.id, services: intent.services, text: profile.lastNeed?.text ?? "" },
        profile.place ? matchingPlace(recalled(profile.place, own)) : null,
        deps.knowledge.current.directory,
        deps.knowledge.current.service,
      );
      await offerContact(dialogue, deps);
      return found;
    },
    ...byIds(deps.knowledge),
  });
  await ctx.reply(renderSpaceDetails(recommendation, deps.knowledge.current, locale, t), {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  });
}
