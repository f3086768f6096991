import type { Update } from "grammy/types";
import {
  ApiError,
  badRequest,
  type CallContext,
  intParam,
  jsonParam,
  type Params,
  stringParam,
} from "./params.js";

interface PendingPoll {
  wake(): void;
  end(): void;
  conflict(): void;
}

/** Update types Telegram sends when `allowed_updates` is empty or was never given. */
const NOT_SENT_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

/**
 * Telegram's side of getUpdates: updates wait here until the bot confirms them (by asking
 * with a higher offset), one long poll at a time, a second one ending the first with 409.
 */
export class UpdateQueue {
  private readonly updates: Update[] = [];
  private nextUpdateId = 1;
  private allowedUpdates: Set<string> | undefined;
  private poll: PendingPoll | undefined;
  /** The webhook the bot set (setWebhook); the test delivers the updates itself. */
  webhook: { url: string; secretToken?: string } | undefined;
  stopping = false;

  constructor(private readonly notify: () => void) {}

  get pendingCount(): number {
    return this.updates.length;
  }

  get isPolling(): boolean {
    return this.poll !== undefined;
  }

  /** Ends a pending long poll with no updates. */
  endPoll(): void {
    this.poll?.end();
  }

  dropPending(): void {
    this.updates.length = 0;
  }

  setWebhook(p: Params): true {
    const url = stringParam(p.url);
    if (url === undefined || !url.startsWith("https://")) {
      throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    const secretToken = stringParam(p.secret_token);
    this.webhook = { url, ...(secretToken === undefined ? {} : { secretToken }) };
    this.setAllowed(p.allowed_updates);
    return true;
  }

  /** Every waiting update of a type the bot asked for, taken: as Telegram posts to a webhook. */
  takeAll(): Update[] {
    this.deliverable(this.updates.length); // drops the types the bot did not ask for
    return this.updates.splice(0);
  }

  private setAllowed(value: unknown): void {
    const allowed = jsonParam(value);
    if (Array.isArray(allowed)) {
      this.allowedUpdates = allowed.length > 0 ? new Set(allowed.map(String)) : undefined;
    }
  }

  get allowed(): string[] | undefined {
    return this.allowedUpdates ? [...this.allowedUpdates] : undefined;
  }

  enqueue(content: Record<string, unknown>): void {
    this.updates.push({ update_id: this.nextUpdateId++, ...content } as Update);
    this.poll?.wake();
    this.notify();
  }

  getUpdates(p: Params, ctx: CallContext): Update[] | Promise<Update[]> {
    const offset = intParam(p.offset);
    const limit = Math.min(100, Math.max(1, intParam(p.limit) ?? 100));
    const timeoutSeconds = Math.max(0, intParam(p.timeout) ?? 0);
    this.setAllowed(p.allowed_updates);

    if (offset !== undefined && offset < 0) {
      this.updates.splice(0, Math.max(0, this.updates.length + offset));
    } else if (offset !== undefined) {
      const confirmed = this.updates.findIndex((u) => u.update_id >= offset);
      this.updates.splice(0, confirmed === -1 ? this.updates.length : confirmed);
    }

    // Telegram lets only one getUpdates wait at a time and ends the older one with a conflict.
    this.poll?.conflict();

    const ready = this.deliverable(limit);
    if (ready.length > 0 || timeoutSeconds === 0 || this.stopping) return ready;

    return new Promise<Update[]>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        if (this.poll === poll) this.poll = undefined;
      };
      const poll: PendingPoll = {
        wake: () => {
          const batch = this.deliverable(limit);
          if (batch.length === 0) return;
          finish();
          resolve(batch);
        },
        end: () => {
          finish();
          resolve([]);
        },
        conflict: () => {
          finish();
          reject(
            new ApiError(
              409,
              "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
            ),
          );
        },
      };
      const timer = setTimeout(() => poll.end(), timeoutSeconds * 1000);
      this.poll = poll;
      // The answer goes nowhere, but settling lets stop() stop waiting for this request.
      ctx.onClientGone(() => poll.end());
      this.notify();
    });
  }

  private deliverable(limit: number): Update[] {
    const allowed = this.allowedUpdates;
    const isWanted = (update: Update) => {
      const type = Object.keys(update).find((k) => k !== "update_id") ?? "";
      return allowed ? allowed.has(type) : !NOT_SENT_BY_DEFAULT.has(type);
    };
    // Telegram never stores updates of unwanted types, so they are dropped, not postponed.
    for (let k = this.updates.length - 1; k >= 0; k--) {
      if (!isWanted(this.updates[k] as Update)) this.updates.splice(k, 1);
    }
    return this.updates.slice(0, limit);
  }
}
