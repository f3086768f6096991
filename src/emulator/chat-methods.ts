import type { ChatFullInfo, ForumTopic, MenuButton } from "grammy/types";
import {
  badRequest,
  boolParam,
  compact,
  type Handler,
  intParam,
  jsonParam,
  type Params,
  stringParam,
} from "./params.js";
import { type TelegramWorld, TOPIC_DEFAULT_COLOR } from "./world.js";

/**
 * The Bot API methods about the bot itself, updates, chats, members, topics, button answers,
 * reactions and menus.
 */
export class ChatMethods {
  constructor(private readonly world: TelegramWorld) {}

  handlers(): Record<string, Handler> {
    const { world } = this;
    return {
      getMe: () => world.botInfo,
      getUpdates: (p, ctx) => world.updates.getUpdates(p, ctx),
      deleteWebhook: (p) => {
        if (boolParam(p.drop_pending_updates)) world.updates.dropPending();
        world.updates.webhook = undefined;
        return true;
      },
      setWebhook: (p) => world.updates.setWebhook(p),
      getWebhookInfo: () => {
        const { webhook, allowed } = world.updates;
        return {
          url: webhook?.url ?? "",
          has_custom_certificate: false,
          pending_update_count: world.updates.pendingCount,
          ...(webhook && allowed ? { allowed_updates: allowed } : {}),
        };
      },
      setMyCommands: (p) => world.commands.set(p),
      getMyCommands: (p) => world.commands.of(p.scope, p.language_code),
      deleteMyCommands: (p) => world.commands.delete(p),
      answerCallbackQuery: (p) => this.answerCallbackQuery(p),
      setMessageReaction: (p) => this.setMessageReaction(p),
      createForumTopic: (p) => this.createForumTopic(p),
      closeForumTopic: (p) => this.setTopicClosed(p, true),
      reopenForumTopic: (p) => this.setTopicClosed(p, false),
      leaveChat: (p) => {
        world.requireChat(p).botIsMember = false;
        return true;
      },
      getChat: (p) => this.getChat(p),
      getChatMember: (p) => {
        const state = world.requireChat(p);
        const userId = intParam(p.user_id);
        const member = userId === undefined ? undefined : state.members.get(userId);
        if (member) return member;
        if (userId === undefined) throw badRequest("user not found");
        return { user: { id: userId, is_bot: false, first_name: "?" }, status: "left" };
      },
      setChatMenuButton: (p) => this.setChatMenuButton(p),
      getChatMenuButton: (p) => {
        const chatId = intParam(p.chat_id);
        return world.menuButtons.get(chatId ?? "default") ?? { type: "default" };
      },
    };
  }

  private answerCallbackQuery(p: Params): true {
    const id = stringParam(p.callback_query_id) ?? "";
    if (!this.world.openQueries.delete(id)) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    this.world.answers.push(
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
    const state = this.world.requireChat(p);
    const messageId = intParam(p.message_id);
    if (messageId === undefined || !state.messages.has(messageId))
      throw badRequest("message to react not found");
    const reaction = jsonParam(p.reaction) ?? [];
    if (!Array.isArray(reaction)) throw badRequest("can't parse reaction types JSON object");
    const emoji = reaction.map((r) => (r as { emoji?: unknown }).emoji);
    if (emoji.some((e) => typeof e !== "string")) throw badRequest("REACTION_INVALID");
    this.world.reactions.set(`${state.chat.id}:${messageId}`, emoji as string[]);
    return true;
  }

  private createForumTopic(p: Params): ForumTopic {
    const state = this.world.requireChat(p);
    if (state.chat.type !== "supergroup" || !state.chat.is_forum)
      throw badRequest("the chat is not a forum");
    const name = stringParam(p.name) ?? "";
    if (name.length === 0 || name.length > 128) throw badRequest("TOPIC_TITLE_EMPTY");
    this.world.assertCanSend(state);
    return this.world.openTopic(
      state,
      name,
      intParam(p.icon_color) ?? TOPIC_DEFAULT_COLOR,
      stringParam(p.icon_custom_emoji_id),
      true,
    );
  }

  private setTopicClosed(p: Params, closed: boolean): true {
    const state = this.world.requireChat(p);
    if (state.chat.type !== "supergroup" || !state.chat.is_forum)
      throw badRequest("the chat is not a forum");
    const topic = state.topics.get(intParam(p.message_thread_id) ?? -1);
    if (!topic) throw badRequest("TOPIC_ID_INVALID");
    if (topic.closed === closed) throw badRequest("TOPIC_NOT_MODIFIED");
    topic.closed = closed;
    return true;
  }

  private getChat(p: Params): ChatFullInfo {
    const { chat } = this.world.requireChat(p);
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
    if (chatId !== undefined && !this.world.chatState(chatId)) throw badRequest("chat not found");
    const button = jsonParam(p.menu_button);
    const value = (
      typeof button === "object" && button !== null ? button : { type: "default" }
    ) as MenuButton;
    this.world.menuButtons.set(chatId ?? "default", value);
    return true;
  }
}
