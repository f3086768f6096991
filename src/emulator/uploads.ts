import type { Message } from "grammy/types";

/**
 * The bytes of files the bot uploaded (multipart/form-data), kept by the message that
 * carries them, so a story can look at what a user would see (a chart, a document).
 * Real Telegram serves them through getFile; tests read them here.
 */
export class Uploads {
  private readonly files = new Map<string, Buffer>();

  private static key(chatId: number, messageId: number): string {
    return `${chatId}:${messageId}`;
  }

  record(message: Message, content: Buffer | undefined): void {
    if (content) this.files.set(Uploads.key(message.chat.id, message.message_id), content);
  }

  of(message: Message): Buffer | undefined {
    return this.files.get(Uploads.key(message.chat.id, message.message_id));
  }
}
