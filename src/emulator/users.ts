import type { CallbackQuery, Message } from "grammy/types";
import { botCommandEntities } from "./markup.js";
import { compact, userOf } from "./params.js";
import type { InlineButtonView, TestUser, UserMessageInput } from "./types.js";
import type { TelegramWorld } from "./world.js";

/** A user's message (private or in a group, maybe a reply or in a topic) and its update. */
export function userMessage(world: TelegramWorld, input: UserMessageInput): Message {
  const state = input.chat ? world.groupChat(input.chat) : world.privateChat(input.from);
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
  let replyTo = world.resolveReplyTarget(state, input.reply_to_message);
  if (thread !== undefined && state.chat.type === "supergroup" && state.chat.is_forum) {
    const topic = state.topics.get(thread);
    if (!topic) throw new Error(`chat ${state.chat.id} has no forum topic ${thread}`);
    replyTo ??= state.messages.get(thread);
  }
  const message = world.storeMessage(state, {
    from: userOf(input.from),
    ...(thread !== undefined ? { message_thread_id: thread, is_topic_message: true } : {}),
    ...(replyTo ? { reply_to_message: world.asReply(replyTo) } : {}),
    ...content,
  });
  world.updates.enqueue({ message });
  return message;
}

/** The user edits one of their own text messages: an `edited_message` update. */
export function userEdit(
  world: TelegramWorld,
  user: TestUser,
  message: Message,
  newText: string,
): Message {
  const state = world.chatState(message.chat.id);
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
    edit_date: world.unixNow(),
  };
  state.messages.set(edited.message_id, edited);
  world.updates.enqueue({ edited_message: edited });
  return edited;
}

/** The user taps an inline button (found by callback_data, or else by text): a callback query. */
export function userPress(
  world: TelegramWorld,
  user: TestUser,
  message: Message,
  callbackDataOrText: string,
): CallbackQuery {
  const current = world.chatState(message.chat.id)?.messages.get(message.message_id);
  if (!current)
    throw new Error(`message ${message.message_id} is no longer in chat ${message.chat.id}`);
  const buttons = buttonsOf(world, current);
  const button =
    buttons.find((b) => b.data === callbackDataOrText) ??
    buttons.find((b) => b.text === callbackDataOrText && b.data !== undefined);
  if (!button || button.data === undefined) {
    throw new Error(
      `no callback button "${callbackDataOrText}" on message ${current.message_id}; buttons: ${JSON.stringify(buttons)}`,
    );
  }
  const query: CallbackQuery = {
    id: world.newQueryId(),
    from: userOf(user),
    message: current,
    chat_instance: `ci${current.chat.id}`,
    data: button.data,
  };
  world.openQueries.set(query.id, query);
  world.updates.enqueue({ callback_query: query });
  return query;
}

/** Inline buttons of the message's current version (or of the given object once it is deleted). */
export function buttonsOf(world: TelegramWorld, message: Message): InlineButtonView[] {
  const current = world.chatState(message.chat.id)?.messages.get(message.message_id) ?? message;
  return (current.reply_markup?.inline_keyboard ?? []).flat().map((button) => {
    const b = button as unknown as Record<string, unknown> & { text: string };
    return compact({
      text: b.text,
      data: typeof b.callback_data === "string" ? b.callback_data : undefined,
      url: typeof b.url === "string" ? b.url : undefined,
    });
  });
}
