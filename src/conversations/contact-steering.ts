import { eitherCountry, phoneInText } from "../handoff/phone.js";
import { CONTACT_LIMITS } from "../handoff/request.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { changesArea } from "./contact-area.js";
import { type Dialogue, type Reply, readReply } from "./replies.js";

/**
 * What every contact step reads before its own answer: a new area, the name corrected, going
 * back or stopping. Kept apart from the steps so that each step's file reads one question.
 */

export const { name: MAX_NAME } = CONTACT_LIMITS;

export const DETAILS = ["name", "phone", "time", "note"] as const;
export type Detail = (typeof DETAILS)[number];

/**
 * The one contact detail a message names («cambia il nome», «schimbă numărul», «змінити
 * ім'я»: `detail_*` in replies.yaml); undefined when it names none, or more than one.
 */
export function namedDetail(dialogue: Dialogue, text: string): Detail | undefined {
  const named = DETAILS.filter((detail) => dialogue.read.mentions(`detail_${detail}`, text));
  return named.length === 1 ? named[0] : undefined;
}
/** More words than a name has: a sentence about a need, typed at the name question. */
export const MAX_NAME_WORDS = 5;

/**
 * A step's outcome besides its answer: "indietro" goes to the question before, "basta" stops,
 * «cambia zona» changes the area and asks the same question again.
 */
export const BACK = Symbol("back");
export const STOP = Symbol("stop");
export class NewArea {
  constructor(readonly reply: Reply) {}
}
/** «actually my name is John Smith» after the name question: the name corrected. */
export class NewName {
  constructor(readonly name: string) {}
}
/** «333 765 4321» alone at a later question (the phone's message edited, say): the phone corrected. */
export class NewPhone {
  constructor(readonly phone: string) {}
}
/** «0721 234 567» alone at a later question: a mobile abroad or a landline here, so asked which. */
export class PhoneToAsk {
  constructor(readonly reply: Reply) {}
}
/** «cambiar el nombre» at a later question: that detail asked again, then the question left. */
export class DetailToAsk {
  constructor(readonly detail: Detail) {}
}
export type Steer =
  | typeof BACK
  | typeof STOP
  | NewArea
  | NewName
  | NewPhone
  | PhoneToAsk
  | DetailToAsk;
export type Answer<T> = T | Steer;

/**
 * The name said again, plainly introduced, at a later question («actually my name is John
 * Smith», «scusa, mi chiamo Anna Neri», «de hecho me llamo Lucía»: `name` and `correcting`
 * in replies.yaml): not a phone or a note.
 */
export const correctedName = (dialogue: Dialogue, reply: Reply): string | undefined => {
  const name = reply.kind === "text" ? dialogue.read.introducedName(reply.text) : undefined;
  if (name === undefined || /\p{N}/u.test(name)) return undefined;
  const words = name.split(/\s+/u).length;
  return words <= MAX_NAME_WORDS && name.length <= MAX_NAME ? name : undefined;
};

/**
 * A message that is only a phone number (digits and the signs written between them): no
 * time to call or note, which say more («dopo le 17», «chiamatemi al 333… di sera»).
 */
const ONLY_A_NUMBER = /^[\p{Nd}\s+()./-]+$/u;
/** A number that is a mobile at home and a landline in Italy («0721 234 567») is asked, never guessed. */
export const correctedPhone = (
  dialogue: Dialogue,
  reply: Reply,
): NewPhone | PhoneToAsk | undefined => {
  if (reply.kind !== "text" || !ONLY_A_NUMBER.test(reply.text.trim())) return undefined;
  if (eitherCountry(reply.text, dialogue.locale) !== undefined) return new PhoneToAsk(reply);
  const phone = phoneInText(reply.text);
  return phone === null ? undefined : new NewPhone(phone);
};

export async function steering(
  dialogue: Dialogue,
  knowledge: KnowledgeHolder,
  reply: Reply,
  {
    afterName = true,
    afterPhone = false,
    /** The question asked: another detail named to be changed is asked again first. */
    asked,
  }: { afterName?: boolean; afterPhone?: boolean; asked?: Detail } = {},
): Promise<Steer | undefined> {
  if (await changesArea(dialogue, knowledge, reply)) return new NewArea(reply);
  const renamed = afterName ? correctedName(dialogue, reply) : undefined;
  if (renamed) return new NewName(renamed);
  const rephoned = afterPhone ? correctedPhone(dialogue, reply) : undefined;
  if (rephoned) return rephoned;
  if (reply.kind !== "text") return undefined;
  const { kind } = readReply(dialogue, reply.text);
  const named = kind === "change" && asked ? namedDetail(dialogue, reply.text) : undefined;
  if (named !== undefined && named !== asked) return new DetailToAsk(named);
  return kind === "cancel" ? STOP : kind === "back" ? BACK : undefined;
}
