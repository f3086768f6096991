import type { CallbackQuery, Message } from "grammy/types";
import { EmulatorInspection } from "./emulator-inspection.js";
import {
  documentContent,
  ownContactContent,
  photoContent,
  stickerContent,
  voiceContent,
} from "./media.js";
import { userOf } from "./params.js";
import type { GroupMessageOptions, TestGroup, TestUser, UserMessageInput } from "./types.js";
import { userEdit, userMessage, userPress } from "./users.js";
import { TOPIC_DEFAULT_COLOR } from "./world.js";

export type * from "./types.js";

/**
 * An in-process stand-in for api.telegram.org: serves the Bot API methods the bot uses over
 * node:http, enforces the limits Telegram enforces with Telegram's wording, and lets tests play
 * the users' side (messages, button presses, blocking), inject faults on any method, and
 * inspect what the bot did.
 *
 * Shut down in this order so no handle stays open: `await bot.stop(); await emulator.stop();`
 *
 * This file is the users' side; the machinery, lifecycle and faults are in EmulatorCore,
 * inspection and waiting in EmulatorInspection.
 */
export class BotApiEmulator extends EmulatorInspection {
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
}
