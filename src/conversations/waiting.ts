import { type Action, parseAction } from "../bot/callback-data.js";
import type { ChatMemory } from "../storage/chat-memory.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import { type ChatProfile, updateProfile, type WaitingQuestion } from "../storage/profiles.js";
import type { Reply } from "./replies.js";

export type { PlaceFor, WaitingQuestion } from "../storage/profiles.js";

/**
 * What the citizen wrote that a waiting question's reply still needs: in memory only, so
 * lost on a restart (the question's ids on disk suffice, or the bot asks again plainly).
 */
export interface WaitingWords {
  /** The need's words (an address, a diagnosis), passed on to the answer or the handoff. */
  readonly text?: string;
  /** The street whose house number is asked. */
  readonly street?: string;
  /** The area said back in the citizen's words ("📍 Ho capito: via Padova 120 → …"). */
  readonly said?: string;
}

/** A question waiting for its reply, with its words when memory still has them. */
export interface Waiting {
  readonly question: WaitingQuestion;
  readonly words: WaitingWords;
}

/**
 * Questions asked outside a dialogue. Before consent the bot never waits for a reply inside a
 * dialogue, whose stored state would keep the citizen's words on disk (the conversations
 * plugin stores its arguments and every update): the question is sent, its dialogue ends,
 * and the next update reads the reply against what waits here.
 */
export interface WaitingQuestions {
  /** Asks (replacing whatever waited): its ids in the chat's profile, its words in memory. */
  ask(chat: string, question: WaitingQuestion, words?: WaitingWords): Promise<void>;
  /** The question waiting, if any; it stops waiting (answered or not, it is over). */
  take(chat: string): Promise<Waiting | undefined>;
  /** Forgets the question waiting; true when there was one. */
  forget(chat: string): Promise<boolean>;
  /** Forgets the words only (the profile is being erased with the rest). */
  forgetWords(chat: string): void;
}

export function waitingQuestions(
  profiles: KeyValueStore<ChatProfile>,
  memory: ChatMemory<WaitingWords>,
): WaitingQuestions {
  const take = async (chat: string): Promise<Waiting | undefined> => {
    const words = memory.recall(chat) ?? {};
    memory.forget(chat);
    const { waiting, ...rest } = (await profiles.get(chat)) ?? {};
    if (waiting === undefined) return undefined;
    await profiles.set(chat, rest);
    return { question: waiting, words };
  };
  return {
    async ask(chat, question, words = {}) {
      memory.remember(chat, words);
      await updateProfile(profiles, chat, { waiting: question });
    },
    take,
    forget: async (chat) => (await take(chat)) !== undefined,
    forgetWords: (chat) => void memory.forget(chat),
  };
}

/** What reaches the bot while a question waits: typed words, a location, a button's data. */
export interface Update {
  readonly text?: string;
  readonly location?: { readonly lat: number; readonly lon: number };
  readonly button?: string;
}

/** The buttons each question offers, by kind of action. */
const BUTTONS: Readonly<Record<WaitingQuestion["kind"], readonly Action["kind"][]>> = {
  "did-you-mean": ["pick", "pick-other"],
  place: [],
  "house-number": [],
  "need-question": ["answer"],
  consent: ["consent"],
  // Its buttons («Voglio essere ricontattato», the need of a second need…) act on their own.
  "contact-offer": [],
  // Read before the orientation (bot/features/feedback.ts): here only a new message.
  feedback: [],
};

/**
 * What an update says to the question waiting: typed words always (a typed reply is read as
 * one), a location to the area questions, a button of the question's own. Undefined when it
 * is no reply to it (a need picked, another button): the question is over.
 */
export function replyOf(question: WaitingQuestion, update: Update): Reply | undefined {
  if (update.text !== undefined) return { kind: "text", text: update.text };
  const { location, button } = update;
  if (location && (question.kind === "place" || question.kind === "house-number"))
    return { kind: "location", ...location };
  if (button !== undefined && BUTTONS[question.kind].includes(parseAction(button).kind))
    return { kind: "action", data: button };
  return undefined;
}
