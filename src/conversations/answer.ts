import { data, parseAction } from "../bot/callback-data.js";
import { showMenu } from "../bot/keyboards.js";
import { renderAnswer, renderSpaceDetails } from "../bot/render.js";
import { localized } from "../bot/texts.js";
import type { Intent, NeedQuestion } from "../catalogue/schema.js";
import { recommend } from "../directory/index.js";
import type { ResolvedPlace } from "../geo/index.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { DANGER_INTENT } from "../safety/danger.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import { type ChatProfile, placeForMatching, type RememberedPlace } from "../storage/profiles.js";
import { type HandoffContext, type HandoffDependencies, runHandoff } from "./handoff.js";
import { isPlace, type PlaceDependencies, placeStatement } from "./place.js";
import { type Choice, type Dialogue, keyboardOf, readReply, waitChoice } from "./replies.js";

/** How an orientation starts: from the citizen's words, a need button, or "change area". */
export interface OrientationStart {
  readonly text?: string;
  readonly intent?: string;
  readonly changePlace?: boolean;
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
  readonly askNeedQuestion: (question: NeedQuestion) => Promise<readonly string[]>;
}

const MAX_REMEMBERED_TEXT = 1000;

/** Takes a new area (given, or asked when undefined) and answers again for it. */
export type ChangePlace = (place?: ResolvedPlace) => Promise<Closing>;

/**
 * The buttons under an answer; "sì" asks to be contacted, "cambia zona" changes the area, and
 * a second need of the same message is offered ("Hai chiesto anche: colf").
 */
function afterAnswerChoices(dialogue: Dialogue, spaces: number, also?: Intent): Choice[] {
  const { t, locale } = dialogue;
  return [
    ...(spaces > 0 ? [{ label: t("button-details"), data: data.details }] : []),
    ...(also
      ? [
          {
            label: t("button-also", { need: localized(also.label, locale) }),
            data: data.need(also.id),
          },
        ]
      : []),
    { label: t("button-contact-me"), data: data.operator, means: ["yes", "contact_here"] },
    { label: t("button-change-place"), data: data.changePlace, means: ["change"] },
    { label: t("button-new-need"), data: data.menu("new") },
    { label: t("button-all-spaces"), data: data.menu("spaces") },
  ];
}

/**
 * The answer to a need for a place, then its closing question ("Vuoi essere ricontattato?"),
 * understood when typed: yes starts the request with the answer's context, no closes warmly,
 * "grazie" gets "prego", a new area gives the answer again for it, anything else is a new need.
 */
export async function answerNeed(
  dialogue: Dialogue,
  deps: AnswerDependencies,
  intent: Intent,
  needText: string,
  place: RememberedPlace | null,
  options: { readonly changePlace: ChangePlace; readonly also?: Intent },
): Promise<Closing> {
  const { conversation, ctx, locale, t } = dialogue;
  const { knowledge, profiles, chatKey } = deps;
  const services = intent.question ? await deps.askNeedQuestion(intent.question) : intent.services;
  const recommendation = await conversation.external(() =>
    recommend(
      { intent: intent.id, services },
      place ? placeForMatching(place) : null,
      knowledge.current.directory,
    ),
  );
  // Remembered so that "Voglio essere ricontattato" can pass the need on with its context.
  const lastNeed = {
    intent: intent.id,
    text: needText.slice(0, MAX_REMEMBERED_TEXT),
    spaces: recommendation.items.map((item) => item.space.id),
  };
  await conversation.external(async () => {
    const current = (await profiles.get(chatKey)) ?? {};
    await profiles.set(chatKey, { ...current, ...(place ? { place } : {}), lastNeed });
  });
  const choices = afterAnswerChoices(dialogue, recommendation.items.length, options.also);
  await ctx.reply(renderAnswer(intent, recommendation, knowledge.current, locale, t), {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: keyboardOf(choices.map((c) => [c])),
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
  const context = { intent: lastNeed.intent, needText: lastNeed.text, spaces: lastNeed.spaces };
  const details = renderSpaceDetails(recommendation, knowledge.current, locale, t);
  return closing(dialogue, deps, context, choices, options.changePlace, details);
}

/**
 * Danger, recognised before anything else: 112 and 1522 at once, then the offer of a person.
 * The citizen's words are not remembered in their profile.
 */
export async function dangerAnswer(
  dialogue: Dialogue,
  deps: AnswerDependencies,
  text: string,
): Promise<Closing> {
  const { ctx, t, locale } = dialogue;
  const intent = deps.knowledge.current.intent(DANGER_INTENT);
  const choices: Choice[] = [
    { label: t("button-danger-person"), data: data.dangerOperator, means: ["yes", "contact_here"] },
  ];
  await ctx.reply(
    [intent ? localized(intent.answer, locale) : t("danger-answer"), t("danger-offer")].join(
      "\n\n",
    ),
    { reply_markup: keyboardOf([choices]) },
  );
  return closing(dialogue, deps, { intent: DANGER_INTENT, needText: text, spaces: [] }, choices);
}

/** The wait after an answer, until the citizen says what next. */
async function closing(
  dialogue: Dialogue,
  deps: AnswerDependencies,
  handoffContext: HandoffContext,
  choices: readonly Choice[],
  changePlace?: ChangePlace,
  /** The recommended spaces in full, shown on request. */
  details?: string,
): Promise<Closing> {
  const { ctx, t } = dialogue;
  for (;;) {
    const reply = await waitChoice(dialogue, choices);
    if (reply.kind === "location" && changePlace) {
      const resolved = await dialogue.conversation.external(() =>
        deps.knowledge.current.places.resolvePoint({ lat: reply.lat, lon: reply.lon }),
      );
      if (isPlace(resolved)) return changePlace(resolved);
    }
    if (reply.kind === "action") {
      const action = parseAction(reply.data);
      if (action.kind === "operator") {
        await runHandoff(dialogue, handoffContext, deps.handoff);
        return {};
      }
      if (action.kind === "change-place" && changePlace) return changePlace();
      if (action.kind === "details" && details) {
        await ctx.reply(details, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
        });
        continue;
      }
      if (action.kind === "need") return { next: { intent: action.intent } };
      if (action.kind === "menu") {
        await showMenu(dialogue, deps.knowledge.current, action.item);
        // The list of spaces leaves the question open; a new need or the needs menu closes it.
        if (action.item === "spaces") continue;
        return {};
      }
      return {};
    }
    if (reply.kind !== "text") continue;
    const reading = readReply(dialogue, reply.text);
    if (reading.kind === "no" || reading.kind === "cancel") {
      await ctx.reply(t(reading.thanks ? "closing-bye-thanks" : "closing-bye"));
      return {};
    }
    if (reading.kind === "thanks") {
      await ctx.reply(t("you-are-welcome"));
      return {};
    }
    const place = changePlace && (await placeStatement(dialogue, deps.placeDeps, reply.text));
    if (changePlace && place) {
      const asNeed = await deps.placeDeps.classify(reply.text);
      if (asNeed.intent === null || asNeed.ambiguous) return changePlace(place);
    }
    return { next: { text: reply.text } };
  }
}
