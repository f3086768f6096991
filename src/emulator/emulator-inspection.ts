import type {
  BotCommand,
  BotCommandScope,
  CallbackQuery,
  MenuButton,
  Message,
  Update,
} from "grammy/types";
import { EmulatorCore } from "./emulator-core.js";
import { chatHistory, sentMessages, takeUnread, topicsOf, unreadMessages } from "./inspection.js";
import type {
  ApiCall,
  CallbackAnswer,
  InlineButtonView,
  RegisteredCommands,
  ReplyKeyboardButton,
  TopicView,
} from "./types.js";
import { buttonsOf } from "./users.js";

// Generous for a loaded machine: a story fails only when the reply never comes, and the tests
// that expect silence pass their own short wait.
const DEFAULT_WAIT_MS = 5000;

/** What a test reads of the emulated Telegram, and the waits on it (no sleeps in tests). */
export class EmulatorInspection extends EmulatorCore {
  // ---------------------------------------------------------------- inspection

  /** Messages the bot sent, in order, each in its current (edited) version; deleted ones as last seen. */
  sentMessages(chatId?: number): Message[] {
    return sentMessages(this.world, chatId);
  }

  lastMessage(chatId: number): Message | undefined {
    return this.sentMessages(chatId).at(-1);
  }

  /** What the chat shows now: user and bot messages, oldest first, without deleted ones. */
  chatHistory(chatId: number): Message[] {
    return chatHistory(this.world, chatId);
  }

  /** The current version of a message, or undefined once deleted. */
  messageById(chatId: number, messageId: number): Message | undefined {
    return this.world.chatState(chatId)?.messages.get(messageId);
  }

  /** The emoji the bot reacted with on a message (setMessageReaction), none if it did not. */
  reactionsOf(chatId: number, messageId: number): string[] {
    return this.world.reactions.get(`${chatId}:${messageId}`) ?? [];
  }

  isDeleted(chatId: number, messageId: number): boolean {
    return this.world.deletedMessages.has(`${chatId}:${messageId}`);
  }

  /** Bot messages not yet consumed by nextBotMessage / waitForMessages. */
  unreadMessages(chatId: number): Message[] {
    return unreadMessages(this.world, chatId);
  }

  get callbackAnswers(): readonly CallbackAnswer[] {
    return this.world.answers;
  }

  get commands(): readonly RegisteredCommands[] {
    return this.world.commands.all;
  }

  commandsFor(scope: BotCommandScope = { type: "default" }, languageCode = ""): BotCommand[] {
    return this.world.commands.of(scope, languageCode);
  }

  /** Every API call except getUpdates, in order, with its outcome. */
  get calls(): readonly ApiCall[] {
    return this.apiCalls;
  }

  callsTo(method: string): ApiCall[] {
    const key = method.toLowerCase();
    return this.apiCalls.filter((call) => call.method.toLowerCase() === key);
  }

  /** Inline buttons of the message's current version (or of the given object once it is deleted). */
  buttonsOf(message: Message): InlineButtonView[] {
    return buttonsOf(this.world, message);
  }

  /** The reply keyboard the user currently sees in that chat, if any. */
  replyKeyboardOf(chatId: number): ReplyKeyboardButton[][] | undefined {
    return this.world.chatState(chatId)?.replyKeyboard;
  }

  menuButtonOf(chatId?: number): MenuButton | undefined {
    return this.world.menuButtons.get(chatId ?? "default");
  }

  topicsOf(chatId: number): TopicView[] {
    return topicsOf(this.world, chatId);
  }

  hasLeft(chatId: number): boolean {
    return this.world.chatState(chatId)?.botIsMember === false;
  }

  /** The webhook the bot set (setWebhook), with its secret token. */
  get webhookInfo(): { url: string; secretToken?: string } | undefined {
    return this.updates.webhook;
  }

  /**
   * Takes the updates waiting for the bot, as Telegram would post them to a webhook, for a
   * test to deliver itself (to one instance or another, twice, with a wrong secret…).
   */
  takeUpdates(): Update[] {
    return this.updates.takeAll();
  }

  /** Updates created but not yet confirmed by the bot. */
  get pendingUpdateCount(): number {
    return this.updates.pendingCount;
  }

  get isPolling(): boolean {
    return this.updates.isPolling;
  }

  // ---------------------------------------------------------------- waiting (no sleeps in tests)

  nextBotMessage(chatId: number, timeoutMs = DEFAULT_WAIT_MS): Promise<Message> {
    return this.waitForMessages(chatId, 1, timeoutMs).then((messages) => messages[0] as Message);
  }

  /** Resolves with the next `count` bot messages in the chat that no earlier wait consumed. */
  waitForMessages(chatId: number, count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<Message[]> {
    return this.waiters.until(
      () => takeUnread(this.world, chatId, count),
      timeoutMs,
      () => {
        const unread = this.unreadMessages(chatId).map((m) => m.text ?? m.caption ?? "(no text)");
        return `waiting for ${count} bot message(s) in chat ${chatId}; unread: ${JSON.stringify(unread)}`;
      },
    );
  }

  waitForCallbackAnswer(
    query: CallbackQuery,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<CallbackAnswer> {
    return this.waiters.until(
      () => this.world.answers.find((a) => a.callback_query_id === query.id),
      timeoutMs,
      () => `waiting for an answer to callback query ${query.id} (${query.data ?? ""})`,
    );
  }

  /** Resolves once the bot has a getUpdates long poll pending. */
  waitForPolling(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.waiters
      .until(
        () => (this.updates.isPolling ? true : undefined),
        timeoutMs,
        () => "waiting for the bot to long-poll getUpdates",
      )
      .then(() => undefined);
  }

  /** Re-checked after every API call and every update. */
  waitFor(
    condition: () => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
    description = "waiting for a condition",
  ): Promise<void> {
    return this.waiters
      .until(
        () => (condition() ? true : undefined),
        timeoutMs,
        () => description,
      )
      .then(() => undefined);
  }
}
