import { z } from "zod";
import { LOCALES } from "../config/locales.js";

/** A citizen's request to be contacted by a WeMi operator. */
export const requestStatusSchema = z.enum(["open", "claimed", "closed", "withdrawn"]);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

/**
 * Bounds of what a citizen types into a request. Together they keep the operators'
 * notification well under Telegram's 4,096 characters, whatever was typed.
 */
export const CONTACT_LIMITS = {
  name: 100,
  phone: 40,
  preferredTime: 200,
  note: 1000,
  needText: 1000,
} as const;

/** Personal data, kept apart so that erasing it is one field. */
export const contactSchema = z.strictObject({
  name: z.string().min(1).max(CONTACT_LIMITS.name),
  /** Null: "contact me here on Telegram", operators write through the relay. */
  phone: z.string().min(1).max(CONTACT_LIMITS.phone).nullable(),
  preferredTime: z.string().max(CONTACT_LIMITS.preferredTime),
  note: z.string().max(CONTACT_LIMITS.note),
  /** The citizen's own words about the need (their start, for a very long message). */
  needText: z.string().max(CONTACT_LIMITS.needText),
});
export type Contact = z.infer<typeof contactSchema>;

export const operatorSchema = z.strictObject({ userId: z.number().int(), name: z.string() });

/** Where the operators' notification went, and whether it has been delivered. */
export const notificationSchema = z.strictObject({
  chatId: z.number().int(),
  state: z.enum(["pending", "sent"]),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number(),
  messageId: z.number().int().optional(),
  threadId: z.number().int().optional(),
  lastError: z.string().optional(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const handoffRequestSchema = z.strictObject({
  reference: z.string().regex(/^WM-[A-Z0-9]{4,6}$/),
  createdAt: z.number(),
  updatedAt: z.number(),
  status: requestStatusSchema,
  citizenChatId: z.number().int(),
  locale: z.enum(LOCALES),
  /**
   * The language the citizen wrote in (ISO 639-1) when the bot only reads it and answered in
   * `locale`: the operator who calls back speaks to a Russian speaker, not an English one.
   */
  language: z.string().min(2).max(3).optional(),
  intent: z.string(),
  municipio: z.number().int().min(1).max(9).nullable(),
  area: z.string().nullable(),
  spaceId: z.string().nullable(),
  /** The spaces the bot recommended, best first: the conversation's summary for operators. */
  recommendedSpaces: z.array(z.string()),
  /** Null once erased (by the citizen or after the retention period): counts stay anonymous. */
  contact: contactSchema.nullable(),
  operator: operatorSchema.nullable(),
  notification: notificationSchema,
  closedAt: z.number().nullable(),
  // Issue 14: time to claim for /stats, the last reminder sent, and whether the citizen
  // answered "was it useful?" (the answer itself is only counted, anonymously).
  claimedAt: z.number().optional(),
  remindedAt: z.number().optional(),
  feedbackGiven: z.boolean().optional(),
});
export type HandoffRequest = z.infer<typeof handoffRequestSchema>;

// No 0/O or 1/I/L: references are read aloud on the phone.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A short reference such as WM-7K3Q, drawn from `random` (injected, for tests and replay). */
export function newReference(random: () => number, length = 4): string {
  let code = "";
  for (let i = 0; i < length; i++) code += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return `WM-${code}`;
}

export const isOpen = (request: HandoffRequest) =>
  request.status === "open" || request.status === "claimed";

/**
 * A citizen's requests, oldest first. Requests made in the same millisecond are ordered by
 * reference, so /stato, /cancella_dati and the dialogue's «was it closed?» all pick the same
 * latest one, whatever order the storage lists them in.
 */
export function oldestFirst(requests: readonly HandoffRequest[]): HandoffRequest[] {
  return [...requests].sort(
    (a, b) => a.createdAt - b.createdAt || (a.reference < b.reference ? -1 : 1),
  );
}

export const latestRequest = (requests: readonly HandoffRequest[]) => oldestFirst(requests).at(-1);

export type ClaimOutcome =
  | { readonly kind: "claimed"; readonly request: HandoffRequest }
  | { readonly kind: "already-yours"; readonly request: HandoffRequest }
  | { readonly kind: "taken"; readonly request: HandoffRequest }
  | { readonly kind: "not-open"; readonly request: HandoffRequest };

/** The first operator to claim wins; claiming again is harmless. */
export function claim(
  request: HandoffRequest,
  operator: { userId: number; name: string },
  now: number,
): ClaimOutcome {
  if (request.status === "claimed") {
    return request.operator?.userId === operator.userId
      ? { kind: "already-yours", request }
      : { kind: "taken", request };
  }
  if (request.status !== "open") return { kind: "not-open", request };
  return {
    kind: "claimed",
    request: { ...request, status: "claimed", operator, updatedAt: now, claimedAt: now },
  };
}

export type CloseOutcome =
  | { readonly kind: "closed"; readonly request: HandoffRequest }
  | { readonly kind: "not-open"; readonly request: HandoffRequest };

export function close(
  request: HandoffRequest,
  operator: { userId: number; name: string },
  now: number,
): CloseOutcome {
  if (!isOpen(request)) return { kind: "not-open", request };
  return {
    kind: "closed",
    request: {
      ...request,
      status: "closed",
      operator: request.operator ?? operator,
      closedAt: now,
      updatedAt: now,
    },
  };
}

export function withdraw(request: HandoffRequest, now: number): HandoffRequest | null {
  if (!isOpen(request)) return null;
  return { ...request, status: "withdrawn", closedAt: now, updatedAt: now };
}

/** Removes what identifies the citizen; the request stays as an anonymous count. */
export function erase(request: HandoffRequest, now: number): HandoffRequest {
  return {
    ...request,
    status: isOpen(request) ? "withdrawn" : request.status,
    closedAt: request.closedAt ?? now,
    contact: null,
    citizenChatId: 0,
    area: null,
    updatedAt: now,
  };
}

/**
 * The citizen's data are gone (their /cancella_dati, or the retention period): nobody is left
 * to write to, and nothing of theirs may be stored again.
 */
export const isErased = (request: HandoffRequest): boolean => request.citizenChatId === 0;

/** Closed or withdrawn requests older than the retention period lose their personal fields. */
export function isPastRetention(
  request: HandoffRequest,
  now: number,
  retentionDays: number,
): boolean {
  return (
    !isOpen(request) &&
    request.contact !== null &&
    request.closedAt !== null &&
    now - request.closedAt > retentionDays * 24 * 60 * 60 * 1000
  );
}
