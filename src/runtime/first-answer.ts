import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";

/** Start-up to the work left for later, when no update comes before. */
const LATER_AFTER_MS = 2000;
/**
 * After an answer, the work waits until no update has come for this long. The quiet work holds
 * the forced full collections (compactAfterLoading), which stop the bot for 250-460 ms on 2 busy
 * cores (--trace-gc, load 8): run right after the first answer, they met the citizens who wrote
 * within a second of it (answers of 275-465 ms instead of 15-45).
 */
const QUIET_MS = 2000;
/**
 * If citizens keep writing, the work that must run (not the collections) runs anyway this long
 * after the first answer.
 */
const LATEST_AFTER_MS = 30_000;

/** What start-up leaves for after the first answer. */
export interface LaterWork {
  /** Must run, once the bot is quiet or LATEST_AFTER_MS after the first answer at the latest. */
  readonly due: () => void;
  /**
   * Runs only once the bot is quiet, however long citizens keep writing: the forced
   * collections, which at 50 updates a second met the citizens when the half-minute bound
   * came (a p99 of 206 ms against 9 at 20 a second), and which V8's own collections make
   * needless while the bot is busy.
   */
  readonly whenQuiet: () => void;
}

/**
 * Runs `work` once, when the bot has been quiet for QUIET_MS (no update taken, none in hand)
 * after the first update handled since `arm()`, or LATER_AFTER_MS after `arm()` if none comes:
 * what start-up can leave for later (collecting loading's garbage, scheduling the first
 * retention sweep) does not delay the first answer, nor the ones right after it.
 */
export function afterFirstAnswer(bot: Bot<BotContext>, work: LaterWork) {
  let dueLeft = false;
  let quietLeft = false;
  let later: NodeJS.Timeout | undefined;
  let latest: number | undefined;
  /** Updates taken and not yet answered: the collections would stop their answers. */
  let inHand = 0;
  /** When an update was last taken or answered. */
  let lastSeen = Number.NEGATIVE_INFINITY;
  const run = () => {
    const sinceSeen = Date.now() - lastSeen;
    const quiet = inHand === 0 && sinceSeen >= QUIET_MS;
    if (dueLeft && (quiet || (latest !== undefined && Date.now() >= latest))) {
      dueLeft = false;
      work.due();
    }
    if (quietLeft && quiet) {
      quietLeft = false;
      work.whenQuiet();
    } else if (quietLeft && inHand === 0) waitFor(QUIET_MS - sinceSeen);
  };
  const waitFor = (ms: number) => {
    clearTimeout(later);
    later = setTimeout(run, ms).unref();
  };
  const quietOrLatest = () => {
    lastSeen = Date.now();
    if (!quietLeft && !dueLeft) return;
    latest ??= Date.now() + LATEST_AFTER_MS;
    const bound = dueLeft ? latest - Date.now() : QUIET_MS;
    waitFor(Math.max(0, Math.min(QUIET_MS, bound)));
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
      dueLeft = true;
      quietLeft = true;
      waitFor(LATER_AFTER_MS);
    },
    /** At close: the work is not run. */
    cancel() {
      dueLeft = false;
      quietLeft = false;
      clearTimeout(later);
    },
  };
}
