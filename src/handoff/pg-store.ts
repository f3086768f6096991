import type { Database } from "../storage/postgres/database.js";
import { seededRandom } from "../util/seeded-random.js";
import type { HandoffRepository, NewHandoffRequest, RequestFilter } from "./repository.js";
import { type HandoffRequest, handoffRequestSchema, newReference } from "./request.js";

export interface PgHandoffStoreOptions {
  readonly now?: () => number;
  readonly random?: () => number;
}

/** The columns a request is found by, beside the whole request as JSON. */
function columns(request: HandoffRequest) {
  const { notification: n } = request;
  return [
    request.reference,
    request.citizenChatId,
    request.status,
    request.createdAt,
    request.closedAt,
    n.state,
    n.nextAttemptAt,
    n.chatId,
    n.messageId ?? null,
    n.threadId ?? null,
    JSON.stringify(request),
  ];
}

/**
 * Handoff requests in PostgreSQL, shared by every instance. Nothing is held in memory:
 * each read asks the database, so a request written by another instance is seen at once,
 * and start-up costs the same with a hundred requests or a hundred thousand. A write is
 * committed (and so on disk, fsync being PostgreSQL's) before its promise resolves.
 */
export class PgHandoffStore implements HandoffRepository {
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(
    private readonly db: Database,
    options: PgHandoffStoreOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  async create(draft: NewHandoffRequest): Promise<HandoffRequest> {
    const now = this.now();
    // Drawn from the update's id when there is one: an update handled again after its
    // instance died (after telling the citizen the reference, before committing) gives the
    // same reference, so what the citizen was told stays true.
    const updateId = this.db.updateId();
    const random = updateId === undefined ? this.random : seededRandom(updateId);
    // A reference already taken (by any instance) is refused by the primary key: draw again,
    // longer after the first clash, as the file store does.
    for (let length = 4; ; length = Math.min(6, length + 1)) {
      const request = handoffRequestSchema.parse({
        ...draft,
        reference: newReference(random, length),
        createdAt: now,
        updatedAt: now,
      });
      if (await this.insert(request)) return request;
    }
  }

  /**
   * Stores a request as it is, reference and times included, unless its reference is there
   * already (db:import). Says whether it was stored.
   */
  importRequest(request: HandoffRequest): Promise<boolean> {
    return this.insert(handoffRequestSchema.parse(request));
  }

  /** DO NOTHING on a taken reference rather than an error, which would abort the update. */
  private async insert(request: HandoffRequest): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `INSERT INTO handoff_requests (reference, citizen_chat_id, status, created_at, closed_at,
         notify_state, next_attempt_at, op_chat_id, op_message_id, op_thread_id, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (reference) DO NOTHING`,
      columns(request),
    );
    return rowCount === 1;
  }

  async get(reference: string): Promise<HandoffRequest | undefined> {
    const { rows } = await this.db.query<{ data: HandoffRequest }>(
      "SELECT data FROM handoff_requests WHERE reference = $1",
      [reference],
    );
    return rows[0]?.data;
  }

  /** The row is locked while `change` runs, so concurrent updates, from any instance, queue. */
  async update(
    reference: string,
    change: (request: HandoffRequest) => HandoffRequest | null,
  ): Promise<HandoffRequest | undefined> {
    return this.db.transaction(async (query) => {
      const { rows } = await query<{ data: HandoffRequest }>(
        "SELECT data FROM handoff_requests WHERE reference = $1 FOR UPDATE",
        [reference],
      );
      const current = rows[0]?.data;
      if (current === undefined) return undefined;
      const next = change(current);
      if (next === null || next === current) return current;
      const valid = handoffRequestSchema.parse({
        ...next,
        reference: current.reference,
        updatedAt: this.now(),
      });
      // A notification sent or rescheduled is no longer any instance's to send: the lease ends.
      await query(
        `UPDATE handoff_requests SET citizen_chat_id = $2, status = $3, created_at = $4,
           closed_at = $5,
           claimed_until = CASE WHEN notify_state <> $6 OR next_attempt_at <> $7 THEN 0
                                ELSE claimed_until END,
           notify_state = $6, next_attempt_at = $7, op_chat_id = $8, op_message_id = $9,
           op_thread_id = $10, data = $11
         WHERE reference = $1`,
        columns(valid),
      );
      return valid;
    });
  }

  async list(filter: RequestFilter = {}): Promise<HandoffRequest[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (condition: string, value: unknown) => {
      values.push(value);
      where.push(condition.replace("?", `$${values.length}`));
    };
    if (filter.citizenChatId !== undefined) add("citizen_chat_id = ?", filter.citizenChatId);
    if (filter.status !== undefined) add("status = ?", filter.status);
    if (filter.createdSince !== undefined) add("created_at >= ?", filter.createdSince);
    if (filter.createdBefore !== undefined) add("created_at < ?", filter.createdBefore);
    if (filter.closedBefore !== undefined) add("closed_at < ?", filter.closedBefore);
    if (filter.withContact !== undefined)
      add(`(data->'contact' <> 'null'::jsonb) = ?`, filter.withContact);
    if (filter.references !== undefined) add("reference = ANY(?)", [...filter.references]);
    const { rows } = await this.db.query<{ data: HandoffRequest }>(
      `SELECT data FROM handoff_requests ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY created_at, reference`,
      values,
    );
    return rows.map((row) => row.data);
  }

  async findByOperatorMessage(
    chatId: number,
    messageId: number | undefined,
    threadId: number | undefined,
  ): Promise<HandoffRequest | undefined> {
    // The topic wins over the replied-to message, as in the file store.
    for (const [column, id] of [
      ["op_thread_id", threadId],
      ["op_message_id", messageId],
    ] as const) {
      if (id === undefined) continue;
      const { rows } = await this.db.query<{ data: HandoffRequest }>(
        `SELECT data FROM handoff_requests WHERE op_chat_id = $1 AND ${column} = $2 LIMIT 1`,
        [chatId, id],
      );
      if (rows[0]) return rows[0].data;
    }
    return undefined;
  }

  /**
   * Takes the due notifications no other instance holds: SKIP LOCKED passes over rows being
   * taken right now, and the lease (claimed_until) over rows taken and being sent.
   */
  async takeDueNotifications(now: number, leaseMs: number): Promise<HandoffRequest[]> {
    // Background work: on the pool, committed at once, whatever update is being handled.
    const { rows } = await this.db.pool.query<{ data: HandoffRequest }>(
      `UPDATE handoff_requests SET claimed_until = $2
       WHERE reference IN (
         SELECT reference FROM handoff_requests
         WHERE notify_state = 'pending' AND next_attempt_at <= $1 AND claimed_until <= $1
         ORDER BY next_attempt_at LIMIT 20
         FOR UPDATE SKIP LOCKED)
       RETURNING data`,
      [now, now + leaseMs],
    );
    return rows.map((row) => row.data).sort((a, b) => a.createdAt - b.createdAt);
  }

  /**
   * An update leaves the row's old version on disk until vacuum reclaims it: vacuum, so an
   * erased request's personal fields do not outlive the erasure. Vacuum runs outside any
   * transaction: after the update that erased has committed.
   */
  async compact(): Promise<void> {
    this.db.afterUpdate(() => void this.db.pool.query("VACUUM handoff_requests").catch(() => {}));
  }

  /** The pool belongs to the storage backend, which closes it. */
  async close(): Promise<void> {}
}
