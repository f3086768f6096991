import type { Message } from "grammy/types";
import type { BotApiEmulator } from "../../src/emulator/bot-api-emulator.js";

/** What a chat shows for a bot message: its text, caption or venue. */
export function shown(message: Message): string {
  if (message.venue) return `${message.venue.title}\n${message.venue.address}`;
  return message.text ?? message.caption ?? "";
}

/**
 * Reads the bot's messages in a chat until one satisfies `done`, and returns all of them.
 * Fails with what the bot did say if that message does not come.
 */
export async function readUntil(
  emulator: BotApiEmulator,
  chatId: number,
  done: (message: Message) => boolean,
  timeoutMs?: number,
): Promise<Message[]> {
  const position = () => emulator.unreadMessages(chatId).findIndex(done);
  try {
    await emulator.waitFor(() => position() >= 0, timeoutMs);
  } catch {
    const unread = emulator.unreadMessages(chatId).map(shown);
    throw new Error(
      `chat ${chatId} never got the expected message; it got: ${JSON.stringify(unread)}`,
    );
  }
  return emulator.waitForMessages(chatId, position() + 1);
}

/**
 * How long a /reload that retrains may take to answer. Training both models takes about 22 s on
 * a quiet 2-core machine, and CI saw more than 55 s with other test files running beside it
 * (session 41's CI failed there): the wait is generous so that only a reload that never answers
 * fails. A story that waits for it gives itself `RELOAD_WAIT_MS` per retraining plus a margin.
 */
export const RELOAD_WAIT_MS = 170_000;

/**
 * A /reload that changed the catalogue retrains the classifier before it answers: far beyond
 * the emulator's usual 5 s wait. This waits for the answer itself.
 */
export async function reloadAnswer(
  emulator: BotApiEmulator,
  chatId: number,
  pattern: RegExp,
): Promise<Message> {
  await emulator.waitFor(
    () => emulator.unreadMessages(chatId).some((m) => pattern.test(shown(m))),
    RELOAD_WAIT_MS,
    `waiting for the /reload answer ${pattern}`,
  );
  const messages = await readUntil(emulator, chatId, (m) => pattern.test(shown(m)));
  return messages.at(-1) as Message;
}
