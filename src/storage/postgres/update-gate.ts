import type { Pool } from "pg";
import type { Database } from "./database.js";
import { CHAT_LOCK_NAMESPACE } from "./locks.js";

/**
 * Makes several instances handle each update once, and one chat's updates one at a time:
 * one transaction holds the chat's advisory lock, inserts the update's row in
 * processed_updates, and carries every write of the handling (see Database), then commits.
 *
 * - Telegram delivering the update again, to this or another instance: the row is there (or
 *   being inserted, and the insert waits for it), so it is skipped.
 * - Two updates of one chat on two instances: the second waits for the first's lock.
 * - An instance killed mid-update: its transaction ends with its connection; nothing of the
 *   update is kept, and Telegram's redelivery is handled in full elsewhere.
 *
 * The pool is its own, apart from the background work's: a connection waiting here for a
 * lock is never one the lock's holder needs to finish.
 */
export class UpdateGate {
  constructor(
    private readonly pool: Pool,
    private readonly database: Database,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `handle` unless the update was handled already; says whether it ran. */
  async run(updateId: number, chatId: number | undefined, handle: () => Promise<void>) {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query("BEGIN");
      if (chatId !== undefined) {
        await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [
          CHAT_LOCK_NAMESPACE,
          String(chatId),
        ]);
      }
      const { rowCount } = await client.query(
        "INSERT INTO processed_updates (update_id, processed_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        [updateId, this.now()],
      );
      if (rowCount === 0) {
        await client.query("ROLLBACK");
        return false;
      }
      const afterCommit = await this.database.withinUpdate(client, updateId, handle);
      await client.query("COMMIT");
      afterCommit();
      return true;
    } catch (error) {
      // A connection that cannot even roll back is dropped, not handed to the next update.
      await client.query("ROLLBACK").catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Forgets handled updates older than `ageMs`: Telegram gives up redelivering within a day. */
  async forgetOlderThan(ageMs: number): Promise<number> {
    const { rowCount } = await this.database.query(
      "DELETE FROM processed_updates WHERE processed_at < $1",
      [this.now() - ageMs],
    );
    return rowCount ?? 0;
  }
}
