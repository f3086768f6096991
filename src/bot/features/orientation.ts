import { Composer } from "grammy";
import { ORIENTATION, type OrientationStart } from "../../conversations/orientation.js";
import type { KnowledgeHolder } from "../../knowledge/index.js";
import type { KeyValueStore } from "../../storage/json-directory-store.js";
import { type ChatProfile, rememberPlace } from "../../storage/profiles.js";
import { parseAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { describePlace } from "../render.js";

export interface OrientationEntryDependencies {
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
}

async function restart(ctx: BotContext, start: OrientationStart) {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(ORIENTATION, start);
}

/** Need buttons: valid at any time, they start the orientation over with that need. */
export function needButtonsFeature({ knowledge }: OrientationEntryDependencies) {
  const composer = new Composer<BotContext>();
  composer.chatType("private").callbackQuery(/^(n:|op$)/, async (ctx) => {
    const action = parseAction(ctx.callbackQuery.data);
    const intent =
      action.kind === "need" ? action.intent : action.kind === "operator" ? "operatore" : null;
    if (intent === null || knowledge.current.intent(intent) === undefined) {
      await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
      return;
    }
    await ctx.answerCallbackQuery();
    await restart(ctx, { intent });
  });
  return composer;
}

/**
 * What reaches the bot when no question is waiting: any text starts an orientation; a
 * shared location is remembered; a button of a question already closed is answered politely.
 */
export function orientationEntryFeature({ knowledge, profiles }: OrientationEntryDependencies) {
  const composer = new Composer<BotContext>();
  const feature = composer.chatType("private");
  feature.on("message:text", (ctx) => restart(ctx, { text: ctx.message.text }));
  feature.on("message:location", async (ctx) => {
    const { latitude: lat, longitude: lon } = ctx.message.location;
    const resolved = knowledge.current.places.resolvePoint({ lat, lon });
    if (resolved.outsideMilan) {
      await ctx.reply(ctx.t("location-outside"));
      return;
    }
    const place = rememberPlace(resolved);
    const key = String(ctx.chat.id);
    await profiles.set(key, { ...((await profiles.get(key)) ?? {}), place });
    await ctx.reply(ctx.t("location-saved", { place: describePlace(place, ctx.t) }), {
      parse_mode: "HTML",
    });
  });
  composer.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("stale-button") }));
  return composer;
}
