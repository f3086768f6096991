import {
  type Api,
  type Bot,
  type Composer,
  type Context,
  GrammyError,
  HttpError,
  type Transformer,
} from "grammy";
import type { Update } from "grammy/types";
import { describeError, type Logger } from "../logging/index.js";
import { isStorageUnavailable } from "../storage/disk.js";
import type { UpdateJournal } from "../storage/update-journal.js";

/**
 * Calls whose failure must not spoil the answer they go with: the command menu, the map pin
 * after an answer, the "typing…" status, the menu button. A failure is logged and the call
 * reads as done.
 */
const NON_ESSENTIAL = new Set([
  "setMyCommands",
  "sendVenue",
  "sendChatAction",
  "setChatMenuButton",
]);

/**
 * The answer to a button press only stops its spinner: it is retried like an essential call,
 * but if it still fails, what the press does (take a request, tell the citizen) goes on.
 */
const PRESS_ANSWER = "answerCallbackQuery";

/**
 * A button press handled a second time (after a crash, see UpdateJournal) finds its query
 * already answered: Telegram refuses the second answer, an expected refusal.
 */
const isSpentQuery = (method: string, result: { ok: boolean; description?: string }) =>
  method === PRESS_ANSWER && /query is too old|query ID is invalid/.test(result.description ?? "");

export function nonEssentialCalls(logger: Logger): Transformer {
  const guarded: Transformer = async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (result.ok) return result;
      if (!isSpentQuery(method, result)) {
        logger.warn(
          { method, error_code: result.error_code, description: result.description },
          "a non-essential call failed; the answer goes on without it",
        );
      }
    } catch (error) {
      logger.warn(
        { method, error: describeError(error) },
        "a non-essential call failed; the answer goes on without it",
      );
    }
    // biome-ignore lint/suspicious/noExplicitAny: nobody reads these methods' results
    return { ok: true, result: true as any };
  };
  // The essential calls pass straight through, without an async step of their own.
  return (prev, method, payload, signal) =>
    NON_ESSENTIAL.has(method) || method === PRESS_ANSWER
      ? guarded(prev, method, payload, signal)
      : prev(method, payload, signal);
}

export interface RetryOptions {
  /** The longest pause between two attempts, so the bot answers soon after the network is back. */
  readonly maxDelayMs?: number;
  /** After this long without a network, the call fails. */
  readonly giveUpAfterMs?: number;
  /** Attempts after a Telegram 5xx. */
  readonly serverErrorRetries?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries calls that did not reach Telegram (network errors) with a short, bounded pause,
 * and Telegram's 5xx a couple of times, instead of auto-retry's pauses that double up to an
 * hour. Non-essential calls are not retried: they must not hold the chat. getUpdates is left
 * to the runner.
 */
export function boundedRetry(options: RetryOptions = {}): Transformer {
  const maxDelayMs = options.maxDelayMs ?? 3000;
  const giveUpAfterMs = options.giveUpAfterMs ?? 10 * 60 * 1000;
  const serverErrorRetries = options.serverErrorRetries ?? 2;
  return async (prev, method, payload, signal) => {
    const started = Date.now();
    const patient = method !== "getUpdates" && !NON_ESSENTIAL.has(method);
    let serverErrors = 0;
    for (let attempt = 0; ; attempt++) {
      const delay = Math.min(maxDelayMs, 250 * 2 ** attempt);
      try {
        const result = await prev(method, payload, signal);
        if (result.ok || result.error_code < 500 || !patient) return result;
        if (serverErrors++ >= serverErrorRetries || signal?.aborted) return result;
      } catch (error) {
        const retry =
          error instanceof HttpError &&
          patient &&
          !signal?.aborted &&
          Date.now() - started < giveUpAfterMs;
        if (!retry) throw error;
      }
      await pause(delay);
    }
  };
}

/** Telegram asked the bot to slow down: a reply now would only meet the same limit. */
export function isRateLimited(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 429;
}

/** The citizen blocked the bot (or left): nothing sent to them now arrives. */
function isBlocked(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 403;
}

/**
 * Updates are confirmed to Telegram only once recorded in the journal, and leave it once
 * handled. Install before any other middleware.
 */
export function journalUpdates<C extends Context>(
  api: Api,
  pipeline: Composer<C>,
  journal: UpdateJournal,
  logger: Logger,
): void {
  /** Sent again by Telegram after the journal replay handled them: confirmed, not handled. */
  const repeated = new Set<number>();
  const journaled: Transformer = async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (!result.ok) return result;
    const updates = result.result as Update[];
    const fresh = journal.notReplayed(updates);
    // Usually none repeated: a batch of a hundred updates is not searched a hundred times.
    if (fresh.length < updates.length) {
      const kept = new Set(fresh);
      for (const update of updates) if (!kept.has(update)) repeated.add(update.update_id);
    }
    await journal
      .record(fresh)
      .catch((error: unknown) =>
        logger.error(
          { error: describeError(error) },
          "updates not journaled: a crash now loses them",
        ),
      );
    // The whole batch goes on, so that the runner's next call confirms it: left out, the
    // repeated ones would stay unconfirmed and come back at once, in a loop.
    return result;
  };
  // Every other call passes straight through, without an async step of its own.
  api.config.use((prev, method, payload, signal) =>
    method === "getUpdates"
      ? journaled(prev, method, payload, signal)
      : prev(method, payload, signal),
  );
  pipeline.use(async (ctx, next) => {
    if (repeated.delete(ctx.update.update_id)) return;
    try {
      await next();
    } finally {
      await journal
        .handled(ctx.update.update_id)
        .catch((error: unknown) =>
          logger.warn({ error: describeError(error) }, "a handled update stays in the journal"),
        );
    }
  });
}

/** Handles what the previous run took from Telegram and did not finish: call before polling. */
export async function replayUnfinished<C extends Context>(
  bot: Bot<C>,
  journal: UpdateJournal,
  logger: Logger,
): Promise<void> {
  for (const update of await journal.unfinished()) {
    logger.info({ update: update.update_id }, "handling an update a previous run did not finish");
    await bot.handleUpdate(update);
  }
}

/**
 * What to tell a citizen when handling their message failed: that requests cannot be stored
 * now (go to a space), or a plain apology; nothing after a 429, which would meet the same
 * limit, nor after a 403, which says they can no longer be written to.
 */
export function apologyFor(error: unknown): "error-storage" | "error-generic" | undefined {
  if (isRateLimited(error) || isBlocked(error)) return undefined;
  return isStorageUnavailable(error) ? "error-storage" : "error-generic";
}
