interface Waiter {
  check(): void;
  abort(reason: string): void;
}

/**
 * Waits that tests await instead of sleeping: each is a probe re-checked after every API call
 * and every update, so a story goes on as soon as what it waits for has happened.
 */
export class Waiters {
  private readonly waiters = new Set<Waiter>();
  stopping = false;

  constructor(private readonly failureNote: () => string) {}

  until<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const immediate = probe();
    if (immediate !== undefined) return Promise.resolve(immediate);
    if (this.stopping) return Promise.reject(new Error(`BotApiEmulator is stopped; ${describe()}`));
    return new Promise<T>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return;
          finish();
          resolve(value);
        },
        abort: (reason) => {
          finish();
          reject(new Error(`${reason}; ${describe()}`));
        },
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms ${describe()}${this.failureNote()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  abortAll(reason: string): void {
    for (const waiter of [...this.waiters]) waiter.abort(reason);
  }
}
