import type { HandoffRequest, RequestStatus } from "./request.js";

/** What a new request carries; the repository adds the reference and the timestamps. */
export type NewHandoffRequest = Omit<HandoffRequest, "reference" | "createdAt" | "updatedAt">;

export interface RequestFilter {
  readonly status?: RequestStatus;
  readonly citizenChatId?: number;
  /** Created at or after this time. */
  readonly createdSince?: number;
  /** Created before this time. */
  readonly createdBefore?: number;
  /** Closed (or withdrawn) before this time. */
  readonly closedBefore?: number;
  /** Whether the contact details are still there (false: erased). */
  readonly withContact?: boolean;
  /** Only these requests. */
  readonly references?: ReadonlySet<string>;
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

export interface StorageWatch {
  /** The first write that failed because storage takes no writes (full, read-only). */
  readonly onUnavailable: (error: unknown) => void;
  /** The first write that succeeded after that. */
  readonly onRecovered: () => void;
}

/**
 * The same repository, telling once when its writes start failing for lack of storage and
 * once when they work again (so the operators' chat hears of it once, not per request).
 */
export function watchedRepository(
  repository: HandoffRepository,
  isUnavailable: (error: unknown) => boolean,
  watch: StorageWatch,
): HandoffRepository {
  let unavailable = false;
  const observe = async <T>(write: Promise<T>): Promise<T> => {
    try {
      const result = await write;
      if (unavailable) {
        unavailable = false;
        watch.onRecovered();
      }
      return result;
    } catch (error) {
      if (!unavailable && isUnavailable(error)) {
        unavailable = true;
        watch.onUnavailable(error);
      }
      throw error;
    }
  };
  return {
    ...bound(repository),
    create: (request) => observe(repository.create(request)),
    update: (reference, change) => observe(repository.update(reference, change)),
    compact: () => observe(repository.compact()),
  };
}

const REPEAT_WINDOW_MS = 10 * 60 * 1000;

const sameAsked = (a: NewHandoffRequest, b: HandoffRequest) =>
  a.citizenChatId === b.citizenChatId &&
  a.intent === b.intent &&
  a.spaceId === b.spaceId &&
  a.municipio === b.municipio &&
  JSON.stringify(a.contact) === JSON.stringify(b.contact);

/**
 * The same repository where creating a request that is already there (same citizen, need
 * and contact details, open, made minutes ago) returns that request. An update handled again
 * after a crash (see UpdateJournal) then confirms the one request instead of making a second.
 */
export function withoutRepeatedCreates(
  repository: HandoffRepository,
  now: () => number,
): HandoffRepository {
  return {
    ...bound(repository),
    async create(request) {
      const earlier = (
        await repository.list({ citizenChatId: request.citizenChatId, status: "open" })
      ).find((r) => now() - r.createdAt < REPEAT_WINDOW_MS && sameAsked(request, r));
      return earlier ?? repository.create(request);
    },
  };
}

function bound(repository: HandoffRepository): HandoffRepository {
  return {
    create: (request) => repository.create(request),
    get: (reference) => repository.get(reference),
    update: (reference, change) => repository.update(reference, change),
    list: (filter) => repository.list(filter),
    takeDueNotifications: (now, leaseMs) => repository.takeDueNotifications(now, leaseMs),
    findByOperatorMessage: (chatId, messageId, threadId) =>
      repository.findByOperatorMessage(chatId, messageId, threadId),
    compact: () => repository.compact(),
    close: () => repository.close(),
  };
}
