import type {
  CallbackQuery,
  Chat,
  ForumTopic,
  MenuButton,
  Message,
  PhotoSize,
  User,
  UserFromGetMe,
} from "grammy/types";
import { CommandMenus } from "./commands.js";
import type { ParsedMarkup } from "./markup.js";
import {
  ApiError,
  badRequest,
  boolParam,
  compact,
  intParam,
  jsonParam,
  type Params,
} from "./params.js";
import type { CallbackAnswer, ReplyKeyboardButton, TestGroup, TestUser } from "./types.js";
import type { UpdateQueue } from "./updates.js";
import { Uploads } from "./uploads.js";

export const TOPIC_DEFAULT_COLOR = 0x6fb9f0;

interface TopicState {
  topic: ForumTopic;
  closed: boolean;
}

export interface ChatState {
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

/**
 * Everything Telegram knows in the emulator: chats and their messages, what the bot did
 * (sent, deleted, reacted, answered), and the shared rules for storing and delivering messages.
 */
export class TelegramWorld {
  readonly chats = new Map<number, ChatState>();
  readonly botLog: Array<{ chatId: number; messageId: number }> = [];
  readonly deletedMessages = new Map<string, Message>();
  readonly reactions = new Map<string, string[]>();
  readonly answers: CallbackAnswer[] = [];
  readonly openQueries = new Map<string, CallbackQuery>();
  readonly menuButtons = new Map<number | "default", MenuButton>();
  readonly commands = new CommandMenus();
  /** Bytes of the files the bot uploaded, by message. */
  readonly uploads = new Uploads();
  private nextQueryId = 1;
  private nextFileId = 1;

  constructor(
    readonly botInfo: UserFromGetMe,
    readonly updates: UpdateQueue,
    private readonly now: () => number,
  ) {}

  newQueryId(): string {
    return String(this.nextQueryId++);
  }

  assertCanSend(state: ChatState): void {
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

  requireChat(p: Params): ChatState {
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

  deliver(state: ChatState, p: Params, markup: ParsedMarkup, content: Partial<Message>): Message {
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

  storeMessage(state: ChatState, fields: Partial<Message>): Message {
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

  openTopic(
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

  resolveReplyTarget(state: ChatState, target: Message | number | undefined): Message | undefined {
    if (target === undefined) return undefined;
    const id = typeof target === "number" ? target : target.message_id;
    const message = state.messages.get(id);
    if (!message)
      throw new Error(`cannot reply to message ${id}: it is not in chat ${state.chat.id}`);
    return message;
  }

  /** Telegram does not nest replies: the replied-to message comes without its own reply. */
  asReply(message: Message): NonNullable<Message["reply_to_message"]> {
    const { reply_to_message: _nested, ...rest } = message;
    return rest as NonNullable<Message["reply_to_message"]>;
  }

  setBlocked(userId: number, blocked: boolean): void {
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
    this.updates.enqueue({
      my_chat_member: {
        chat: state.chat,
        from,
        date: this.unixNow(),
        old_chat_member: blocked ? member : kicked,
        new_chat_member: blocked ? kicked : member,
      },
    });
  }

  privateChat(user: TestUser): ChatState {
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

  groupChat(group: TestGroup): ChatState {
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

  registerChat(chat: Chat): ChatState {
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

  chatState(chatId: number): ChatState | undefined {
    return this.chats.get(chatId);
  }

  currentOrDeleted(chatId: number, messageId: number): Message | undefined {
    return (
      this.chatState(chatId)?.messages.get(messageId) ??
      this.deletedMessages.get(`${chatId}:${messageId}`)
    );
  }

  botUser(): User {
    return {
      id: this.botInfo.id,
      is_bot: true,
      first_name: this.botInfo.first_name,
      username: this.botInfo.username,
    };
  }

  photoSizes(): PhotoSize[] {
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

  fileId(kind: string): string {
    return `${kind}-${this.nextFileId++}`;
  }

  /** A new file's two identifiers, as every file object of the Bot API carries them. */
  newFile(kind: string): { file_id: string; file_unique_id: string } {
    const id = this.fileId(kind);
    return { file_id: id, file_unique_id: `u-${id}` };
  }

  unixNow(): number {
    return Math.floor(this.now() / 1000);
  }
}
