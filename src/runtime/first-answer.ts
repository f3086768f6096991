import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";

/** Start-up to the work left for after the first answer, when no update comes before. */
const LATER_AFTER_MS = 2000;

/**
 * Runs `work` once, after the first update handled since `arm()` has been answered, or
 * LATER_AFTER_MS after `arm()` if none comes: what start-up can leave for later (collecting
 * loading's garbage, scheduling the first retention sweep) does not delay the first answer.
 */
export function afterFirstAnswer(bot: Bot<BotContext>, work: () => void) {
  let later: NodeJS.Timeout | undefined;
  const run = () => {
    if (later === undefined) return;
    clearTimeout(later);
    later = undefined;
    work();
  };
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, webhookReply) => {
    const done = handle(update, webhookReply);
    if (later !== undefined) {
      const next = () => setImmediate(run);
      done.then(next, next);
    }
    return done;
  };
  return {
    arm() {
      later = setTimeout(run, LATER_AFTER_MS).unref();
    },
    /** At close: the work is not run. */
    cancel() {
      clearTimeout(later);
      later = undefined;
    },
  };
}
