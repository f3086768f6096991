import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type {
  BotCommand,
  BotCommandScope,
  CallbackQuery,
  Chat,
  ChatFullInfo,
  ForumTopic,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  KeyboardButton,
  MenuButton,
  Message,
  MessageEntity,
  MessageId,
  PhotoSize,
  ResponseParameters,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";
import { MalformedRequestError, readRequestParams, type UploadedFile } from "./request-params.js";
import { EntityParseError, parseTelegramHtml } from "./telegram-html.js";

/** A Telegram user as tests describe one; their private chat with the bot has the same id. */
export interface TestUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** A group the bot belongs to; ids of real groups are negative. Supergroup unless told otherwise. */
export interface TestGroup {
  id: number;
  title: string;
  type?: "group" | "supergroup";
  is_forum?: boolean;
  username?: string;
}

export interface BotApiEmulatorOptions {
  token?: string;
  botInfo?: Partial<UserFromGetMe>;
  /** Refuse bare `&` and `>` in HTML texts (Telegram accepts them). Defaults to true. */
  strictHtmlEscaping?: boolean;
  /** Clock for message dates, in milliseconds. */
  now?: () => number;
}

export interface InjectedFailure {
  status: number;
  description?: string;
  /** Seconds; sent as `parameters.retry_after` (defaults to 1 for a 429). */
  retryAfter?: number;
  /** How many consecutive calls fail; defaults to 1. */
  times?: number;
  /** Only calls about this chat (their chat_id) fail; calls about other chats go through. */
  chatId?: number;
}

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  ok: boolean;
  error_code?: number;
  description?: string;
}

export interface CallbackAnswer {
  callback_query_id: string;
  text?: string;
  show_alert?: boolean;
  url?: string;
  cache_time?: number;
}

export interface InlineButtonView {
  text: string;
  data?: string;
  url?: string;
}

export interface RegisteredCommands {
  scope: BotCommandScope;
  language_code: string;
  commands: BotCommand[];
}

export interface TopicView extends ForumTopic {
  closed: boolean;
}

/** A reply keyboard button as the user sees it (plain-string buttons normalised to `{ text }`). */
export type ReplyKeyboardButton = Exclude<KeyboardButton, string>;

export interface UserMessageInput {
  from: TestUser;
  /** Defaults to the private chat with `from`. */
  chat?: TestGroup;
  text?: string;
  reply_to_message?: Message | number;
  message_thread_id?: number;
  /** Any other message fields (photo, caption, location, ...). */
  content?: Partial<Message>;
}

export interface GroupMessageOptions {
  reply_to_message?: Message | number;
  message_thread_id?: number;
}

type Params = Record<string, unknown>;

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }
}

const badRequest = (reason: string) => new ApiError(400, `Bad Request: ${reason}`);

interface TopicState {
  topic: ForumTopic;
  closed: boolean;
}

interface ChatState {
  chat: Chat;
  nextMessageId: number;
  messages: Map<number, Message>;
  order: number[];
  botMessageIds: number[];
  readCursor: number;
  blocked: boolean;
  botIsMember: boolean;
  topics: Map<number, TopicState>;
  /** Group members by user id; someone who has written in the group is a member. */
  members: Map<
    number,
    { user: User; status: "creator" | "administrator" | "member" | "left" | "kicked" }
  >;
  replyKeyboard?: ReplyKeyboardButton[][];
}

interface PendingPoll {
  wake(): void;
  end(): void;
  conflict(): void;
}

interface Waiter {
  check(): void;
  abort(reason: string): void;
}

interface ParsedMarkup {
  inline?: InlineKeyboardMarkup;
  keyboard?: ReplyKeyboardButton[][];
  removeKeyboard?: true;
}

interface CallContext {
  files: Map<string, UploadedFile>;
  onClientGone(listener: () => void): void;
}

type Handler = (p: Params, ctx: CallContext) => unknown;

/** Update types Telegram sends when `allowed_updates` is empty or was never given. */
const NOT_SENT_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

const INLINE_ACTION_FIELDS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "disabled",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
const DEFAULT_WAIT_MS = 2000;
const TOPIC_DEFAULT_COLOR = 0x6fb9f0;

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function userOf(user: TestUser): User {
  return compact({
    id: user.id,
    is_bot: false,
    first_name: user.first_name,
    last_name: user.last_name,
    username: user.username,
    language_code: user.language_code,
  });
}

function jsonParam(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function intParam(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

function stringParam(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

function boolParam(value: unknown): boolean {
  return value === true || value === "true" || value === 1 || value === "1";
}

function numberParam(p: Params, name: string): number {
  const raw = p[name];
  const value = typeof raw === "string" ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isFinite(value)) throw badRequest(`${name} is empty`);
  return value;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Telegram marks every `/command` (optionally `@botname`) in incoming text; grammY's `bot.command` relies on it. */
function botCommandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const pattern = /(^|\s)(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)(?=\s|$)/g;
  for (const match of text.matchAll(pattern)) {
    const lead = match[1] ?? "";
    const command = match[2] ?? "";
    entities.push({
      type: "bot_command",
      offset: (match.index ?? 0) + lead.length,
      length: command.length,
    });
  }
  return entities;
}

function scopeKey(scope: BotCommandScope, languageCode: string): string {
  const s = scope as { type: string; chat_id?: unknown; user_id?: unknown };
  return JSON.stringify([s.type, s.chat_id ?? null, s.user_id ?? null, languageCode]);
}

function normalizeScope(raw: unknown): BotCommandScope {
  const value = jsonParam(raw);
  if (value === undefined) return { type: "default" };
  if (
    typeof value !== "object" ||
    value === null ||
    typeof (value as { type?: unknown }).type !== "string"
  ) {
    throw badRequest("can't parse BotCommandScope JSON object");
  }
  const scope = { ...(value as Record<string, unknown>) };
  const chatId = intParam(scope.chat_id);
  if (chatId !== undefined) scope.chat_id = chatId;
  return scope as unknown as BotCommandScope;
}

/**
 * An in-process stand-in for api.telegram.org: serves the Bot API methods the bot uses over
 * node:http, enforces the limits Telegram enforces with Telegram's wording, and lets tests play
 * the users' side (messages, button presses, blocking) and inspect what the bot did.
 *
 * Shut down in this order so no handle stays open: `await bot.stop(); await emulator.stop();`
 */
export class BotApiEmulator {
  readonly token: string;
  readonly botInfo: UserFromGetMe;

  private readonly strictHtmlEscaping: boolean;
  private readonly now: () => number;
  private server: Server | undefined;
  private root: string | undefined;
  private stopping = false;

  private readonly chats = new Map<number, ChatState>();
  private readonly updates: Update[] = [];
  private nextUpdateId = 1;
  private allowedUpdates: Set<string> | undefined;
  private webhook: { url: string; secretToken?: string } | undefined;
  private poll: PendingPoll | undefined;

  private readonly failures = new Map<string, InjectedFailure[]>();
  private readonly apiCalls: ApiCall[] = [];
  private readonly botLog: Array<{ chatId: number; messageId: number }> = [];
  private readonly deletedMessages = new Map<string, Message>();
  private readonly reactions = new Map<string, string[]>();
  private readonly answers: CallbackAnswer[] = [];
  private readonly openQueries = new Map<string, CallbackQuery>();
  private nextQueryId = 1;
  private nextFileId = 1;
  private readonly commandSets = new Map<string, RegisteredCommands>();
  private readonly menuButtons = new Map<number | "default", MenuButton>();
  private readonly waiters = new Set<Waiter>();
  private readonly inflight = new Set<Promise<void>>();
  private readonly handlers: Map<string, Handler>;

  constructor(options: BotApiEmulatorOptions = {}) {
    this.token = options.token ?? "123:TEST";
    const botId = Number(this.token.split(":")[0]) || 123;
    this.botInfo = {
      id: botId,
      is_bot: true,
      first_name: "Test Bot",
      username: "test_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
      ...options.botInfo,
    };
    this.strictHtmlEscaping = options.strictHtmlEscaping ?? true;
    this.now = options.now ?? Date.now;
    this.handlers = this.createHandlers();
  }

  // ---------------------------------------------------------------- lifecycle

  get apiRoot(): string {
    if (this.root === undefined)
      throw new Error("BotApiEmulator is not started: await start() first");
    return this.root;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => {
      const done = this.serve(req, res).catch((error: unknown) => {
        this.respond(res, 500, {
          ok: false,
          error_code: 500,
          description: `Internal Server Error: ${String(error)}`,
        });
      });
      this.inflight.add(done);
      void done.finally(() => this.inflight.delete(done));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    this.server = server;
    this.root = `http://127.0.0.1:${port}`;
    this.stopping = false;
  }

  /** Answers a pending long poll with no updates, rejects pending waits, closes every connection. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.stopping = true;
    this.poll?.end();
    for (const waiter of [...this.waiters]) waiter.abort("BotApiEmulator was stopped");
    await Promise.allSettled([...this.inflight]);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    this.server = undefined;
    this.root = undefined;
  }

  // ---------------------------------------------------------------- test controls: the users' side

  /** A user who started the bot earlier, so the bot may write to them before they write again. */
  addUser(user: TestUser): void {
    this.privateChat(user);
  }

  addGroup(group: TestGroup): void {
    this.groupChat(group);
  }

  /** Makes a user a member (or admin, or a former member) of a group, as getChatMember reports. */
  setMember(
    group: TestGroup,
    user: TestUser,
    status: "creator" | "administrator" | "member" | "left" | "kicked" = "member",
  ): void {
    this.groupChat(group).members.set(user.id, { user: userOf(user), status });
  }

  sendText(user: TestUser, text: string): Message {
    return this.sendMessageUpdate({ from: user, text });
  }

  sendMessageUpdate(input: UserMessageInput): Message {
    const state = input.chat ? this.groupChat(input.chat) : this.privateChat(input.from);
    if (state.blocked) {
      throw new Error(
        `user ${input.from.id} has blocked the bot: call unblockBot(${input.from.id}) first`,
      );
    }
    const content: Partial<Message> = { ...input.content };
    if (input.text !== undefined) {
      content.text = input.text;
      const commands = botCommandEntities(input.text);
      if (commands.length > 0) content.entities = commands;
    }
    if (input.chat && !state.members.has(input.from.id)) {
      state.members.set(input.from.id, { user: userOf(input.from), status: "member" });
    }
    const thread = input.message_thread_id;
    let replyTo = this.resolveReplyTarget(state, input.reply_to_message);
    if (thread !== undefined && state.chat.type === "supergroup" && state.chat.is_forum) {
      const topic = state.topics.get(thread);
      if (!topic) throw new Error(`chat ${state.chat.id} has no forum topic ${thread}`);
      replyTo ??= state.messages.get(thread);
    }
    const message = this.storeMessage(state, {
      from: userOf(input.from),
      ...(thread !== undefined ? { message_thread_id: thread, is_topic_message: true } : {}),
      ...(replyTo ? { reply_to_message: this.asReply(replyTo) } : {}),
      ...content,
    });
    this.enqueue({ message });
    return message;
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
    return this.sendMessageUpdate({
      from: user,
      content: {
        contact: compact({
          phone_number: phoneNumber,
          first_name: user.first_name,
          last_name: user.last_name,
          user_id: user.id,
        }),
      },
    });
  }

  sendSticker(user: TestUser, emoji = "👍"): Message {
    const id = this.fileId("sticker");
    return this.sendMessageUpdate({
      from: user,
      content: {
        sticker: {
          file_id: id,
          file_unique_id: `u-${id}`,
          type: "regular",
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
          emoji,
        },
      },
    });
  }

  sendPhoto(user: TestUser, caption?: string): Message {
    return this.sendMessageUpdate({
      from: user,
      content: compact({ photo: this.photoSizes(), caption }),
    });
  }

  sendVoice(user: TestUser, durationSeconds = 3): Message {
    const id = this.fileId("voice");
    return this.sendMessageUpdate({
      from: user,
      content: {
        voice: {
          file_id: id,
          file_unique_id: `u-${id}`,
          duration: durationSeconds,
          mime_type: "audio/ogg",
          file_size: 4096,
        },
      },
    });
  }

  sendDocument(user: TestUser, fileName = "document.pdf", mimeType = "application/pdf"): Message {
    const id = this.fileId("document");
    return this.sendMessageUpdate({
      from: user,
      content: {
        document: {
          file_id: id,
          file_unique_id: `u-${id}`,
          file_name: fileName,
          mime_type: mimeType,
          file_size: 10240,
        },
      },
    });
  }

  /** The user edits one of their own text messages: an `edited_message` update. */
  editText(user: TestUser, message: Message, newText: string): Message {
    const state = this.chatState(message.chat.id);
    const current = state?.messages.get(message.message_id);
    if (!state || !current)
      throw new Error(`message ${message.message_id} is not in chat ${message.chat.id}`);
    if (current.from?.id !== user.id || current.text === undefined) {
      throw new Error(`user ${user.id} can only edit their own text messages`);
    }
    const commands = botCommandEntities(newText);
    const { entities: _dropped, ...rest } = current;
    const edited: Message = {
      ...rest,
      text: newText,
      ...(commands.length > 0 ? { entities: commands } : {}),
      edit_date: this.unixNow(),
    };
    state.messages.set(edited.message_id, edited);
    this.enqueue({ edited_message: edited });
    return edited;
  }

  /**
   * The user taps an inline button of a message the bot sent (its current version), found by
   * callback_data or, failing that, by its text. Returns the callback query the bot receives.
   */
  pressButton(user: TestUser, message: Message, callbackDataOrText: string): CallbackQuery {
    const current = this.chatState(message.chat.id)?.messages.get(message.message_id);
    if (!current)
      throw new Error(`message ${message.message_id} is no longer in chat ${message.chat.id}`);
    const buttons = this.buttonsOf(current);
    const button =
      buttons.find((b) => b.data === callbackDataOrText) ??
      buttons.find((b) => b.text === callbackDataOrText && b.data !== undefined);
    if (!button || button.data === undefined) {
      throw new Error(
        `no callback button "${callbackDataOrText}" on message ${current.message_id}; buttons: ${JSON.stringify(buttons)}`,
      );
    }
    const query: CallbackQuery = {
      id: String(this.nextQueryId++),
      from: userOf(user),
      message: current,
      chat_instance: `ci${current.chat.id}`,
      data: button.data,
    };
    this.openQueries.set(query.id, query);
    this.enqueue({ callback_query: query });
    return query;
  }

  /** The user blocks the bot: later sends to them fail with 403, and the bot gets `my_chat_member`. */
  blockBot(userId: number): void {
    this.setBlocked(userId, true);
  }

  unblockBot(userId: number): void {
    this.setBlocked(userId, false);
  }

  /** Adds a forum topic created by a user (no update is sent); returns its message_thread_id. */
  addForumTopic(group: TestGroup, name: string): number {
    const state = this.groupChat(group);
    return this.openTopic(state, name, TOPIC_DEFAULT_COLOR, undefined).message_thread_id;
  }

  /** The next `times` calls of `method` fail with this Telegram error instead of running. */
  failNext(method: string, failure: InjectedFailure): void {
    const key = method.toLowerCase();
    const queue = this.failures.get(key) ?? [];
    for (let k = 0; k < (failure.times ?? 1); k++) queue.push(failure);
    this.failures.set(key, queue);
  }

  // ---------------------------------------------------------------- inspection

  /** Messages the bot sent, in order, each in its current (edited) version; deleted ones as last seen. */
  sentMessages(chatId?: number): Message[] {
    return this.botLog
      .filter((entry) => chatId === undefined || entry.chatId === chatId)
      .map((entry) => this.currentOrDeleted(entry.chatId, entry.messageId))
      .filter((m): m is Message => m !== undefined);
  }

  lastMessage(chatId: number): Message | undefined {
    return this.sentMessages(chatId).at(-1);
  }

  /** What the chat shows now: user and bot messages, oldest first, without deleted ones. */
  chatHistory(chatId: number): Message[] {
    const state = this.chatState(chatId);
    if (!state) return [];
    return state.order
      .map((id) => state.messages.get(id))
      .filter((m): m is Message => m !== undefined);
  }

  /** The current version of a message, or undefined once deleted. */
  messageById(chatId: number, messageId: number): Message | undefined {
    return this.chatState(chatId)?.messages.get(messageId);
  }

  /** The emoji the bot reacted with on a message (setMessageReaction), none if it did not. */
  reactionsOf(chatId: number, messageId: number): string[] {
    return this.reactions.get(`${chatId}:${messageId}`) ?? [];
  }

  isDeleted(chatId: number, messageId: number): boolean {
    return this.deletedMessages.has(`${chatId}:${messageId}`);
  }

  /** Bot messages not yet consumed by nextBotMessage / waitForMessages. */
  unreadMessages(chatId: number): Message[] {
    const state = this.chatState(chatId);
    if (!state) return [];
    return state.botMessageIds
      .slice(state.readCursor)
      .map((id) => this.currentOrDeleted(chatId, id))
      .filter((m): m is Message => m !== undefined);
  }

  get callbackAnswers(): readonly CallbackAnswer[] {
    return this.answers;
  }

  get commands(): readonly RegisteredCommands[] {
    return [...this.commandSets.values()];
  }

  commandsFor(scope: BotCommandScope = { type: "default" }, languageCode = ""): BotCommand[] {
    return this.commandSets.get(scopeKey(normalizeScope(scope), languageCode))?.commands ?? [];
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
    const current = this.chatState(message.chat.id)?.messages.get(message.message_id) ?? message;
    return (current.reply_markup?.inline_keyboard ?? []).flat().map((button) => {
      const b = button as unknown as Record<string, unknown> & { text: string };
      return compact({
        text: b.text,
        data: typeof b.callback_data === "string" ? b.callback_data : undefined,
        url: typeof b.url === "string" ? b.url : undefined,
      });
    });
  }

  /** The reply keyboard the user currently sees in that chat, if any. */
  replyKeyboardOf(chatId: number): ReplyKeyboardButton[][] | undefined {
    return this.chatState(chatId)?.replyKeyboard;
  }

  menuButtonOf(chatId?: number): MenuButton | undefined {
    return this.menuButtons.get(chatId ?? "default");
  }

  topicsOf(chatId: number): TopicView[] {
    return [...(this.chatState(chatId)?.topics.values() ?? [])].map((t) => ({
      ...t.topic,
      closed: t.closed,
    }));
  }

  hasLeft(chatId: number): boolean {
    return this.chatState(chatId)?.botIsMember === false;
  }

  /** Updates created but not yet confirmed by the bot. */
  /** The webhook the bot set (setWebhook), with its secret token. */
  get webhookInfo(): { url: string; secretToken?: string } | undefined {
    return this.webhook;
  }

  /**
   * Takes the updates waiting for the bot, as Telegram would post them to a webhook, for a
   * test to deliver itself (to one instance or another, twice, with a wrong secret…).
   */
  takeUpdates(): Update[] {
    this.deliverable(this.updates.length); // drops the types the bot did not ask for
    return this.updates.splice(0);
  }

  get pendingUpdateCount(): number {
    return this.updates.length;
  }

  get isPolling(): boolean {
    return this.poll !== undefined;
  }

  // ---------------------------------------------------------------- waiting (no sleeps in tests)

  nextBotMessage(chatId: number, timeoutMs = DEFAULT_WAIT_MS): Promise<Message> {
    return this.waitForMessages(chatId, 1, timeoutMs).then((messages) => messages[0] as Message);
  }

  /** Resolves with the next `count` bot messages in the chat that no earlier wait consumed. */
  waitForMessages(chatId: number, count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<Message[]> {
    return this.waitUntil(
      () => {
        const unread = this.unreadMessages(chatId);
        if (unread.length < count) return undefined;
        const state = this.chatState(chatId) as ChatState;
        state.readCursor += count;
        return unread.slice(0, count);
      },
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
    return this.waitUntil(
      () => this.answers.find((a) => a.callback_query_id === query.id),
      timeoutMs,
      () => `waiting for an answer to callback query ${query.id} (${query.data ?? ""})`,
    );
  }

  /** Resolves once the bot has a getUpdates long poll pending. */
  waitForPolling(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.waitUntil(
      () => (this.poll ? true : undefined),
      timeoutMs,
      () => "waiting for the bot to long-poll getUpdates",
    ).then(() => undefined);
  }

  /** Re-checked after every API call and every update. */
  waitFor(
    condition: () => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
    description = "waiting for a condition",
  ): Promise<void> {
    return this.waitUntil(
      () => (condition() ? true : undefined),
      timeoutMs,
      () => description,
    ).then(() => undefined);
  }

  private waitUntil<T>(
    probe: () => T | undefined,
    timeoutMs: number,
    describe: () => string,
  ): Promise<T> {
    const immediate = probe();
    if (immediate !== undefined) return Promise.resolve(immediate);
    if (this.stopping) return Promise.reject(new Error(`BotApiEmulator is stopped; ${describe()}`));
    return new Promise<T>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return;
          finish();
          resolve(value);
        },
        abort: (reason) => {
          finish();
          reject(new Error(`${reason}; ${describe()}`));
        },
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms ${describe()}${this.failedCallsNote()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private failedCallsNote(): string {
    const failed = this.apiCalls.filter((call) => !call.ok).slice(-5);
    if (failed.length === 0) return "";
    return `; the bot's last failed API calls: ${failed
      .map((call) => `${call.method} → ${call.error_code} ${call.description}`)
      .join(" | ")}`;
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  // ---------------------------------------------------------------- HTTP

  private respond(res: ServerResponse, status: number, body: unknown): void {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = /^\/bot([^/]*)\/([^/]+)$/.exec(url.pathname);
    if (!route) {
      req.resume();
      this.respond(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    const [, token, method = ""] = route;
    if (token !== this.token) {
      req.resume();
      this.respond(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }

    let params: Params = {};
    let outcome: { status: number; body: Record<string, unknown> };
    try {
      const request = await readRequestParams(req, url);
      params = request.params;
      const result = await this.dispatch(method, params, {
        files: request.files,
        onClientGone: (listener) =>
          res.on("close", () => {
            if (!res.writableEnded) listener();
          }),
      });
      outcome = { status: 200, body: { ok: true, result } };
    } catch (error) {
      const failure =
        error instanceof ApiError
          ? error
          : error instanceof MalformedRequestError
            ? new ApiError(400, error.message)
            : new ApiError(500, `Internal Server Error: ${String(error)}`);
      outcome = {
        status: failure.code,
        body: compact({
          ok: false,
          error_code: failure.code,
          description: failure.description,
          parameters: failure.parameters,
        }),
      };
    }

    if (method.toLowerCase() !== "getupdates") {
      this.apiCalls.push(
        compact({
          method,
          params,
          ok: outcome.body.ok === true,
          error_code: outcome.body.error_code as number | undefined,
          description: outcome.body.description as string | undefined,
        }),
      );
    }
    this.respond(res, outcome.status, outcome.body);
    this.notify();
  }

  private async dispatch(method: string, params: Params, ctx: CallContext): Promise<unknown> {
    const key = method.toLowerCase();
    const handler = this.handlers.get(key);
    if (!handler) throw new ApiError(404, "Not Found: method not found");
    const queue = this.failures.get(key) ?? [];
    const chatId = intParam(params.chat_id);
    const index = queue.findIndex((f) => f.chatId === undefined || f.chatId === chatId);
    const injected = index >= 0 ? queue.splice(index, 1)[0] : undefined;
    if (injected) throw this.injectedError(injected);
    return handler(params, ctx);
  }

  private injectedError(failure: InjectedFailure): ApiError {
    if (failure.status === 429) {
      const retryAfter = failure.retryAfter ?? 1;
      return new ApiError(
        429,
        failure.description ?? `Too Many Requests: retry after ${retryAfter}`,
        {
          retry_after: retryAfter,
        },
      );
    }
    const defaults: Record<number, string> = {
      400: "Bad Request",
      401: "Unauthorized",
      403: "Forbidden",
      404: "Not Found",
      409: "Conflict",
      500: "Internal Server Error",
      502: "Bad Gateway",
    };
    return new ApiError(failure.status, failure.description ?? defaults[failure.status] ?? "Error");
  }

  // ---------------------------------------------------------------- methods

  private createHandlers(): Map<string, Handler> {
    const handlers: Record<string, Handler> = {
      getMe: () => this.botInfo,
      getUpdates: (p, ctx) => this.getUpdates(p, ctx),
      deleteWebhook: (p) => {
        if (boolParam(p.drop_pending_updates)) this.updates.length = 0;
        this.webhook = undefined;
        return true;
      },
      setWebhook: (p) => this.setWebhook(p),
      getWebhookInfo: () => ({
        url: this.webhook?.url ?? "",
        has_custom_certificate: false,
        pending_update_count: this.updates.length,
        ...(this.allowedUpdates && this.webhook
          ? { allowed_updates: [...this.allowedUpdates] }
          : {}),
      }),
      setMyCommands: (p) => this.setMyCommands(p),
      getMyCommands: (p) =>
        this.commandsFor(normalizeScope(p.scope), stringParam(p.language_code) ?? ""),
      deleteMyCommands: (p) => {
        this.commandSets.delete(
          scopeKey(normalizeScope(p.scope), stringParam(p.language_code) ?? ""),
        );
        return true;
      },
      sendMessage: (p) => this.sendMessage(p),
      editMessageText: (p) => this.editMessageText(p),
      editMessageReplyMarkup: (p) => this.editMessageReplyMarkup(p),
      deleteMessage: (p) => this.deleteMessage(p),
      answerCallbackQuery: (p) => this.answerCallbackQuery(p),
      setMessageReaction: (p) => this.setMessageReaction(p),
      sendVenue: (p) => this.sendVenue(p),
      sendLocation: (p) =>
        this.sendContent(p, {
          location: {
            latitude: numberParam(p, "latitude"),
            longitude: numberParam(p, "longitude"),
          },
        }),
      sendContact: (p) => this.sendContact(p),
      sendPhoto: (p, ctx) => this.botSendPhoto(p, ctx),
      sendDocument: (p, ctx) => this.botSendDocument(p, ctx),
      sendChatAction: (p) => this.sendChatAction(p),
      createForumTopic: (p) => this.createForumTopic(p),
      closeForumTopic: (p) => this.setTopicClosed(p, true),
      reopenForumTopic: (p) => this.setTopicClosed(p, false),
      copyMessage: (p) => this.copyMessage(p),
      forwardMessage: (p) => this.forwardMessage(p),
      leaveChat: (p) => {
        this.requireChat(p).botIsMember = false;
        return true;
      },
      getChat: (p) => this.getChat(p),
      getChatMember: (p) => {
        const state = this.requireChat(p);
        const userId = intParam(p.user_id);
        const member = userId === undefined ? undefined : state.members.get(userId);
        if (member) return member;
        if (userId === undefined) throw badRequest("user not found");
        return { user: { id: userId, is_bot: false, first_name: "?" }, status: "left" };
      },
      setChatMenuButton: (p) => this.setChatMenuButton(p),
      getChatMenuButton: (p) => {
        const chatId = intParam(p.chat_id);
        return this.menuButtons.get(chatId ?? "default") ?? { type: "default" };
      },
    };
    return new Map(
      Object.entries(handlers).map(([name, handler]) => [name.toLowerCase(), handler]),
    );
  }

  private getUpdates(p: Params, ctx: CallContext): Update[] | Promise<Update[]> {
    const offset = intParam(p.offset);
    const limit = Math.min(100, Math.max(1, intParam(p.limit) ?? 100));
    const timeoutSeconds = Math.max(0, intParam(p.timeout) ?? 0);
    const allowed = jsonParam(p.allowed_updates);
    if (Array.isArray(allowed)) {
      this.allowedUpdates = allowed.length > 0 ? new Set(allowed.map(String)) : undefined;
    }

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

  /** Records the webhook; the test delivers the updates itself (takeUpdates). */
  private setWebhook(p: Params): true {
    const url = stringParam(p.url);
    if (url === undefined || !url.startsWith("https://")) {
      throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    const secretToken = stringParam(p.secret_token);
    this.webhook = { url, ...(secretToken === undefined ? {} : { secretToken }) };
    const allowed = jsonParam(p.allowed_updates);
    if (Array.isArray(allowed)) {
      this.allowedUpdates = allowed.length > 0 ? new Set(allowed.map(String)) : undefined;
    }
    return true;
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

  private enqueue(content: Record<string, unknown>): void {
    this.updates.push({ update_id: this.nextUpdateId++, ...content } as Update);
    this.poll?.wake();
    this.notify();
  }

  private setMyCommands(p: Params): true {
    const commands = jsonParam(p.commands);
    if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
    if (commands.length > 100) throw badRequest("too many commands specified");
    const checked = commands.map((entry: unknown) => {
      const { command, description } = (entry ?? {}) as {
        command?: unknown;
        description?: unknown;
      };
      if (typeof command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command))
        throw badRequest("BOT_COMMAND_INVALID");
      if (typeof description !== "string" || description.length === 0 || description.length > 256) {
        throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
      return { command, description };
    });
    const scope = normalizeScope(p.scope);
    const languageCode = stringParam(p.language_code) ?? "";
    this.commandSets.set(scopeKey(scope, languageCode), {
      scope,
      language_code: languageCode,
      commands: checked,
    });
    return true;
  }

  private sendMessage(p: Params): Message {
    const state = this.requireChat(p);
    const markup = this.parseReplyMarkup(p.reply_markup);
    const { text, entities } = this.parseText(p.text, p.parse_mode, p.entities, "text");
    const linkPreview = jsonParam(p.link_preview_options);
    return this.deliver(state, p, markup, {
      text,
      ...(entities.length > 0 ? { entities } : {}),
      ...(typeof linkPreview === "object" && linkPreview !== null
        ? { link_preview_options: linkPreview as Message["link_preview_options"] }
        : {}),
    });
  }

  private sendContent(p: Params, content: Partial<Message>): Message {
    const state = this.requireChat(p);
    const markup = this.parseReplyMarkup(p.reply_markup);
    return this.deliver(state, p, markup, content);
  }

  private sendVenue(p: Params): Message {
    const location = {
      latitude: numberParam(p, "latitude"),
      longitude: numberParam(p, "longitude"),
    };
    const title = stringParam(p.title);
    const address = stringParam(p.address);
    if (!title) throw badRequest("title is empty");
    if (address === undefined) throw badRequest("address is empty");
    return this.sendContent(p, {
      location,
      venue: compact({
        location,
        title,
        address,
        foursquare_id: stringParam(p.foursquare_id),
        foursquare_type: stringParam(p.foursquare_type),
        google_place_id: stringParam(p.google_place_id),
        google_place_type: stringParam(p.google_place_type),
      }),
    });
  }

  private sendContact(p: Params): Message {
    const phone = stringParam(p.phone_number);
    const firstName = stringParam(p.first_name);
    if (!phone) throw badRequest("phone_number is empty");
    if (!firstName) throw badRequest("first_name is empty");
    return this.sendContent(p, {
      contact: compact({
        phone_number: phone,
        first_name: firstName,
        last_name: stringParam(p.last_name),
        vcard: stringParam(p.vcard),
      }),
    });
  }

  private botSendPhoto(p: Params, ctx: CallContext): Message {
    if (!this.fileReference(p.photo, ctx)) throw badRequest("there is no photo in the request");
    const state = this.requireChat(p);
    const markup = this.parseReplyMarkup(p.reply_markup);
    return this.deliver(state, p, markup, { photo: this.photoSizes(), ...this.caption(p) });
  }

  private botSendDocument(p: Params, ctx: CallContext): Message {
    const reference = this.fileReference(p.document, ctx);
    if (!reference) throw badRequest("there is no document in the request");
    const state = this.requireChat(p);
    const markup = this.parseReplyMarkup(p.reply_markup);
    const id = this.fileId("document");
    return this.deliver(state, p, markup, {
      document: compact({ file_id: id, file_unique_id: `u-${id}`, file_name: reference.filename }),
      ...this.caption(p),
    });
  }

  private fileReference(value: unknown, ctx: CallContext): { filename?: string } | undefined {
    const reference = stringParam(value);
    if (!reference) return undefined;
    if (reference.startsWith("attach://")) {
      const file = ctx.files.get(reference.slice("attach://".length));
      return file ? { filename: file.filename } : undefined;
    }
    return {};
  }

  private caption(p: Params): Partial<Message> {
    if (p.caption === undefined) return {};
    const { text, entities } = this.parseText(
      p.caption,
      p.parse_mode,
      p.caption_entities,
      "caption",
    );
    return { caption: text, ...(entities.length > 0 ? { caption_entities: entities } : {}) };
  }

  private sendChatAction(p: Params): true {
    const state = this.requireChat(p);
    const action = stringParam(p.action);
    if (!action || !CHAT_ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
    this.assertCanSend(state);
    return true;
  }

  private editMessageText(p: Params): Message {
    const { state, message } = this.requireEditable(p);
    if (message.text === undefined) throw badRequest("there is no text in the message to edit");
    const markup = this.parseReplyMarkup(p.reply_markup, true);
    const { text, entities } = this.parseText(p.text, p.parse_mode, p.entities, "text");
    const sameText =
      text === message.text && JSON.stringify(entities) === JSON.stringify(message.entities ?? []);
    if (sameText && this.sameMarkup(markup.inline, message.reply_markup)) throw this.notModified();
    const { entities: _e, reply_markup: _m, ...rest } = message;
    const edited: Message = {
      ...rest,
      text,
      ...(entities.length > 0 ? { entities } : {}),
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
      edit_date: this.unixNow(),
    };
    state.messages.set(edited.message_id, edited);
    return edited;
  }

  private editMessageReplyMarkup(p: Params): Message {
    const { state, message } = this.requireEditable(p);
    const markup = this.parseReplyMarkup(p.reply_markup, true);
    if (this.sameMarkup(markup.inline, message.reply_markup)) throw this.notModified();
    const { reply_markup: _m, ...rest } = message;
    const edited: Message = {
      ...rest,
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
      edit_date: this.unixNow(),
    };
    state.messages.set(edited.message_id, edited);
    return edited;
  }

  private notModified(): ApiError {
    return badRequest(
      "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
  }

  private sameMarkup(
    next: InlineKeyboardMarkup | undefined,
    current: InlineKeyboardMarkup | undefined,
  ): boolean {
    return (
      JSON.stringify(next?.inline_keyboard ?? []) === JSON.stringify(current?.inline_keyboard ?? [])
    );
  }

  private requireEditable(p: Params): { state: ChatState; message: Message } {
    if (p.inline_message_id !== undefined) throw badRequest("MESSAGE_ID_INVALID");
    const state = this.requireChat(p);
    const messageId = intParam(p.message_id);
    const message = messageId === undefined ? undefined : state.messages.get(messageId);
    if (!message) throw badRequest("message to edit not found");
    if (message.from?.id !== this.botInfo.id) throw badRequest("message can't be edited");
    return { state, message };
  }

  private deleteMessage(p: Params): true {
    const state = this.requireChat(p);
    const messageId = intParam(p.message_id);
    const message = messageId === undefined ? undefined : state.messages.get(messageId);
    if (messageId === undefined || !message) throw badRequest("message to delete not found");
    state.messages.delete(messageId);
    state.order = state.order.filter((id) => id !== messageId);
    this.deletedMessages.set(`${state.chat.id}:${messageId}`, message);
    return true;
  }

  private answerCallbackQuery(p: Params): true {
    const id = stringParam(p.callback_query_id) ?? "";
    if (!this.openQueries.delete(id)) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    this.answers.push(
      compact({
        callback_query_id: id,
        text: stringParam(p.text),
        show_alert: p.show_alert === undefined ? undefined : boolParam(p.show_alert),
        url: stringParam(p.url),
        cache_time: intParam(p.cache_time),
      }),
    );
    return true;
  }

  /** The bot's reaction replaces its previous one on that message; an empty list removes it. */
  private setMessageReaction(p: Params): true {
    const state = this.requireChat(p);
    const messageId = intParam(p.message_id);
    if (messageId === undefined || !state.messages.has(messageId))
      throw badRequest("message to react not found");
    const reaction = jsonParam(p.reaction) ?? [];
    if (!Array.isArray(reaction)) throw badRequest("can't parse reaction types JSON object");
    const emoji = reaction.map((r) => (r as { emoji?: unknown }).emoji);
    if (emoji.some((e) => typeof e !== "string")) throw badRequest("REACTION_INVALID");
    this.reactions.set(`${state.chat.id}:${messageId}`, emoji as string[]);
    return true;
  }

  private createForumTopic(p: Params): ForumTopic {
    const state = this.requireChat(p);
    if (state.chat.type !== "supergroup" || !state.chat.is_forum)
      throw badRequest("the chat is not a forum");
    const name = stringParam(p.name) ?? "";
    if (name.length === 0 || name.length > 128) throw badRequest("TOPIC_TITLE_EMPTY");
    this.assertCanSend(state);
    return this.openTopic(
      state,
      name,
      intParam(p.icon_color) ?? TOPIC_DEFAULT_COLOR,
      stringParam(p.icon_custom_emoji_id),
      true,
    );
  }

  private setTopicClosed(p: Params, closed: boolean): true {
    const state = this.requireChat(p);
    if (state.chat.type !== "supergroup" || !state.chat.is_forum)
      throw badRequest("the chat is not a forum");
    const topic = state.topics.get(intParam(p.message_thread_id) ?? -1);
    if (!topic) throw badRequest("TOPIC_ID_INVALID");
    if (topic.closed === closed) throw badRequest("TOPIC_NOT_MODIFIED");
    topic.closed = closed;
    return true;
  }

  private copyMessage(p: Params): MessageId {
    const target = this.requireChat(p);
    const source = this.sourceMessage(p, "message to copy not found");
    const markup = this.parseReplyMarkup(p.reply_markup);
    const content: Partial<Message> = {};
    for (const field of [
      "text",
      "entities",
      "caption",
      "caption_entities",
      "photo",
      "sticker",
      "voice",
      "document",
      "location",
      "venue",
      "contact",
    ] as const) {
      if (source[field] !== undefined) Object.assign(content, { [field]: source[field] });
    }
    if (p.caption !== undefined) {
      delete content.caption_entities;
      Object.assign(content, this.caption(p));
    }
    const copy = this.deliver(target, p, markup, content);
    return { message_id: copy.message_id };
  }

  private forwardMessage(p: Params): Message {
    const target = this.requireChat(p);
    const source = this.sourceMessage(p, "message to forward not found");
    const {
      message_id: _id,
      date: _date,
      chat: _chat,
      from: _from,
      reply_markup: _markup,
      ...content
    } = source;
    const origin: Message["forward_origin"] = source.from
      ? { type: "user", sender_user: source.from, date: source.date }
      : { type: "chat", sender_chat: source.chat, date: source.date };
    return this.deliver(target, p, {}, { ...content, forward_origin: origin });
  }

  private sourceMessage(p: Params, missing: string): Message {
    const fromChatId = intParam(p.from_chat_id);
    const source = fromChatId === undefined ? undefined : this.chatState(fromChatId);
    if (!source) throw badRequest("chat not found");
    const message = source.messages.get(intParam(p.message_id) ?? -1);
    if (!message) throw badRequest(missing);
    return message;
  }

  private getChat(p: Params): ChatFullInfo {
    const { chat } = this.requireChat(p);
    const gifts = {
      unlimited_gifts: false,
      limited_gifts: false,
      unique_gifts: false,
      premium_subscription: false,
      gifts_from_channels: false,
    };
    return {
      ...chat,
      accent_color_id: 0,
      max_reaction_count: 11,
      accepted_gift_types: gifts,
    } as ChatFullInfo;
  }

  private setChatMenuButton(p: Params): true {
    const chatId = intParam(p.chat_id);
    if (chatId !== undefined && !this.chatState(chatId)) throw badRequest("chat not found");
    const button = jsonParam(p.menu_button);
    const value = (
      typeof button === "object" && button !== null ? button : { type: "default" }
    ) as MenuButton;
    this.menuButtons.set(chatId ?? "default", value);
    return true;
  }

  // ---------------------------------------------------------------- validation

  private parseText(
    raw: unknown,
    parseMode: unknown,
    rawEntities: unknown,
    field: "text" | "caption",
  ): { text: string; entities: MessageEntity[] } {
    const source = stringParam(raw) ?? "";
    let text = source;
    let entities: MessageEntity[] = [];
    const mode = stringParam(parseMode)?.toLowerCase();
    if (mode === "html") {
      try {
        ({ text, entities } = parseTelegramHtml(source, {
          strictEscaping: this.strictHtmlEscaping,
        }));
      } catch (error) {
        if (error instanceof EntityParseError)
          throw badRequest(`can't parse entities: ${error.message}`);
        throw error;
      }
    } else if (mode !== undefined && mode !== "" && mode !== "markdown" && mode !== "markdownv2") {
      throw badRequest(`unsupported parse_mode`);
    } else {
      const given = jsonParam(rawEntities);
      if (Array.isArray(given)) entities = given as MessageEntity[];
    }
    // Telegram strips surrounding whitespace before checking the limits.
    const trimmedStart = text.length - text.trimStart().length;
    text = text.trim();
    if (trimmedStart > 0) {
      entities = entities
        .map((e) => ({ ...e, offset: e.offset - trimmedStart }))
        .filter((e) => e.offset >= 0 && e.offset + e.length <= text.length);
    }
    if (field === "text") {
      if (text.length === 0) throw badRequest("message text is empty");
      if (text.length > TEXT_LIMIT) throw badRequest("message is too long");
    } else if (text.length > CAPTION_LIMIT) {
      throw badRequest("message caption is too long");
    }
    return { text, entities };
  }

  private parseReplyMarkup(raw: unknown, inlineOnly = false): ParsedMarkup {
    if (raw === undefined || raw === null || raw === "") return {};
    const markup = jsonParam(raw);
    if (typeof markup !== "object" || markup === null) {
      throw badRequest("can't parse reply keyboard markup JSON object");
    }
    const m = markup as Record<string, unknown>;
    if ("inline_keyboard" in m) return { inline: this.checkInlineKeyboard(m.inline_keyboard) };
    if (inlineOnly) throw badRequest("inline keyboard expected");
    if ("keyboard" in m) {
      if (!Array.isArray(m.keyboard) || !m.keyboard.every(Array.isArray)) {
        throw badRequest('field "keyboard" must be an Array of Arrays');
      }
      const rows = (m.keyboard as unknown[][]).map((row) =>
        row.map((button) => {
          const b = (typeof button === "string" ? { text: button } : button) as ReplyKeyboardButton;
          if (typeof b?.text !== "string" || b.text.length === 0)
            throw badRequest("can't parse keyboard button: text is empty");
          return b;
        }),
      );
      return { keyboard: rows };
    }
    if (m.remove_keyboard === true) return { removeKeyboard: true };
    if (m.force_reply === true) return {};
    throw badRequest("can't parse reply keyboard markup JSON object");
  }

  private checkInlineKeyboard(rows: unknown): InlineKeyboardMarkup | undefined {
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
      throw badRequest(
        'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
      );
    }
    const buttons = (rows as unknown[][]).flat();
    if (buttons.length > 100) throw badRequest("reply markup is too long");
    for (const raw of buttons) {
      const button = (raw ?? {}) as Record<string, unknown>;
      if (typeof button.text !== "string") {
        throw badRequest(
          'can\'t parse inline keyboard button: Field "text" must be of type String',
        );
      }
      const actions = INLINE_ACTION_FIELDS.filter((field) => button[field] !== undefined);
      if (actions.length === 0) {
        throw badRequest(
          "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        );
      }
      if (actions.length > 1) {
        throw badRequest(
          `can't parse inline keyboard button: exactly one of the optional fields must be used, got ${actions.join(", ")} (emulator check: Telegram silently picks one)`,
        );
      }
      if (actions[0] === "callback_data") {
        const data = button.callback_data;
        if (typeof data !== "string" || utf8Length(data) < 1 || utf8Length(data) > 64) {
          throw badRequest("BUTTON_DATA_INVALID");
        }
      }
      if (actions[0] === "url") {
        const url = String(button.url);
        if (!/^(https?|tg):\/\//i.test(url) || !URL.canParse(url)) {
          throw badRequest(`inline keyboard button URL '${url}' is invalid: Wrong HTTP URL`);
        }
      }
    }
    // Telegram keeps no markup for an empty keyboard.
    return buttons.length > 0 ? { inline_keyboard: rows as InlineKeyboardButton[][] } : undefined;
  }

  private assertCanSend(state: ChatState): void {
    if (state.chat.type === "private" && state.blocked)
      throw new ApiError(403, "Forbidden: bot was blocked by the user");
    if (state.chat.type !== "private" && !state.botIsMember) {
      throw new ApiError(
        403,
        state.chat.type === "supergroup"
          ? "Forbidden: bot is not a member of the supergroup chat"
          : "Forbidden: bot is not a member of the group chat",
      );
    }
  }

  private requireChat(p: Params): ChatState {
    const raw = p.chat_id;
    if (raw === undefined || raw === "") throw badRequest("chat_id is empty");
    const id = intParam(raw);
    const username =
      typeof raw === "string" && raw.startsWith("@") ? raw.slice(1).toLowerCase() : undefined;
    const state =
      id !== undefined
        ? this.chats.get(id)
        : [...this.chats.values()].find(
            (s) => username !== undefined && s.chat.username?.toLowerCase() === username,
          );
    if (!state) throw badRequest("chat not found");
    return state;
  }

  // ---------------------------------------------------------------- state helpers

  private deliver(
    state: ChatState,
    p: Params,
    markup: ParsedMarkup,
    content: Partial<Message>,
  ): Message {
    const thread = intParam(p.message_thread_id);
    const inForum = state.chat.type === "supergroup" && state.chat.is_forum === true;
    if (inForum && thread !== undefined && !state.topics.has(thread))
      throw badRequest("message thread not found");

    const replyParameters = jsonParam(p.reply_parameters) as
      | { message_id?: unknown; allow_sending_without_reply?: unknown }
      | undefined;
    const replyId = intParam(replyParameters?.message_id ?? p.reply_to_message_id);
    let replyTo: Message | undefined;
    if (replyId !== undefined) {
      replyTo = state.messages.get(replyId);
      const tolerant = boolParam(
        replyParameters?.allow_sending_without_reply ?? p.allow_sending_without_reply,
      );
      if (!replyTo && !tolerant) throw badRequest("message to be replied not found");
    }
    this.assertCanSend(state);

    const threadFields =
      thread !== undefined && inForum ? { message_thread_id: thread, is_topic_message: true } : {};
    const message = this.storeMessage(state, {
      from: this.botUser(),
      ...threadFields,
      ...(replyTo ? { reply_to_message: this.asReply(replyTo) } : {}),
      ...content,
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
    });
    if (markup.keyboard) state.replyKeyboard = markup.keyboard;
    if (markup.removeKeyboard) state.replyKeyboard = undefined;
    state.botMessageIds.push(message.message_id);
    this.botLog.push({ chatId: state.chat.id, messageId: message.message_id });
    return message;
  }

  private storeMessage(state: ChatState, fields: Partial<Message>): Message {
    const { from, ...rest } = fields;
    const message = compact({
      message_id: state.nextMessageId++,
      from,
      chat: state.chat,
      date: this.unixNow(),
      ...rest,
    }) as Message;
    state.messages.set(message.message_id, message);
    state.order.push(message.message_id);
    return message;
  }

  private openTopic(
    state: ChatState,
    name: string,
    iconColor: number,
    iconEmoji: string | undefined,
    byBot = false,
  ): ForumTopic {
    if (state.chat.type !== "supergroup" || !state.chat.is_forum) {
      throw new Error(`chat ${state.chat.id} is not a forum supergroup`);
    }
    const service = this.storeMessage(state, {
      ...(byBot ? { from: this.botUser() } : {}),
      forum_topic_created: compact({
        name,
        icon_color: iconColor,
        icon_custom_emoji_id: iconEmoji,
      }),
    });
    const topic: ForumTopic = compact({
      message_thread_id: service.message_id,
      name,
      icon_color: iconColor,
      icon_custom_emoji_id: iconEmoji,
    });
    state.topics.set(topic.message_thread_id, { topic, closed: false });
    return topic;
  }

  private resolveReplyTarget(
    state: ChatState,
    target: Message | number | undefined,
  ): Message | undefined {
    if (target === undefined) return undefined;
    const id = typeof target === "number" ? target : target.message_id;
    const message = state.messages.get(id);
    if (!message)
      throw new Error(`cannot reply to message ${id}: it is not in chat ${state.chat.id}`);
    return message;
  }

  /** Telegram does not nest replies: the replied-to message comes without its own reply. */
  private asReply(message: Message): NonNullable<Message["reply_to_message"]> {
    const { reply_to_message: _nested, ...rest } = message;
    return rest as NonNullable<Message["reply_to_message"]>;
  }

  private setBlocked(userId: number, blocked: boolean): void {
    const state = this.chatState(userId);
    if (state?.chat.type !== "private") {
      throw new Error(`user ${userId} never talked to the bot in private`);
    }
    if (state.blocked === blocked) return;
    state.blocked = blocked;
    const user = state.chat;
    const from: User = compact({
      id: user.id,
      is_bot: false,
      first_name: user.first_name,
      last_name: user.last_name,
      username: user.username,
    });
    const bot = this.botUser();
    const member = { status: "member" as const, user: bot };
    const kicked = { status: "kicked" as const, user: bot, until_date: 0 };
    this.enqueue({
      my_chat_member: {
        chat: state.chat,
        from,
        date: this.unixNow(),
        old_chat_member: blocked ? member : kicked,
        new_chat_member: blocked ? kicked : member,
      },
    });
  }

  private privateChat(user: TestUser): ChatState {
    const existing = this.chats.get(user.id);
    if (existing) return existing;
    return this.registerChat(
      compact({
        id: user.id,
        type: "private",
        first_name: user.first_name,
        last_name: user.last_name,
        username: user.username,
      }) as Chat,
    );
  }

  private groupChat(group: TestGroup): ChatState {
    const existing = this.chats.get(group.id);
    if (existing) return existing;
    const type = group.type ?? "supergroup";
    if (group.is_forum && type !== "supergroup") throw new Error("only supergroups can be forums");
    return this.registerChat(
      compact({
        id: group.id,
        type,
        title: group.title,
        username: group.username,
        is_forum: group.is_forum ? true : undefined,
      }) as Chat,
    );
  }

  private registerChat(chat: Chat): ChatState {
    const state: ChatState = {
      chat,
      nextMessageId: 1,
      messages: new Map(),
      order: [],
      botMessageIds: [],
      readCursor: 0,
      blocked: false,
      botIsMember: true,
      topics: new Map(),
      members: new Map(),
    };
    this.chats.set(chat.id, state);
    return state;
  }

  private chatState(chatId: number): ChatState | undefined {
    return this.chats.get(chatId);
  }

  private currentOrDeleted(chatId: number, messageId: number): Message | undefined {
    return (
      this.chatState(chatId)?.messages.get(messageId) ??
      this.deletedMessages.get(`${chatId}:${messageId}`)
    );
  }

  private botUser(): User {
    return {
      id: this.botInfo.id,
      is_bot: true,
      first_name: this.botInfo.first_name,
      username: this.botInfo.username,
    };
  }

  private photoSizes(): PhotoSize[] {
    const id = this.fileId("photo");
    return [
      { file_id: `${id}-s`, file_unique_id: `u-${id}-s`, width: 90, height: 67, file_size: 1200 },
      {
        file_id: `${id}-m`,
        file_unique_id: `u-${id}-m`,
        width: 320,
        height: 240,
        file_size: 15000,
      },
      {
        file_id: `${id}-x`,
        file_unique_id: `u-${id}-x`,
        width: 1280,
        height: 960,
        file_size: 120000,
      },
    ];
  }

  private fileId(kind: string): string {
    return `${kind}-${this.nextFileId++}`;
  }

  private unixNow(): number {
    return Math.floor(this.now() / 1000);
  }
}
