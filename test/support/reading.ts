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
 * A /reload that changed the catalogue retrains the classifier before it answers: seconds on
 * a loaded machine with a cold model cache (a fresh clone), far beyond the emulator's usual
 * 5 s wait. This waits for the answer itself, bounded only by the test's own timeout.
 */
export async function reloadAnswer(
  emulator: BotApiEmulator,
  chatId: number,
  pattern: RegExp,
): Promise<Message> {
  await emulator.waitFor(
    () => emulator.unreadMessages(chatId).some((m) => pattern.test(shown(m))),
    55_000,
    `waiting for the /reload answer ${pattern}`,
  );
  const messages = await readUntil(emulator, chatId, (m) => pattern.test(shown(m)));
  return messages.at(-1) as Message;
}
