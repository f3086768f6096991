import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import { z } from "zod";
import type { KeyValueStore } from "./json-directory-store.js";

/** The conversations plugin's own format: checked for shape only, the plugin owns the rest. */
export const versionedStateSchema = z.looseObject({
  version: z.tuple([z.number(), z.union([z.string(), z.number()])]),
  state: z.record(z.string(), z.array(z.unknown())),
});

/**
 * Above this a dialogue is not going anywhere (hundreds of wrong answers to one question):
 * it is dropped rather than let every later step replay an ever longer log.
 */
export const MAX_CONVERSATION_BYTES = 128 * 1024;

type StoredState = z.infer<typeof versionedStateSchema>;

/** A key-value store that can also forget what was not written for a while. */
export interface AgingStore<T> extends KeyValueStore<T> {
  /** Deletes the entries not written for longer than `ageMs`; returns how many went. */
  deleteOlderThan(ageMs: number, now?: number): Promise<number>;
}

export interface ConversationStoreOptions {
  /** Told when a dialogue's state outgrew MAX_CONVERSATION_BYTES and was dropped. */
  readonly onOversize?: (key: string, bytes: number) => void;
}

interface ReplayLog {
  send?: Array<{ payload?: unknown }>;
  receive?: Array<{ send?: number; returnValue?: unknown }>;
}

const PLUGIN_OPS = new Set(["wait", "external", "checkpoint"]);

/** A message the bot sent, as a dialogue may use it later: which one, where, when. */
function sentMessageMinimum(message: Record<string, unknown>): Record<string, unknown> {
  const chat = message.chat as { id?: unknown; type?: unknown } | undefined;
  const kept: Record<string, unknown> = { message_id: message.message_id, date: message.date };
  if (chat) kept.chat = { id: chat.id, type: chat.type };
  if (message.message_thread_id !== undefined) kept.message_thread_id = message.message_thread_id;
  return kept;
}

/** A chat as replay needs it: names and usernames are the user's, kept in `from` only. */
function chatMinimum(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const { id, type } = value as { id?: unknown; type?: unknown };
  return { id, type };
}

/**
 * A sender as replay needs it: who, and the language of their Telegram client. Their names
 * are read only inside `conversation.external` (whose results are what replay keeps), after
 * consent where they are kept at all.
 */
function senderMinimum(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const { id, is_bot, language_code } = value as Record<string, unknown>;
  return { id, is_bot, ...(language_code === undefined ? {} : { language_code }) };
}

function updateMinimum(update: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...update };
  for (const [field, value] of Object.entries(update)) {
    if (typeof value !== "object" || value === null || field === "update_id") continue;
    const inner = { ...(value as Record<string, unknown>) };
    if ("chat" in inner) inner.chat = chatMinimum(inner.chat);
    if ("from" in inner) inner.from = senderMinimum(inner.from);
    delete inner.reply_to_message;
    const message = inner.message as Record<string, unknown> | undefined;
    if (message && typeof message === "object") inner.message = sentMessageMinimum(message);
    out[field] = inner;
  }
  return out;
}

/**
 * Keeps of a dialogue's replay log only what replaying it needs: what the bot sent comes
 * back as which message it was (not its text, which may repeat a name or a phone), chats
 * without their names, senders without their names, no quoted replies. A new log: the
 * plugin's own state is not changed, and what needs no change is shared rather than copied
 * (a write per update).
 */
function minimalReplayLog(log: ReplayLog): ReplayLog {
  if (log.receive === undefined) return log;
  const sends = log.send ?? [];
  const receive = log.receive.map((op) => {
    const payload = String(sends[op.send ?? -1]?.payload ?? "");
    const value = op.returnValue as Record<string, unknown> | undefined;
    if (typeof value !== "object" || value === null) return op;
    if (typeof value.update_id === "number") return { ...op, returnValue: updateMinimum(value) };
    if (PLUGIN_OPS.has(payload) || payload.includes(":") || !value.res) return op;
    const res = value.res as { result?: unknown };
    if (typeof res.result !== "object" || res.result === null || !("message_id" in res.result)) {
      return op;
    }
    const result = sentMessageMinimum(res.result as Record<string, unknown>);
    return { ...op, returnValue: { ...value, res: { ...res, result } } };
  });
  return { ...log, receive };
}

function minimise(state: VersionedState<ConversationData>): VersionedState<ConversationData> {
  const conversations = Object.entries(state.state).map(([name, list]) => [
    name,
    list?.map((conversation) => ({
      ...conversation,
      replay: minimalReplayLog(conversation.replay) as typeof conversation.replay,
    })),
  ]);
  return { ...state, state: Object.fromEntries(conversations) };
}

/** Conversation state per chat, kept in `store`, so it survives a restart mid-question. */
export function conversationStore(
  store: AgingStore<StoredState>,
  options: ConversationStoreOptions = {},
) {
  return {
    read: async (key: string) =>
      (await store.get(key)) as VersionedState<ConversationData> | undefined,
    write: async (key: string, state: VersionedState<ConversationData>) => {
      const kept = minimise(state);
      const bytes = JSON.stringify(kept).length;
      if (bytes > MAX_CONVERSATION_BYTES) {
        options.onOversize?.(key, bytes);
        await store.delete(key);
        return;
      }
      await store.set(key, kept as StoredState);
    },
    delete: (key: string) => store.delete(key),
    /** Forgets conversations left unfinished for longer than `ageMs`. */
    deleteOlderThan: (ageMs: number, now?: number) => store.deleteOlderThan(ageMs, now),
  };
}
export type ConversationStore = ReturnType<typeof conversationStore>;
