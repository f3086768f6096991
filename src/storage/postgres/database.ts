import { AsyncLocalStorage } from "node:async_hooks";
import type { Pool, PoolClient, QueryResult, QueryResultRow } from "pg";

interface UpdateScope {
  readonly updateId: number;
  readonly client: PoolClient;
  /** False once the update's transaction has ended: late work goes to the pool. */
  open: boolean;
  readonly afterCommit: Array<() => void>;
}

/**
 * The connection pool, plus the transaction of the update being handled, if any. Inside an
 * update (see UpdateGate) every query joins that update's transaction, so an update's writes
 * and the record that it was handled commit together or not at all: an instance killed
 * mid-update leaves nothing half-done, and the update handled again elsewhere is handled in
 * full, once. Outside an update (background work), queries use the pool.
 */
export class Database {
  private readonly scope = new AsyncLocalStorage<UpdateScope>();

  constructor(readonly pool: Pool) {}

  private current(): UpdateScope | undefined {
    const scope = this.scope.getStore();
    return scope?.open ? scope : undefined;
  }

  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>> {
    return (this.current()?.client ?? this.pool).query<R>(text, values);
  }

  /** Runs `task` in a transaction: the update's own, or a new one on a pooled connection. */
  async transaction<T>(task: (query: Database["query"]) => Promise<T>): Promise<T> {
    const scope = this.current();
    if (scope) return task((text, values) => scope.client.query(text, values));
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await task((text, values) => client.query(text, values));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Runs `handle` with every query joining `client`'s open transaction, which the caller
   * begins and ends. Returns what is to run once that transaction has committed.
   */
  async withinUpdate(
    client: PoolClient,
    updateId: number,
    handle: () => Promise<void>,
  ): Promise<() => void> {
    const scope: UpdateScope = { updateId, client, open: true, afterCommit: [] };
    try {
      await this.scope.run(scope, handle);
    } finally {
      scope.open = false;
    }
    return () =>
      this.scope.exit(() => {
        for (const task of scope.afterCommit) task();
      });
  }

  /** The id of the update being handled, if any. */
  updateId(): number | undefined {
    return this.current()?.updateId;
  }

  /** Runs `task` once the current update has committed; at once outside an update. */
  afterUpdate(task: () => void): void {
    const scope = this.current();
    if (scope) scope.afterCommit.push(task);
    else this.scope.exit(task);
  }
}
