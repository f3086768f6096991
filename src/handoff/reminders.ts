import { describeError, type Logger } from "../logging/index.js";
import type { HandoffRepository } from "./repository.js";
import type { HandoffRequest } from "./request.js";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * An open request nobody claimed is recalled to its operators once it has waited
 * `hours`, then once a day while it still waits. Only a request whose notification
 * reached the chat: there is a card to reply to.
 */
export function reminderDue(request: HandoffRequest, now: number, hours: number): boolean {
  if (request.status !== "open" || request.notification.messageId === undefined) return false;
  if (now - request.createdAt < hours * HOUR_MS) return false;
  return request.remindedAt === undefined || now - request.remindedAt >= DAY_MS;
}

export interface ClaimRemindersOptions {
  /** CLAIM_REMINDER_HOURS. */
  readonly hours: number;
  readonly now: () => number;
  readonly logger: Logger;
}

/** Sends the reminders that are due, one pass at a time; returns how many went. */
export function claimReminders(
  requests: HandoffRepository,
  remind: (request: HandoffRequest, waitedMs: number) => Promise<void>,
  options: ClaimRemindersOptions,
): () => Promise<number> {
  let running: Promise<number> | undefined;
  const pass = async () => {
    let sent = 0;
    // Only requests waiting longer than `hours` can be due: the others are not read.
    const createdBefore = options.now() - options.hours * HOUR_MS;
    for (const request of await requests.list({ status: "open", createdBefore })) {
      const now = options.now();
      if (!reminderDue(request, now, options.hours)) continue;
      try {
        await remind(request, now - request.createdAt);
        // Recorded after sending: a crash in between repeats a reminder rather than losing it.
        await requests.update(request.reference, (current) => ({ ...current, remindedAt: now }));
        sent++;
      } catch (error) {
        options.logger.warn(
          { error: describeError(error), reference: request.reference },
          "could not send a claim reminder; will try at the next pass",
        );
      }
    }
    return sent;
  };
  return () => {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  };
}
