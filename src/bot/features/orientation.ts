import { ORIENTATION, type OrientationStart } from "../../conversations/orientation.js";
import type { PlaceInUse } from "../../conversations/place-in-use.js";
import type { WaitingQuestions } from "../../conversations/waiting.js";
import type { KnowledgeHolder } from "../../knowledge/index.js";
import { OPERATOR_INTENT } from "../../nlu/need.js";
import { tokenize } from "../../nlu/normalize.js";
import type { ChatMemory } from "../../storage/chat-memory.js";
import type { KeyValueStore } from "../../storage/json-directory-store.js";
import { type ChatProfile, rememberPlace } from "../../storage/profiles.js";
import { answerPress, parseAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";
import { describePlace } from "../render.js";
import type { Texts } from "../texts.js";
import { asksLanguageChoice, languageNamed } from "./typed-language.js";

export interface OrientationEntryDependencies {
  readonly knowledge: KnowledgeHolder;
  /**
   * Starts the orientation (every conversation already exited): through the conversations
   * plugin, or directly when its dialogue cannot wait (create-bot).
   */
  readonly startOrientation?: (ctx: BotContext, start: OrientationStart) => Promise<unknown>;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly texts: Texts;
  /** The citizen's own point, in memory only: the profile keeps it rounded. */
  readonly places: ChatMemory<PlaceInUse>;
}

const enterOrientation = (ctx: BotContext, start: OrientationStart) =>
  ctx.conversation.enter(ORIENTATION, start);

const intentOfButton = (knowledge: KnowledgeHolder, data: string): string | null => {
  const action = parseAction(data);
  const intent =
    action.kind === "need" || action.kind === "pick"
      ? action.intent
      : action.kind === "operator"
        ? OPERATOR_INTENT
        : null;
  return intent !== null && knowledge.current.intent(intent) !== undefined ? intent : null;
};

/**
 * The answer's "Vuoi essere ricontattato?" is answered only while it is the last question
 * asked: a command, a button, a location or a language named closes it, so that a later «ok»
 * is not read as yes. (A text the orientation reads takes it itself; a sticker or an edit,
 * only pointed to text, leaves it open.)
 */
export function contactOfferFeature({
  profiles,
  waiting,
}: {
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly waiting: WaitingQuestions;
}) {
  const composer = new LeanComposer<BotContext>();
  composer.chatType("private").use(async (ctx, next) => {
    const text = ctx.message?.text;
    const words = text === undefined || text.startsWith("/") ? [] : tokenize(text);
    const closes =
      ctx.callbackQuery !== undefined ||
      ctx.message?.location !== undefined ||
      ctx.message?.contact !== undefined ||
      text?.startsWith("/") === true ||
      languageNamed(words) !== undefined ||
      asksLanguageChoice(words);
    const chat = String(ctx.chat.id);
    if (closes && (await profiles.get(chat))?.waiting?.kind === "contact-offer")
      await waiting.forget(chat);
    await next();
  });
  return composer;
}

/**
 * Need buttons are valid at any time: installed before the conversations, this closes the
 * question in progress so that it does not take the press as its answer. The orientation is
 * entered further down (orientationEntryFeature), where the conversation is registered.
 */
export function needButtonsFeature({ knowledge }: OrientationEntryDependencies) {
  const composer = new LeanComposer<BotContext>();
  composer.chatType("private").callbackQuery(/^(n:|a:|op$)/, async (ctx, next) => {
    if (intentOfButton(knowledge, ctx.callbackQuery.data) === null) {
      await answerPress(ctx, ctx.t("stale-button"));
      return;
    }
    await ctx.conversation.exitAll();
    await next();
  });
  return composer;
}

/**
 * What reaches the bot when no question is waiting: any text starts an orientation (a
 * language named or asked for in words is the commands'); a shared location is remembered;
 * "change area" asks the area again; a button of a question already closed is answered
 * politely.
 */
export function orientationEntryFeature(deps: OrientationEntryDependencies) {
  const { knowledge, profiles } = deps;
  const startOrientation = deps.startOrientation ?? enterOrientation;
  const restart = async (ctx: BotContext, start: OrientationStart) => {
    await ctx.conversation.exitAll();
    await startOrientation(ctx, start);
  };
  const composer = new LeanComposer<BotContext>();
  const feature = composer.chatType("private");
  feature.on("message:text", (ctx) => restart(ctx, { text: ctx.message.text }));
  feature.on("message:location", async (ctx) => {
    const { latitude: lat, longitude: lon } = ctx.message.location;
    const key = String(ctx.chat.id);
    // The reply to the place or house-number question, when its dialogue ended on it.
    const profile = (await profiles.get(key)) ?? {};
    const waiting = profile.waiting?.kind;
    if (waiting === "place" || waiting === "house-number") {
      await restart(ctx, { location: { lat, lon } });
      return;
    }
    const resolved = knowledge.current.places.resolvePoint({ lat, lon });
    if (resolved.outsideMilan) {
      await ctx.reply(ctx.t("location-outside"));
      return;
    }
    const place = rememberPlace(resolved);
    await profiles.set(key, { ...profile, place });
    const inUse = { remembered: place, point: { lat, lon } };
    deps.places.remember(key, inUse);
    await ctx.reply(ctx.t("location-saved", { place: describePlace(inUse, ctx.t) }), {
      parse_mode: "HTML",
    });
  });
  // A danger answer's "person" button, pressed once its dialogue is over, is /operatore.
  feature.callbackQuery(/^(n:|op$|op:danger$)/, async (ctx, next) => {
    const intent = intentOfButton(knowledge, ctx.callbackQuery.data);
    if (intent === null) return next();
    await answerPress(ctx);
    await restart(ctx, { intent });
  });
  // «Intendevi…?», a need's own question and consent end their dialogue once asked (nothing
  // the citizen wrote waits on disk): their buttons are read against the question waiting.
  feature.callbackQuery(/^(a:|a-other$|q:|h:consent:)/, async (ctx) => {
    await answerPress(ctx);
    await restart(ctx, { reply: ctx.callbackQuery.data });
  });
  feature.callbackQuery("p:change", async (ctx) => {
    await answerPress(ctx);
    await restart(ctx, { changePlace: true });
  });
  feature.callbackQuery("d:spaces", async (ctx) => {
    await answerPress(ctx);
    await restart(ctx, { details: true });
  });
  composer.on("callback_query", (ctx) => answerPress(ctx, ctx.t("stale-button")));
  return composer;
}
