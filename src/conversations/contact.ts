import type { KnowledgeHolder } from "../knowledge/index.js";
import { askName } from "./contact-name.js";
import { askPhone, PhoneWithTime } from "./contact-phone.js";
import {
  type Answer,
  BACK,
  correctedName,
  correctedPhone,
  DETAILS,
  type Detail,
  DetailToAsk,
  NewArea,
  NewName,
  NewPhone,
  PhoneToAsk,
  STOP,
} from "./contact-steering.js";
import { askNote, askTime } from "./contact-time-note.js";
import type { Dialogue, Reply } from "./replies.js";

/** How the citizen wants to be contacted; a null phone means "here on Telegram". */
export interface ContactDetails {
  readonly name: string;
  readonly phone: string | null;
  readonly preferredTime: string;
  readonly note: string;
}

/** The contact steps' needs: the classifier and places, and what a new area changes. */
export interface ContactDependencies {
  readonly knowledge: KnowledgeHolder;
  /** Asks (or reads) the new area; true when it changed. */
  readonly newArea: (reply: Reply) => Promise<boolean>;
}

/**
 * Name, phone, preferred time and note, each understood when typed; "indietro" goes back one
 * question, "annulla" or "basta" stops (null: nothing was stored). With no phone there is no
 * time to call, and that question is left out. With `only`, the details given are kept and
 * that one question alone is asked again (a detail corrected at the summary, or named to be
 * changed at a later question).
 */
export async function askContactDetails(
  dialogue: Dialogue,
  deps: ContactDependencies,
  again?: { readonly details: Partial<ContactDetails>; readonly only: Detail },
): Promise<ContactDetails | null> {
  const { knowledge } = deps;
  const details: { -readonly [K in keyof ContactDetails]?: ContactDetails[K] } = {
    ...again?.details,
  };
  const steps = again ? [again.only] : DETAILS;
  let step = 0;
  while (step < steps.length) {
    const current = steps[step];
    let answer: Answer<unknown>;
    if (current === "time" && details.phone === null) answer = "";
    else if (current === "name") answer = await askName(dialogue, knowledge);
    else if (current === "phone") answer = await askPhone(dialogue, knowledge, details.name);
    else if (current === "time") answer = await askTime(dialogue, knowledge);
    else answer = await askNote(dialogue, knowledge);
    if (answer === STOP) return null;
    if (answer instanceof NewArea) {
      // The same question again, after the area is told and said back.
      await deps.newArea(answer.reply);
      continue;
    }
    if (answer instanceof DetailToAsk) {
      // «cambiar el nombre» at the note: that question alone, then this one again.
      const redone = await askContactDetails(dialogue, deps, { details, only: answer.detail });
      if (redone === null) return null;
      Object.assign(details, redone);
      continue;
    }
    if (answer instanceof NewName) {
      // The name corrected, said back; then the same question again.
      details.name = answer.name;
      await dialogue.ctx.reply(`✅ ${answer.name}`);
      continue;
    }
    if (answer instanceof NewPhone) {
      // The number typed again (its message edited): said back, then the same question again.
      details.phone = answer.phone;
      await dialogue.ctx.reply(`✅ ${answer.phone}`);
      continue;
    }
    if (answer instanceof PhoneToAsk) {
      // Which country the number is from is asked, as at the phone question; then this one
      // again, unless it was the time and the time came with the number.
      const phone = await askPhone(dialogue, knowledge, details.name, answer.reply);
      if (phone === STOP) return null;
      if (typeof phone === "string" || phone instanceof PhoneWithTime)
        Object.assign(details, phoneTaken(phone));
      if (phone instanceof PhoneWithTime && current === "time") step++;
      continue;
    }
    if (answer instanceof PhoneWithTime) {
      // The time to call came with the number: its question is not asked.
      Object.assign(details, phoneTaken(answer));
      step += steps[step + 1] === "time" ? 2 : 1;
      continue;
    }
    if (answer === BACK) {
      step = Math.max(0, step - 1);
      // Going back over the time question left out for lack of a phone lands on the phone.
      if (steps[step] === "time" && details.phone === null) step--;
      continue;
    }
    if (current === "name" && typeof answer === "object" && answer !== null) {
      // The phone came with the name: its question is not asked.
      const told = answer as { name: string; phone: string };
      details.name = told.name;
      details.phone = told.phone;
      step += 2;
      continue;
    }
    if (current === "name") details.name = answer as string;
    else if (current === "phone") details.phone = answer as string | null;
    else if (current === "time") details.preferredTime = answer as string;
    else details.note = answer as string;
    step++;
  }
  return details as ContactDetails;
}

/**
 * A detail typed again at the summary, as the bot asks after an edited message: the name
 * introduced («scusa, mi chiamo Anna Neri») or the number alone («333 222 1181»; one that is a
 * mobile abroad and a landline here is asked about first). The details with it, null when the
 * citizen stops, undefined when the reply corrects neither.
 */
export async function correctedAtSummary(
  dialogue: Dialogue,
  deps: ContactDependencies,
  details: ContactDetails,
  reply: Reply,
): Promise<ContactDetails | null | undefined> {
  const name = correctedName(dialogue, reply);
  if (name !== undefined) return { ...details, name };
  const phone = correctedPhone(dialogue, reply);
  if (phone instanceof NewPhone) return { ...details, phone: phone.phone };
  if (!(phone instanceof PhoneToAsk)) return undefined;
  const asked = await askPhone(dialogue, deps.knowledge, details.name, phone.reply);
  if (asked === STOP) return null;
  return typeof asked === "string" || asked instanceof PhoneWithTime
    ? { ...details, ...phoneTaken(asked) }
    : details;
}

/**
 * The details the phone question took, wherever the number was typed: a time to call typed
 * beside it («+40 721 234 567, dimineața») comes with it, never asked again.
 */
const phoneTaken = (phone: string | PhoneWithTime): Partial<ContactDetails> =>
  phone instanceof PhoneWithTime ? { phone: phone.phone, preferredTime: phone.time } : { phone };
