import type { HandoffRequest, RequestStatus } from "./request.js";

/** What a new request carries; the repository adds the reference and the timestamps. */
export type NewHandoffRequest = Omit<HandoffRequest, "reference" | "createdAt" | "updatedAt">;

export interface RequestFilter {
  readonly status?: RequestStatus;
  readonly citizenChatId?: number;
  /** Created at or after this time. */
  readonly createdSince?: number;
}

/**
 * Where handoff requests live: the embedded file log or PostgreSQL. Every write is durable
 * when its promise resolves, so a citizen is told "registered" only after it. Reads are
 * asynchronous because a shared database answers them (another instance may have written).
 */
export interface HandoffRepository {
  create(request: NewHandoffRequest): Promise<HandoffRequest>;
  get(reference: string): Promise<HandoffRequest | undefined>;
  /**
   * Atomic read-modify-write: `change` sees the current version and returns the next one,
   * or null to leave it as it is. Concurrent updates are applied one after the other.
   */
  update(
    reference: string,
    change: (request: HandoffRequest) => HandoffRequest | null,
  ): Promise<HandoffRequest | undefined>;
  list(filter?: RequestFilter): Promise<HandoffRequest[]>;
  /** The request whose operators' notification is this message, or whose topic this is. */
  findByOperatorMessage(
    chatId: number,
    messageId: number | undefined,
    threadId: number | undefined,
  ): Promise<HandoffRequest | undefined>;
  /**
   * The requests whose operators' notification is due at `now`, taken for this process for
   * `leaseMs`: another instance sharing the store does not get them until the lease ends or
   * their notification is written (sent, or rescheduled).
   */
  takeDueNotifications(now: number, leaseMs: number): Promise<HandoffRequest[]>;
  /**
   * Drops every superseded version from durable storage. Erasing personal data calls it,
   * so an old version of a request cannot keep what the citizen asked to delete.
   */
  compact(): Promise<void>;
  close(): Promise<void>;
}
