import type { HandoffRequest, RequestStatus } from "./request.js";

/** What a new request carries; the repository adds the reference and the timestamps. */
export type NewHandoffRequest = Omit<HandoffRequest, "reference" | "createdAt" | "updatedAt">;

export interface RequestFilter {
  readonly status?: RequestStatus;
  readonly citizenChatId?: number;
}

/**
 * Where handoff requests live. Reads are synchronous (an in-memory view); every write is
 * durable when its promise resolves, so a citizen is told "registered" only after it.
 * Kept small so a server database can replace the embedded file store.
 */
export interface HandoffRepository {
  create(request: NewHandoffRequest): Promise<HandoffRequest>;
  get(reference: string): HandoffRequest | undefined;
  /**
   * Atomic read-modify-write: `change` sees the current version and returns the next one,
   * or null to leave it as it is. Concurrent updates are applied one after the other.
   */
  update(
    reference: string,
    change: (request: HandoffRequest) => HandoffRequest | null,
  ): Promise<HandoffRequest | undefined>;
  list(filter?: RequestFilter): HandoffRequest[];
  /** The request whose operators' notification is this message, or whose topic this is. */
  findByOperatorMessage(
    chatId: number,
    messageId: number | undefined,
    threadId: number | undefined,
  ): HandoffRequest | undefined;
  /**
   * Drops every superseded version from durable storage. Erasing personal data calls it,
   * so an old version of a request cannot keep what the citizen asked to delete.
   */
  compact(): Promise<void>;
  close(): Promise<void>;
}
