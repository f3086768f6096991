import type {
  BotCommand,
  BotCommandScope,
  ForumTopic,
  KeyboardButton,
  Message,
  UserFromGetMe,
} from "grammy/types";

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

export interface InjectedNetworkFault {
  /**
   * "refuse": the connection is dropped before the method runs (nothing happens).
   * "lose-response": the method runs, then the connection is dropped, so the bot never
   * learns it succeeded (the case behind duplicate sends).
   */
  kind: "refuse" | "lose-response";
  /** How many consecutive calls; defaults to 1. */
  times?: number;
  chatId?: number;
}
