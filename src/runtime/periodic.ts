/**
 * A background task run now and then. Runs never overlap, and stop() waits for the one in
 * progress, so nothing writes into storage that is being closed (or a folder being removed).
 */
export interface PeriodicTask {
  /** Runs the task now (unless a run is in progress), then every `everyMs`. */
  start(options?: { readonly now?: boolean }): void;
  /** Runs the task now, unless a run is in progress. */
  runNow(): void;
  stop(): Promise<void>;
}

export function periodic(task: () => Promise<unknown>, everyMs: number): PeriodicTask {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const run = () => {
    // A task reports its own failures; a rejection here must not go unhandled.
    running ??= task()
      .catch(() => {})
      .finally(() => {
        running = undefined;
      });
  };
  return {
    start(options) {
      if (options?.now) run();
      timer = setInterval(run, everyMs);
      timer.unref();
    },
    runNow: run,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
