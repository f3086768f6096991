import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";

/** Start-up to the work left for later, when no update comes before. */
const LATER_AFTER_MS = 2000;
/**
 * After an answer, the work waits until no update has come for this long. The work holds the
 * forced full collections (compactAfterLoading), which stop the bot for 250-460 ms on 2 busy
 * cores (--trace-gc, load 8): run right after the first answer, they met the citizens who wrote
 * within a second of it (answers of 275-465 ms instead of 15-45).
 */
const QUIET_MS = 2000;
/** If citizens keep writing, the work runs anyway this long after the first answer. */
const LATEST_AFTER_MS = 30_000;

/**
 * Runs `work` once, when the bot has been quiet for QUIET_MS (no update taken, none in hand)
 * after the first update handled since `arm()` (LATEST_AFTER_MS after it at the latest), or
 * LATER_AFTER_MS after `arm()` if none comes: what start-up can leave for later (collecting loading's garbage, scheduling
 * the first retention sweep) does not delay the first answer, nor the ones right after it.
 */
export function afterFirstAnswer(bot: Bot<BotContext>, work: () => void) {
  let armed = false;
  let later: NodeJS.Timeout | undefined;
  let latest: number | undefined;
  /** Updates taken and not yet answered: the collections would stop their answers. */
  let inHand = 0;
  const run = () => {
    if (inHand > 0 && (latest === undefined || Date.now() < latest)) return;
    armed = false;
    clearTimeout(later);
    work();
  };
  const waitFor = (ms: number) => {
    clearTimeout(later);
    later = setTimeout(run, ms).unref();
  };
  const quietOrLatest = () => {
    if (!armed) return;
    latest ??= Date.now() + LATEST_AFTER_MS;
    waitFor(Math.max(0, Math.min(QUIET_MS, latest - Date.now())));
  };
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, webhookReply) => {
    // An update in hand: not now; its answer sets the wait anew once it has gone out.
    quietOrLatest();
    inHand++;
    const done = handle(update, webhookReply);
    const answered = () => {
      inHand--;
      quietOrLatest();
    };
    done.then(answered, answered);
    return done;
  };
  return {
    arm() {
      armed = true;
      waitFor(LATER_AFTER_MS);
    },
    /** At close: the work is not run. */
    cancel() {
      armed = false;
      clearTimeout(later);
    },
  };
}
