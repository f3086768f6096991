import type { Message } from "grammy/types";
import type { BotApiEmulator, TestUser } from "../../src/emulator/bot-api-emulator.js";

/** What the citizen reads on a bot message: its text, caption or venue. */
export function shown(message: Message): string {
  if (message.venue) return `${message.venue.title}\n${message.venue.address}`;
  return message.text ?? message.caption ?? "";
}

/**
 * Reads the bot's messages until one satisfies `done`, and returns all of them. Fails (with
 * what the bot did say) if that message does not come.
 */
export async function readUntil(
  emulator: BotApiEmulator,
  user: TestUser,
  done: (message: Message) => boolean,
): Promise<Message[]> {
  const position = () => emulator.unreadMessages(user.id).findIndex(done);
  try {
    await emulator.waitFor(() => position() >= 0);
  } catch {
    const unread = emulator.unreadMessages(user.id).map(shown);
    throw new Error(
      `the bot never said what the story expects; it said: ${JSON.stringify(unread)}`,
    );
  }
  return emulator.waitForMessages(user.id, position() + 1);
}

/** The last of the messages read: the one the story waited for. */
export function last(messages: readonly Message[]): Message {
  const message = messages.at(-1);
  if (!message) throw new Error("the bot said nothing");
  return message;
}

/** The main answer to a need: the message listing where to go. */
export const isAnswer = (message: Message) =>
  /Dove rivolgerti|Where to go/.test(message.text ?? "");

/** The question about where the citizen lives. */
export const isPlaceQuestion = (message: Message) =>
  /In che zona di Milano abiti|Where in Milan do you live/.test(message.text ?? "");

/** Reads up to and including the answer to a need, returning the answer itself. */
export async function answerTo(emulator: BotApiEmulator, user: TestUser): Promise<Message> {
  return last(await readUntil(emulator, user, isAnswer));
}

/** The space cards of an answer, by space name, in the order given. */
export function spacesIn(answer: Message): string[] {
  return [...(answer.text ?? "").matchAll(/🏠 (.+?) – Municipio/g)].map((m) => m[1] as string);
}

/** The card of one space in an answer: from its name to the next card. */
export function cardOf(answer: Message, spaceName: string): string {
  const cards = (answer.text ?? "").split("\n\n").filter((part) => part.startsWith("🏠 "));
  const card = cards.find((part) => part.startsWith(`🏠 ${spaceName} –`));
  if (!card) throw new Error(`no card for ${spaceName} in: ${answer.text}`);
  return card;
}
