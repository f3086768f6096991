import type { Logger } from "../logging/index.js";
import { describeError } from "../logging/index.js";
import type { HandoffRepository } from "./repository.js";
import type { HandoffRequest } from "./request.js";

/** Sends one request's notification to the operators; throws when Telegram did not take it. */
export interface OperatorNotifier {
  /**
   * `maybeRepeat`: an earlier attempt may have reached Telegram without the bot learning it
   * (a lost response, a crash): the card then says it may repeat one already there.
   */
  deliver(
    request: HandoffRequest,
    options: { maybeRepeat: boolean },
  ): Promise<{ messageId: number; threadId?: number }>;
}

export interface OutboxOptions {
  readonly now?: () => number;
  readonly logger: Logger;
  /** How long to wait before the next attempt, given the failed attempts so far and the error. */
  readonly backoff?: (attempts: number, error: unknown) => number;
}

const MAX_BACKOFF_MS = 10 * 60 * 1000;
/**
 * How long a notification taken by this instance stays its own: far longer than a send
 * takes, and the wait before another instance sends what a killed one had taken.
 */
const LEASE_MS = 30 * 1000;

/** Exponential from 2 s, capped at 10 minutes; Telegram's retry_after wins when it is longer. */
export function defaultBackoff(attempts: number, error: unknown): number {
  const exponential = Math.min(MAX_BACKOFF_MS, 2000 * 2 ** Math.max(0, attempts - 1));
  const retryAfter = (error as { parameters?: { retry_after?: number } })?.parameters?.retry_after;
  return retryAfter === undefined ? exponential : Math.max(exponential, retryAfter * 1000);
}

/**
 * Delivers operators' notifications from the stored requests themselves (a transactional
 * outbox): a request is written first, as "pending", and this loop sends it, retrying with
 * backoff through network errors, 429s and 5xx, also after a restart. It records the
 * delivered message right away, so a request is notified once.
 */
export class Outbox {
  /**
   * Notifications Telegram took whose record could not be written (full disk): kept here so
   * the next pass records them instead of sending them again.
   */
  private readonly unrecorded = new Map<string, { messageId: number; threadId?: number }>();
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;
  private readonly backoff: (attempts: number, error: unknown) => number;

  constructor(
    private readonly requests: HandoffRepository,
    private readonly notifier: OperatorNotifier,
    private readonly options: OutboxOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.backoff = options.backoff ?? defaultBackoff;
  }

  /** Sends whatever is due now; overlapping calls collapse into one more pass. */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.pass().catch((error: unknown) =>
          this.options.logger.error(
            { error: describeError(error) },
            "operators' outbox pass failed",
          ),
        );
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Checks for due notifications every `intervalMs` until stop(). */
  start(intervalMs = 1000): void {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
    void this.flush();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async pass(): Promise<void> {
    const due = await this.requests.takeDueNotifications(this.now(), LEASE_MS);
    for (const request of due) {
      let sent = this.unrecorded.get(request.reference);
      if (sent === undefined) {
        // The attempt is recorded before it is made: after a crash mid-send, the next copy
        // knows it may be a repeat.
        const maybeRepeat = request.notification.attempts > 0;
        try {
          await this.requests.update(request.reference, (current) => ({
            ...current,
            notification: { ...current.notification, attempts: current.notification.attempts + 1 },
          }));
        } catch (error) {
          this.options.logger.error(
            { reference: request.reference, error: describeError(error) },
            "cannot record a notification attempt: not sending it now",
          );
          continue;
        }
        try {
          sent = await this.notifier.deliver(request, { maybeRepeat });
        } catch (error) {
          await this.recordFailure(request, error);
          continue;
        }
      }
      const delivered = sent;
      try {
        await this.requests.update(request.reference, (current) => ({
          ...current,
          notification: {
            ...current.notification,
            state: "sent",
            messageId: delivered.messageId,
            ...(delivered.threadId === undefined ? {} : { threadId: delivered.threadId }),
          },
        }));
        this.unrecorded.delete(request.reference);
      } catch (error) {
        this.unrecorded.set(request.reference, delivered);
        this.options.logger.error(
          { reference: request.reference, error: describeError(error) },
          "operators' notification sent but not recorded, will record it again",
        );
      }
    }
  }

  /** Never throws: a failure that cannot be recorded (full disk) is retried by the next pass. */
  private async recordFailure(request: HandoffRequest, error: unknown): Promise<void> {
    const current = await this.requests.get(request.reference).catch(() => undefined);
    const attempts = (current ?? request).notification.attempts;
    const described = describeError(error);
    this.options.logger.warn(
      { reference: request.reference, attempts, error: described },
      "operators' notification not delivered, will retry",
    );
    await this.requests
      .update(request.reference, (current) => ({
        ...current,
        notification: {
          ...current.notification,
          attempts,
          nextAttemptAt: this.now() + this.backoff(attempts, error),
          lastError: String(described.description ?? described.type),
        },
      }))
      .catch((writeError: unknown) =>
        this.options.logger.error(
          { reference: request.reference, error: describeError(writeError) },
          "could not record a failed notification attempt",
        ),
      );
  }
}
