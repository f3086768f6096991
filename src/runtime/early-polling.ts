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
}): EarlyPolling {
  const journal = new UpdateJournal(join(options.dataDir, "updates"));
  const url = `${options.apiRoot}/bot${options.token}/getUpdates`;
  const agent = url.startsWith("https:")
    ? new HttpsAgent({ keepAlive: true })
    : new HttpAgent({ keepAlive: true });
  const controller = new AbortController();
  const listeners = new Set<() => void>();
  // leanFetch takes grammY's signal shape: an aborted flag and abort listeners.
  const signal = {
    get aborted() {
      return controller.signal.aborted;
    },
    addEventListener: (_: "abort", listener: () => void) => {
      listeners.add(listener);
    },
    removeEventListener: (_: "abort", listener: () => void) => {
      listeners.delete(listener);
    },
  };
  let stoppedBecause: string | undefined;

  const loop = async () => {
    let offset: number | undefined;
    while (!controller.signal.aborted) {
      const response = (await leanFetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ timeout: LONG_POLL_SECONDS, ...(offset ? { offset } : {}) }),
        agent,
        signal,
      }).then((r) => r.json())) as UpdatesResponse;
      if (!response.ok) {
        stoppedBecause = `getUpdates: ${response.error_code} ${response.description ?? ""}`;
        return;
      }
      const updates = response.result ?? [];
      if (updates.length === 0) continue;
      // Journaled before the next call confirms them; a failed write confirms nothing.
      await journal.record(updates);
      offset = (updates.at(-1) as Update).update_id + 1;
    }
  };
  const running = makePrivateDir(options.dataDir)
    .then(loop)
    .catch((error: unknown) => {
      if (!controller.signal.aborted) {
        stoppedBecause = `${(error as Error).name}: ${(error as NodeJS.ErrnoException).code ?? ""}`;
      }
    });

  return {
    async stop() {
      controller.abort();
      for (const listener of listeners) listener();
      await running;
      agent.destroy();
      return stoppedBecause;
    },
  };
}
