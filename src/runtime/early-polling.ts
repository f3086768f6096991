import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { makePrivateDir } from "../storage/disk.js";
import { UpdateJournal } from "../storage/update-journal.js";
import { leanFetch } from "./http-client.js";

export interface EarlyPolling {
  /**
   * Ends the long poll and waits for it: call before the bot polls, and before it reads the
   * journal. Returns why polling stopped on its own, if it did (never the token).
   */
  stop(): Promise<string | undefined>;
}

/** Telegram's answer to getUpdates. */
interface UpdatesResponse {
  readonly ok: boolean;
  readonly result?: Update[];
  readonly error_code?: number;
  readonly description?: string;
}

const LONG_POLL_SECONDS = 30;
/** The confirming call at stop: start-up does not wait longer for a slow network. */
const CONFIRM_TIMEOUT_MS = 5000;

/** Why polling stopped, in words that never hold the token (the URL is not included). */
const describe = (error: unknown) =>
  `${(error as Error).name}: ${(error as NodeJS.ErrnoException).code ?? ""}`;
const refused = (response: UpdatesResponse) =>
  `getUpdates: ${response.error_code} ${response.description ?? ""}`;

/**
 * Long polling while the bot loads its content (about a second): citizens' updates are taken
 * from Telegram as soon as the process starts, written to the update journal, and only then
 * confirmed (by the next call's offset), exactly as the bot's own polling does. The bot then
 * handles them from the journal (replayUnfinished) before polling itself. Anything unexpected
 * (a network error, a 409, a journal that takes no writes) ends this early polling quietly
 * with nothing confirmed that is not journaled: the bot's own start-up reports the problem.
 *
 * Call only once this process holds DATA_DIR's lock.
 */
export function pollWhileLoading(options: {
  readonly token: string;
  readonly apiRoot: string;
  readonly dataDir: string;
  /** Where taken updates are written (tests hold a write to stop polling in the middle). */
  readonly journal?: Pick<UpdateJournal, "record" | "release">;
}): EarlyPolling {
  const journal = options.journal ?? new UpdateJournal(join(options.dataDir, "updates"));
  const url = `${options.apiRoot}/bot${options.token}/getUpdates`;
  const agent = url.startsWith("https:")
    ? new HttpsAgent({ keepAlive: true })
    : new HttpAgent({ keepAlive: true });
  const controller = new AbortController();
  let stoppedBecause: string | undefined;
  /** The offset that confirms everything journaled so far; 0 before anything was. */
  let journaled = 0;

  const getUpdates = async (params: object, abort: AbortController) => {
    const response = await leanFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(params),
      agent,
      signal: abort.signal,
    });
    return (await response.json()) as UpdatesResponse;
  };

  const loop = async () => {
    while (!controller.signal.aborted) {
      const response = await getUpdates(
        { timeout: LONG_POLL_SECONDS, ...(journaled ? { offset: journaled } : {}) },
        controller,
      );
      if (!response.ok) {
        stoppedBecause = refused(response);
        return;
      }
      const updates = response.result ?? [];
      if (updates.length === 0) continue;
      // Journaled before the next call confirms them; a failed write confirms nothing.
      await journal.record(updates);
      journaled = (updates.at(-1) as Update).update_id + 1;
    }
  };
  const running = makePrivateDir(options.dataDir)
    .then(loop)
    .catch((error: unknown) => {
      if (!controller.signal.aborted) stoppedBecause = describe(error);
    });

  /**
   * A stop that lands while a batch is being journaled leaves it unconfirmed: Telegram would
   * send it again to the bot's own polling, after the bot answered it from the journal. One
   * short call confirms it (an update it returns stays unconfirmed, for the bot's polling).
   * Whether the aborted long poll reached Telegram is unknown, so it is made whenever
   * something was journaled.
   */
  const confirmJournaled = async () => {
    if (journaled === 0) return;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), CONFIRM_TIMEOUT_MS);
    try {
      const response = await getUpdates({ offset: journaled, timeout: 0, limit: 1 }, abort);
      if (!response.ok) {
        stoppedBecause ??= refused(response);
      }
    } catch (error) {
      stoppedBecause ??= describe(error);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async stop() {
      controller.abort();
      await running;
      // The bot reads the batches again from disk: this journal's open files are closed here.
      await journal.release();
      await confirmJournaled();
      agent.destroy();
      return stoppedBecause;
    },
  };
}
