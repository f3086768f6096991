import type { Message } from "grammy/types";
import type { BotApiEmulator, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { readUntil as readChatUntil, shown } from "../support/reading.js";

export { shown };

/** Reads the citizen's chat until a message satisfies `done`; returns all messages read. */
export const readUntil = (
  emulator: BotApiEmulator,
  user: TestUser,
  done: (message: Message) => boolean,
): Promise<Message[]> => readChatUntil(emulator, user.id, done);

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
  /In che zona di Milano abiti|Where in Milan do you live|En qué zona de Milán vives|În ce zonă din Milano locuiești|У якому районі Мілана ви живете/.test(
    message.text ?? "",
  );

/** An answer with the place said back (any language), or the question of where one lives. */
export const isAnswerOrPlaceQuestion = (message: Message) =>
  /^📍 .* Municipio/.test(message.text ?? "") || isPlaceQuestion(message);

/** Reads up to and including the answer to a need, returning the answer itself. */
export async function answerTo(emulator: BotApiEmulator, user: TestUser): Promise<Message> {
  return last(await readUntil(emulator, user, isAnswer));
}

/** The space cards of an answer, by space name, in the order given. */
export function spacesIn(answer: Message): string[] {
  return [...(answer.text ?? "").matchAll(/🏠 (.+?) – Municipio/g)].map((m) => m[1] as string);
}

/** The card of one space in an answer: its line and those below it, up to the next space or gap. */
export function cardOf(answer: Message, spaceName: string): string {
  const lines = (answer.text ?? "").split("\n");
  const start = lines.findIndex((line) => line.startsWith(`🏠 ${spaceName} –`));
  if (start < 0) throw new Error(`no card for ${spaceName} in: ${answer.text}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line === "" || line.startsWith("🏠 "));
  return [lines[start], ...(end < 0 ? rest : rest.slice(0, end))].join("\n");
}

/**
 * A citizen's first message read up to its answer (`answered`), then `reply` typed at the offer
 * of a call that ends it: the messages read until one says `until`.
 */
export async function replyAtTheOffer(
  emulator: BotApiEmulator,
  user: TestUser,
  story: { first: string; answered: RegExp; reply: string; until: RegExp },
): Promise<Message[]> {
  emulator.sendText(user, story.first);
  await readUntil(emulator, user, (m) => story.answered.test(shown(m)));
  emulator.sendText(user, story.reply);
  return readUntil(emulator, user, (m) => story.until.test(shown(m)));
}

/** Whether a text gives both emergency numbers: 112, and 1522 for violence and stalking. */
export const emergencyNumbers = (text: string) => /\b112\b/.test(text) && /\b1522\b/.test(text);
