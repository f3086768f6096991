import { setMostRecent } from "../util/most-recent.js";

const KEPT_MS = 60 * 60 * 1000;
const KEPT_CHATS = 10_000;

/**
 * Something kept about a chat in memory only, never on disk (the citizen's words,
 * their own point): gone after an hour, on restart, and when the citizen erases their data.
 */
export interface ChatMemory<T> {
  remember(chat: string, value: T): void;
  recall(chat: string): T | undefined;
  /** True when there was something to forget. */
  forget(chat: string): boolean;
}

export function chatMemory<T>(now: () => number = Date.now): ChatMemory<T> {
  const kept = new Map<string, { readonly value: T; readonly at: number }>();
  return {
    remember(chat, value) {
      setMostRecent(kept, chat, { value, at: now() }, KEPT_CHATS);
    },
    recall(chat) {
      const entry = kept.get(chat);
      if (entry === undefined || now() - entry.at <= KEPT_MS) return entry?.value;
      kept.delete(chat);
      return undefined;
    },
    forget: (chat) => kept.delete(chat),
  };
}
