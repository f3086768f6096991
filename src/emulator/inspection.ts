import type { Message } from "grammy/types";
import type { ApiCall, TopicView } from "./types.js";
import type { ChatState, TelegramWorld } from "./world.js";

/**
 * What tests read of the emulated Telegram: the chats as users see them and what the bot
 * did. Read-only, except that waits consume the bot messages they waited for (takeUnread).
 */

/** Messages the bot sent, in order, each in its current (edited) version; deleted ones as last seen. */
export function sentMessages(world: TelegramWorld, chatId?: number): Message[] {
  return world.botLog
    .filter((entry) => chatId === undefined || entry.chatId === chatId)
    .map((entry) => world.currentOrDeleted(entry.chatId, entry.messageId))
    .filter((m): m is Message => m !== undefined);
}

/** What the chat shows now: user and bot messages, oldest first, without deleted ones. */
export function chatHistory(world: TelegramWorld, chatId: number): Message[] {
  const state = world.chatState(chatId);
  if (!state) return [];
  return state.order
    .map((id) => state.messages.get(id))
    .filter((m): m is Message => m !== undefined);
}

/** Bot messages no wait has consumed yet. */
export function unreadMessages(world: TelegramWorld, chatId: number): Message[] {
  const state = world.chatState(chatId);
  if (!state) return [];
  return state.botMessageIds
    .slice(state.readCursor)
    .map((id) => world.currentOrDeleted(chatId, id))
    .filter((m): m is Message => m !== undefined);
}

/** The next `count` unread bot messages, consumed; undefined while fewer have come. */
export function takeUnread(
  world: TelegramWorld,
  chatId: number,
  count: number,
): Message[] | undefined {
  const unread = unreadMessages(world, chatId);
  if (unread.length < count) return undefined;
  const state = world.chatState(chatId) as ChatState;
  state.readCursor += count;
  return unread.slice(0, count);
}

export function topicsOf(world: TelegramWorld, chatId: number): TopicView[] {
  return [...(world.chatState(chatId)?.topics.values() ?? [])].map((t) => ({
    ...t.topic,
    closed: t.closed,
  }));
}

/** The bot's last failed calls, appended to a wait's time-out message. */
export function failedCallsNote(calls: readonly ApiCall[]): string {
  const failed = calls.filter((call) => !call.ok).slice(-5);
  if (failed.length === 0) return "";
  return `; the bot's last failed API calls: ${failed
    .map((call) => `${call.method} → ${call.error_code} ${call.description}`)
    .join(" | ")}`;
}
