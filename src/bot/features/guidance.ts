import { HANDOFF } from "../../conversations/handoff.js";
import { ORIENTATION } from "../../conversations/orientation.js";
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
  // An edit does not reach the question waiting; while the contact steps run (the only
  // dialogue that waits: an orientation goes on past its consent question, /operatore
  // enters the handoff), the name given («Anna», edited to «Anna Neri») is corrected by
  // typing «mi chiamo …»: said so.
  feature.on("edited_message", (ctx) => {
    const dialogues = ctx.conversation.active(HANDOFF) + ctx.conversation.active(ORIENTATION);
    const during = dialogues > 0 ? "contact" : "other";
    return ctx.reply(ctx.t("edited-ignored", { during }));
  });
  return composer;
}
