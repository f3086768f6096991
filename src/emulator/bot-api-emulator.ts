import type {
  BotCommand,
  BotCommandScope,
  CallbackQuery,
  MenuButton,
  Message,
  Update,
  UserFromGetMe,
} from "grammy/types";
import { ChatMethods } from "./chat-methods.js";
import { FaultInjector } from "./faults.js";
import { ApiServer } from "./http.js";
import { botIdentity } from "./identity.js";
import {
  chatHistory,
  failedCallsNote,
  sentMessages,
  takeUnread,
  topicsOf,
  unreadMessages,
} from "./inspection.js";
import {
  documentContent,
  ownContactContent,
  photoContent,
  stickerContent,
  voiceContent,
} from "./media.js";
import { MessageMethods } from "./message-methods.js";
import { type Handler, userOf } from "./params.js";
import type {
  ApiCall,
  BotApiEmulatorOptions,
  CallbackAnswer,
  GroupMessageOptions,
  InjectedFailure,
  InjectedNetworkFault,
  InlineButtonView,
  RegisteredCommands,
  ReplyKeyboardButton,
  TestGroup,
  TestUser,
  TopicView,
  UserMessageInput,
} from "./types.js";
import { UpdateQueue } from "./updates.js";
import type { Uploads } from "./uploads.js";
import { buttonsOf, userEdit, userMessage, userPress } from "./users.js";
import { Waiters } from "./waiting.js";
import { TelegramWorld, TOPIC_DEFAULT_COLOR } from "./world.js";

export type * from "./types.js";

const DEFAULT_WAIT_MS = 2000;

/**
 * An in-process stand-in for api.telegram.org: serves the Bot API methods the bot uses over
 * node:http, enforces the limits Telegram enforces with Telegram's wording, and lets tests play
 * the users' side (messages, button presses, blocking), inject faults on any method, and
 * inspect what the bot did.
 *
 * Shut down in this order so no handle stays open: `await bot.stop(); await emulator.stop();`
 */
export class BotApiEmulator {
  readonly token: string;
  readonly botInfo: UserFromGetMe;

  private readonly world: TelegramWorld;
  /** Bytes of the files the bot uploaded, by message: `emulator.uploads.of(message)`. */
  get uploads(): Uploads {
    return this.world.uploads;
  }
  private readonly updates: UpdateQueue;
  private readonly waiters: Waiters;
  private readonly faults = new FaultInjector();
  private readonly server: ApiServer;
  private readonly apiCalls: ApiCall[] = [];

  constructor(options: BotApiEmulatorOptions = {}) {
    this.token = options.token ?? "123:TEST";
    this.botInfo = botIdentity(this.token, options.botInfo);
    this.waiters = new Waiters(() => failedCallsNote(this.apiCalls));
    this.updates = new UpdateQueue(() => this.waiters.notify());
    this.world = new TelegramWorld(this.botInfo, this.updates, options.now ?? Date.now);
    const handlers: Record<string, Handler> = {
      ...new ChatMethods(this.world).handlers(),
      ...new MessageMethods(this.world, options.strictHtmlEscaping ?? true).handlers(),
    };
    this.server = new ApiServer({
      token: this.token,
      handlers: new Map(Object.entries(handlers).map(([name, h]) => [name.toLowerCase(), h])),
      faults: this.faults,
      record: (call) => this.apiCalls.push(call),
      notify: () => this.waiters.notify(),
    });
  }

  // ---------------------------------------------------------------- lifecycle

  get apiRoot(): string {
    const root = this.server.apiRoot;
    if (root === undefined) throw new Error("BotApiEmulator is not started: await start() first");
    return root;
  }

  async start(): Promise<void> {
    if (this.server.running) return;
    await this.server.start();
    this.updates.stopping = false;
    this.waiters.stopping = false;
  }

  /** Answers a pending long poll with no updates, rejects pending waits, closes every connection. */
  async stop(): Promise<void> {
    if (!this.server.running) return;
    await this.server.stop(() => {
      this.updates.stopping = true;
      this.waiters.stopping = true;
      this.updates.endPoll();
      this.waiters.abortAll("BotApiEmulator was stopped");
    });
  }

  // ---------------------------------------------------------------- test controls: the users' side

  /** A user who started the bot earlier, so the bot may write to them before they write again. */
  addUser(user: TestUser): void {
    this.world.privateChat(user);
  }

  addGroup(group: TestGroup): void {
    this.world.groupChat(group);
  }

  /** Makes a user a member (or admin, or a former member) of a group, as getChatMember reports. */
  setMember(
    group: TestGroup,
    user: TestUser,
    status: "creator" | "administrator" | "member" | "left" | "kicked" = "member",
  ): void {
    this.world.groupChat(group).members.set(user.id, { user: userOf(user), status });
  }

  sendText(user: TestUser, text: string): Message {
    return this.sendMessageUpdate({ from: user, text });
  }

  sendMessageUpdate(input: UserMessageInput): Message {
    return userMessage(this.world, input);
  }

  sendInGroup(
    chat: TestGroup,
    user: TestUser,
    text: string,
    options: GroupMessageOptions = {},
  ): Message {
    return this.sendMessageUpdate({ from: user, chat, text, ...options });
  }

  shareLocation(user: TestUser, latitude: number, longitude: number): Message {
    return this.sendMessageUpdate({ from: user, content: { location: { latitude, longitude } } });
  }

  /** As sent by a `request_contact` keyboard button: the user's own contact card. */
  shareContact(user: TestUser, phoneNumber: string): Message {
    return this.sendMessageUpdate({ from: user, content: ownContactContent(user, phoneNumber) });
  }

  sendSticker(user: TestUser, emoji = "👍"): Message {
    return this.sendMessageUpdate({ from: user, content: stickerContent(this.world, emoji) });
  }

  sendPhoto(user: TestUser, caption?: string): Message {
    return this.sendMessageUpdate({ from: user, content: photoContent(this.world, caption) });
  }

  sendVoice(user: TestUser, durationSeconds = 3): Message {
    return this.sendMessageUpdate({
      from: user,
      content: voiceContent(this.world, durationSeconds),
    });
  }

  sendDocument(user: TestUser, fileName = "document.pdf", mimeType = "application/pdf"): Message {
    return this.sendMessageUpdate({
      from: user,
      content: documentContent(this.world, fileName, mimeType),
    });
  }

  /** The user edits one of their own text messages: an `edited_message` update. */
  editText(user: TestUser, message: Message, newText: string): Message {
    return userEdit(this.world, user, message, newText);
  }

  /**
   * The user taps an inline button of a message the bot sent (its current version), found by
   * callback_data or, failing that, by its text. Returns the callback query the bot receives.
   */
  pressButton(user: TestUser, message: Message, callbackDataOrText: string): CallbackQuery {
    return userPress(this.world, user, message, callbackDataOrText);
  }

  /** The user blocks the bot: later sends to them fail with 403, and the bot gets `my_chat_member`. */
  blockBot(userId: number): void {
    this.world.setBlocked(userId, true);
  }

  unblockBot(userId: number): void {
    this.world.setBlocked(userId, false);
  }

  /** Adds a forum topic created by a user (no update is sent); returns its message_thread_id. */
  addForumTopic(group: TestGroup, name: string): number {
    const state = this.world.groupChat(group);
    return this.world.openTopic(state, name, TOPIC_DEFAULT_COLOR, undefined).message_thread_id;
  }

  // ---------------------------------------------------------------- faults on demand

  /** The next `times` calls of `method` ("*": any method) fail with this Telegram error. */
  failNext(method: string, failure: InjectedFailure): void {
    this.faults.failNext(method, failure);
  }

  /** Every call of `method` ("*": any method) fails with this error until heal(). */
  failAlways(method: string, failure: InjectedFailure): void {
    this.faults.failAlways(method, failure);
  }

  /** Ends failAlways failures: of one method, or all. */
  heal(method?: string): void {
    this.faults.heal(method);
  }

  /** The next calls of `method` lose their connection, before or after the method ran. */
  dropNext(method: string, fault: InjectedNetworkFault): void {
    this.faults.dropNext(method, fault);
  }

  /** The next `times` calls of `method` are answered only after `delayMs`. */
  delayNext(method: string, delayMs: number, times = 1): void {
    this.faults.delayNext(method, delayMs, times);
  }

  /**
   * A network outage: while offline, every connection (pending long polls included) is cut
   * and new ones are dropped unanswered; updates from users keep queueing.
   */
  setOffline(offline: boolean): void {
    this.faults.offline = offline;
    if (offline) this.server.dropConnections();
  }

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
