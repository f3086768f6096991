import { type RunnerHandle, type RunOptions, run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";

/**
 * Updates handled at once (the runner's default is 500). Each holds its chat's state and
 * its answer in memory; beyond this the runner waits before fetching more, so a burst
 * raises latency a little instead of memory without bound.
 */
const MAX_CONCURRENT_UPDATES = 100;

/** The runner's handle, and a way to wait for the updates it took to be answered. */
export interface Polling extends RunnerHandle {
  /** Resolves once every update taken so far has been handled (the local chat waits on it). */
  handled(): Promise<void>;
}

/**
 * Long polling with the runner. getUpdates is retried every second while the network is down
 * (the runner's default doubles the pause without limit), quietly: its own log lines could
 * show the token. stop() resolves once every update taken has been handled.
 */
export function runPolling(bot: Bot<BotContext>, options?: RunOptions<Update>): Polling {
  const handled = trackHandling(bot);
  const runner = run(bot, {
    ...options,
    runner: { retryInterval: 1000, silent: true, ...options?.runner },
    sink: { concurrency: MAX_CONCURRENT_UPDATES, ...options?.sink },
  });
  return {
    ...runner,
    async stop() {
      await runner.stop();
      await handled();
    },
    handled,
  };
}

/**
 * The runner's stop() only stops fetching: updates already taken may still be running (a
 * /stats loading its chart). This resolves once every update handled so far has finished,
 * so that close() does not pull the storage from under them.
 */
function trackHandling(bot: Bot<BotContext>): () => Promise<void> {
  const handling = new Set<Promise<void>>();
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, webhookReply) => {
    const done = handle(update, webhookReply);
    handling.add(done);
    const forget = () => handling.delete(done);
    done.then(forget, forget);
    return done;
  };
  return async () => {
    await Promise.allSettled([...handling]);
  };
}
