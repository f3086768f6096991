import type { Outbox } from "../handoff/outbox.js";
import type { HandoffRepository } from "../handoff/repository.js";
import { applyRetention } from "../handoff/retention.js";
import { describeError, type Logger } from "../logging/index.js";
import type { StorageBackend } from "../storage/backend.js";
import { periodic } from "./periodic.js";

const RETENTION_SWEEP_MS = 60 * 60 * 1000;
const ERASURE_FOLLOW_MS = 2000;
const REMINDER_SWEEP_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the bot does besides answering, from start until close. */
export interface BackgroundWork {
  /** Notification delivery and the periodic tasks (the first sweep when sweepNow() says). */
  start(): void;
  /** A retention sweep now, unless one is running. */
  sweepNow(): void;
  /** Waits for the runs in progress (sweep, erasure, reminder), then for delivery. */
  stop(): Promise<void>;
}

export interface BackgroundOptions {
  readonly storage: StorageBackend;
  readonly requests: HandoffRepository;
  readonly conversations: { deleteOlderThan(ageMs: number, now?: number): Promise<number> };
  readonly review: { applyRetention(): Promise<number> };
  readonly delivery: Outbox;
  /** Tells operators' chats what a citizen's erasure removed from them. */
  readonly followErasures: () => Promise<unknown>;
  readonly remindClaims: () => Promise<number>;
  readonly retentionDays: number;
  readonly now: () => number;
  readonly logger: Logger;
}

/**
 * Notification delivery, erasures followed in operators' chats, claim reminders, and the
 * minimum storage: closed requests lose their personal fields after the retention period, a
 * citizen silent that long is forgotten, and an unfinished dialogue (which may hold a name or
 * phone typed before confirming) is dropped after a day.
 */
export function backgroundWork(options: BackgroundOptions): BackgroundWork {
  const { storage, requests, retentionDays, now, logger } = options;
  const retention = async () => {
    try {
      // On one instance at a time when several share a database.
      await storage.sweep(async () => {
        await applyRetention(requests, retentionDays, now());
        await storage.profiles.deleteOlderThan(retentionDays * DAY_MS, now());
        await options.conversations.deleteOlderThan(DAY_MS, now());
        // What was set aside as unreadable may hold the same personal data: gone after a day.
        await storage.forgetSetAside(DAY_MS, now());
      });
      await options.review.applyRetention();
    } catch (error) {
      logger.error({ error: describeError(error) }, "retention sweep failed");
    }
  };
  const tasks = {
    retention: periodic(retention, RETENTION_SWEEP_MS),
    erasures: periodic(options.followErasures, ERASURE_FOLLOW_MS),
    reminders: periodic(options.remindClaims, REMINDER_SWEEP_MS),
  };
  return {
    start() {
      options.delivery.start();
      tasks.retention.start();
      tasks.erasures.start();
      tasks.reminders.start();
    },
    sweepNow: () => tasks.retention.runNow(),
    async stop() {
      await Promise.all(Object.values(tasks).map((task) => task.stop()));
      await options.delivery.stop();
    },
  };
}
