import type { DangerDetector } from "../../safety/danger.js";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";

/**
 * Danger is heard at any moment, also in the middle of a question ("Come ti chiami?" answered
 * with "mio marito mi picchia"): the question in progress is closed and the message goes on
 * to the orientation, which answers it first with 112 and 1522.
 */
export function safetyFeature(detectDanger: DangerDetector) {
  const composer = new LeanComposer<BotContext>();
  composer.chatType("private").on("message:text", async (ctx, next) => {
    if (!ctx.message.text.startsWith("/") && detectDanger(ctx.message.text) !== null)
      await ctx.conversation.exitAll();
    await next();
  });
  return composer;
}
