import { type DangerDetector, readDanger } from "../../safety/danger.js";
import { type BotContext, spansOf } from "../context.js";
import { LeanComposer } from "../lean-composer.js";

/**
 * Danger is heard at any moment, also in the middle of a question ("Come ti chiami?" answered
 * with "mio marito mi picchia"): the question in progress is closed and the message goes on
 * to the orientation, which answers it first with 112 and 1522. The reading is kept on the
 * context (`ctx.danger`), so the orientation does not read the message again.
 */
export function safetyFeature(detectDanger: DangerDetector) {
  const composer = new LeanComposer<BotContext>();
  composer.chatType("private").on("message:text", async (ctx, next) => {
    const { text } = ctx.message;
    if (!text.startsWith("/")) {
      ctx.danger = { text, verdict: readDanger(detectDanger, text, spansOf(ctx)) };
      if (ctx.danger.verdict.signal !== null) await ctx.conversation.exitAll();
    }
    await next();
  });
  return composer;
}
