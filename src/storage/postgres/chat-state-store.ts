import type { z } from "zod";
import type { CorruptFileHandler, KeyValueStore } from "../json-directory-store.js";
import type { Database } from "./database.js";

/**
 * The per-chat key-value store in one table, a `kind` per use (profiles, conversations).
 * No cache: another instance may have written the row since, and a chat's updates are
 * serialised across instances by the per-chat lock, so a read is always the latest write.
 */
export class PgChatStateStore<S extends z.ZodType> implements KeyValueStore<z.infer<S>> {
  constructor(
    private readonly db: Database,
    private readonly kind: string,
    private readonly schema: S,
    private readonly now: () => number = Date.now,
    private readonly onCorrupt: CorruptFileHandler = () => {},
  ) {}

  async get(key: string): Promise<z.infer<S> | undefined> {
    const { rows } = await this.db.query<{ value: unknown }>(
      "SELECT value FROM chat_state WHERE kind = $1 AND key = $2",
      [this.kind, key],
    );
    if (rows[0] === undefined) return undefined;
    const parsed = this.schema.safeParse(rows[0].value);
    if (parsed.success) return parsed.data;
    // Same rule as the files: one chat's broken state must not stop the bot for everyone.
    this.onCorrupt(`chat_state ${this.kind}/${key}`, parsed.error.issues[0]?.message ?? "invalid");
    return undefined;
  }

  async set(key: string, value: z.infer<S>): Promise<void> {
    await this.db.query(
      `INSERT INTO chat_state (kind, key, value, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [this.kind, key, JSON.stringify(value), this.now()],
    );
  }

  /** Stores an entry written at `writtenAt` unless the key has one (db:import); says whether. */
  async importEntry(key: string, value: z.infer<S>, writtenAt: number): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `INSERT INTO chat_state (kind, key, value, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (kind, key) DO NOTHING`,
      [this.kind, key, JSON.stringify(value), writtenAt],
    );
    return rowCount === 1;
  }

  async delete(key: string): Promise<void> {
    await this.db.query("DELETE FROM chat_state WHERE kind = $1 AND key = $2", [this.kind, key]);
  }

  async keys(): Promise<string[]> {
    const { rows } = await this.db.query<{ key: string }>(
      "SELECT key FROM chat_state WHERE kind = $1 ORDER BY key",
      [this.kind],
    );
    return rows.map((row) => row.key);
  }

  /** Deletes the entries not written for longer than `ageMs`; returns how many went. */
  async deleteOlderThan(ageMs: number, now: number = this.now()): Promise<number> {
    const { rowCount } = await this.db.query(
      "DELETE FROM chat_state WHERE kind = $1 AND updated_at < $2",
      [this.kind, now - ageMs],
    );
    return rowCount ?? 0;
  }
}
