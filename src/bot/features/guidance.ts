import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";

/**
 * Messages the bot cannot read (stickers, photos, voice notes, files…) and edits get a
 * short, friendly pointer instead of silence. A question in progress stays open.
 */
export function guidanceFeature() {
  const composer = new LeanComposer<BotContext>();
  const feature = composer.chatType("private");
  feature.on(
    [
      "message:sticker",
      "message:photo",
      "message:voice",
      "message:audio",
      "message:video",
      "message:video_note",
      "message:animation",
      "message:document",
      "message:poll",
      "message:dice",
      "message:venue",
    ],
    (ctx) => ctx.reply(ctx.t("media-not-supported")),
  );
  feature.on("edited_message", (ctx) => ctx.reply(ctx.t("edited-ignored")));
  return composer;
}
