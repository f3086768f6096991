import { Keyboard } from "grammy";
import { data, parseAction, type TimeSlot } from "../bot/callback-data.js";
import {
  type EitherCountry,
  eitherCountry,
  normalizePhone,
  phoneInText,
  sharedPhone,
  withCountryCode,
} from "../handoff/phone.js";
import { CONTACT_LIMITS } from "../handoff/request.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { namesNeed } from "../nlu/need.js";
import { changesArea } from "./contact-area.js";
import {
  answerBeforeBut,
  asksCostOnly,
  type Choice,
  type Dialogue,
  keyboardOf,
  type Reply,
  readReply,
  typedOrPlacedChoice,
  waitChoice,
  waitReply,
} from "./replies.js";

const { name: MAX_NAME, note: MAX_NOTE, preferredTime: MAX_TIME } = CONTACT_LIMITS;
/**
 * At the name question a need must be told plainly («badante», «cerco una colf»: 0.74 and
 * up): a name the classifier half-reads as a need («Lola Flores» → colf 0.48) is a name.
 */
const NEED_AT_NAME_CONFIDENCE = 0.6;
/** More words than a name has: a sentence about a need, typed at the name question. */
const MAX_NAME_WORDS = 5;
/** What the phone question's "contact me here" button sends (a reply keyboard sends its label). */
const CONTACT_HERE = "contact-here";

/** How the citizen wants to be contacted; a null phone means "here on Telegram". */
export interface ContactDetails {
  readonly name: string;
  readonly phone: string | null;
  readonly preferredTime: string;
  readonly note: string;
}

/**
 * A step's outcome besides its answer: "indietro" goes to the question before, "basta" stops,
 * «cambia zona» changes the area and asks the same question again.
 */
const BACK = Symbol("back");
const STOP = Symbol("stop");
class NewArea {
  constructor(readonly reply: Reply) {}
}
/** «actually my name is John Smith» after the name question: the name corrected. */
class NewName {
  constructor(readonly name: string) {}
}
type Steer = typeof BACK | typeof STOP | NewArea | NewName;
type Answer<T> = T | Steer;

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

async function steering(
  dialogue: Dialogue,
  knowledge: KnowledgeHolder,
  reply: Reply,
  { afterName = true } = {},
): Promise<Steer | undefined> {
  if (await changesArea(dialogue, knowledge, reply)) return new NewArea(reply);
  const renamed = afterName ? correctedName(dialogue, reply) : undefined;
  if (renamed) return new NewName(renamed);
  if (reply.kind !== "text") return undefined;
  const { kind } = readReply(dialogue, reply.text);
  return kind === "cancel" ? STOP : kind === "back" ? BACK : undefined;
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
 * time to call, and that question is left out.
 */
export async function askContactDetails(
  dialogue: Dialogue,
  deps: ContactDependencies,
): Promise<ContactDetails | null> {
  const { knowledge } = deps;
  const details: { -readonly [K in keyof ContactDetails]?: ContactDetails[K] } = {};
  const steps = ["name", "phone", "time", "note"] as const;
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
    if (answer instanceof NewName) {
      // The name corrected, said back; then the same question again.
      details.name = answer.name;
      await dialogue.ctx.reply(`✅ ${answer.name}`);
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

/** «Me» said alone, in the languages the bot speaks: the proposed name. */
const MYSELF = /^(?:me|myself|io|yo|eu|я)[\s.!]*$/iu;

/**
 * Pronouns of a person told of, in the languages the bot speaks: «lei» («she», and the formal
 * «you») typed at the name question is whom the request is for, not a name.
 */
const PRONOUNS = new Set(
  "lei lui loro she he her him they them ella él el ellos ellas ea ei ele вона він вони".split(" "),
);

/** A phone number typed beside the name, and the words before it («tel.», «cell» dropped). */
const PHONE_IN_TEXT =
  /(?:[\s,;:-]*(?:tel|telefono|cell|cellulare|phone|numero|number|n)\.?)?[\s,;:-]*(\+?\d[\d\s./-]{6,}\d)\s*$/iu;

/** The name step's text without a valid phone number at its end, and that number. */
function namePhoneIn(text: string): { readonly rest: string; readonly phone: string | null } {
  const match = PHONE_IN_TEXT.exec(text);
  const phone = match ? normalizePhone(match[1] as string) : null;
  return phone && match
    ? { rest: text.slice(0, match.index).trim(), phone }
    : { rest: text, phone: null };
}

/**
 * The name: the proposed one, a typed one, or "preferisco non dirlo" (operators then see a
 * neutral name). "no", "boh" or a sentence about a need are not names: asked again.
 */
async function askName(
  dialogue: Dialogue,
  knowledge: KnowledgeHolder,
): Promise<Answer<string | { readonly name: string; readonly phone: string }>> {
  const { conversation, ctx, t } = dialogue;
  // Read from the update being handled (the citizen's own, in a private chat), inside
  // external: the stored dialogue keeps no sender's names (conversation-store).
  const proposed = await conversation.external(({ from }) =>
    [from?.first_name, from?.last_name].filter(Boolean).join(" ").slice(0, MAX_NAME),
  );
  const choices: Choice[] = [
    ...(proposed === ""
      ? []
      : [{ label: t("handoff-use-name", { name: proposed }), data: data.useName, means: ["yes"] }]),
    { label: t("handoff-name-withheld-button"), data: data.nameWithheld, means: ["skip"] },
  ] as Choice[];
  await ctx.reply(t("handoff-ask-name", { proposed: proposed === "" ? "none" : proposed }), {
    reply_markup: keyboardOf([choices]),
  });
  for (;;) {
    const reply = await waitChoice(dialogue, choices);
    const steer = await steering(dialogue, knowledge, reply, { afterName: false });
    if (steer) return steer;
    const action = reply.kind === "action" ? parseAction(reply.data).kind : undefined;
    if (action === "use-name" && proposed !== "") return proposed;
    if (action === "name-withheld") return t("handoff-name-withheld");
    if (reply.kind === "text" && dialogue.read.mentions("cost", reply.text)) {
      // «ma è gratuito?»: no price is known here; said honestly, then the name again.
      await ctx.reply(t("handoff-cost-unknown-name"));
      continue;
    }
    if (reply.kind === "text") {
      const reading = readReply(dialogue, reply.text);
      const told = namePhoneIn(reply.text);
      // «mi chiamo Dora Neri», «I'm Amy»: the operators' card shows the name alone.
      const introduced = dialogue.read.introducedName(told.rest, true) ?? told.rest.trim();
      // «il nome è Giuseppe ma tutti mi chiamano Pino»: the name is what comes before the «but».
      const said = answerBeforeBut(introduced)?.answer.trim() ?? introduced;
      // «me», «io»: the citizen means the name the bot proposed.
      const name = proposed !== "" && MYSELF.test(said) ? proposed : said;
      const words = name.split(/\s+/u).filter(Boolean);
      const aNeed = await conversation.external(() => {
        const reading = knowledge.current.classifier.classify(reply.text);
        return namesNeed(reading) && reading.confidence >= NEED_AT_NAME_CONFIDENCE;
      });
      const aName =
        name !== "" &&
        name.length <= MAX_NAME &&
        words.length <= MAX_NAME_WORDS &&
        !/\p{N}/u.test(name) &&
        !words.every((word) => PRONOUNS.has(word.toLowerCase())) &&
        !(reading.kind !== null && reading.extraWords === 0) &&
        !aNeed;
      // A number Italy and the citizen's country read apart waits for the phone question.
      const either = eitherCountry(reply.text, dialogue.locale) !== undefined;
      if (aName && told.phone !== null && !either) {
        await ctx.reply(`✅ ${told.phone}`);
        return { name, phone: told.phone };
      }
      if (aName) return name;
    }
    await ctx.reply(t("handoff-name-again"));
  }
}

/**
 * The phone: shared, typed, or "contact me here on Telegram" (null: operators write through
 * the relay and no phone is stored).
 */
async function askPhone(
  dialogue: Dialogue,
  knowledge: KnowledgeHolder,
  name: string | undefined,
): Promise<Answer<string | null>> {
  const { ctx, t } = dialogue;
  const here: Choice = {
    label: t("handoff-contact-here"),
    data: CONTACT_HERE,
    means: ["contact_here", "no", "skip"],
  };
  await ctx.reply(t("handoff-ask-phone"), {
    reply_markup: new Keyboard()
      .requestContact(t("handoff-share-phone"))
      .row()
      .text(here.label)
      .resized()
      .oneTime(),
  });
  // The number asked about, when the citizen was asked which country it is from.
  let asked: EitherCountry | undefined;
  for (;;) {
    const reply = await waitChoice(dialogue, [here]);
    const steer = await steering(dialogue, knowledge, reply);
    // Going back takes the phone keyboard away here; stopping says so (and takes it) after.
    if (steer === BACK)
      await ctx.reply(t("handoff-going-back"), { reply_markup: { remove_keyboard: true } });
    if (steer) return steer;
    if (reply.kind === "action" && reply.data === CONTACT_HERE) {
      await ctx.reply(t("handoff-contact-here-ok"), { reply_markup: { remove_keyboard: true } });
      return null;
    }
    if (reply.kind === "contact" && !reply.own) {
      await ctx.reply(t("handoff-phone-not-yours"));
      continue;
    }
    // «0721 234 567» in a Romanian dialogue: a mobile there, a landline in Pesaro. Asked.
    const either = reply.kind === "text" ? eitherCountry(reply.text, dialogue.locale) : undefined;
    if (either !== undefined) {
      await ctx.reply(t("handoff-phone-which-country", { ...either }));
      asked = either;
      continue;
    }
    // «+40» alone after that question: the number with that code.
    const coded = asked && reply.kind === "text" ? withCountryCode(asked, reply.text) : null;
    const phone =
      reply.kind === "contact"
        ? sharedPhone(reply.phone)
        : reply.kind === "text"
          ? (coded ?? phoneInText(reply.text))
          : null;
    if (phone !== null) {
      // The share-contact keyboard goes away with the acknowledgement.
      await ctx.reply(`✅ ${phone}`, { reply_markup: { remove_keyboard: true } });
      return phone;
    }
    // «ma è gratuito?»: no price is known here; said honestly, then the number again.
    if (reply.kind === "text" && dialogue.read.mentions("cost", reply.text)) {
      await ctx.reply(t("handoff-cost-unknown-phone"));
      continue;
    }
    // A name («Maria Bianchi», typed again after an edited message): the number is what is
    // asked, and the name held is said back with how to correct it.
    const aName =
      reply.kind === "text" && name !== undefined && looksLikeAName(dialogue, reply.text);
    await ctx.reply(aName ? t("handoff-phone-not-name", { name }) : t("handoff-phone-invalid"));
  }
}

/** A few words, no digits, no short reply, time or question: what a name looks like. */
function looksLikeAName(dialogue: Dialogue, text: string): boolean {
  const { read } = dialogue;
  const words = text.trim().split(/\s+/u).length;
  return (
    words <= MAX_NAME_WORDS &&
    /\p{L}/u.test(text) &&
    !/[\p{N}?]/u.test(text) &&
    readReply(dialogue, text).kind === null &&
    !read.onlyTime(text) &&
    read.timeOfDay(text) === undefined
  );
}

const TIME_SLOTS: readonly TimeSlot[] = ["morning", "afternoon", "any"];

/**
 * The time to call: a slot tapped, or said in words in any of the bot's languages («in
 * mattinata», «afternoon», «вранці», «verso sera»: the slot, so that the summary and the
 * operators read it in their own words), or anything else typed («dopo le 17», «non la
 * mattina»: kept as written), or a button by its place («la seconda», «2»). A time of day is
 * read before the buttons' typed twins, so that «non la mattina» is not the «no» of
 * «Indifferente».
 */
async function askTime(dialogue: Dialogue, knowledge: KnowledgeHolder): Promise<Answer<string>> {
  const { ctx, t, read } = dialogue;
  const choices: Choice[] = TIME_SLOTS.map((slot) => ({
    label: t(`handoff-time-${slot}`),
    data: data.time(slot),
    ...(slot === "any" ? { means: ["dont_know", "skip", "no"] as const } : {}),
  }));
  await ctx.reply(t("handoff-ask-time"), { reply_markup: keyboardOf([choices]) });
  for (;;) {
    const reply = await waitReply(dialogue.conversation);
    const steer = await steering(dialogue, knowledge, reply);
    if (steer) return steer;
    const said = reply.kind === "text" ? read.timeOfDay(reply.text) : undefined;
    if (said !== undefined && said !== "free") return t(`handoff-time-${said}`);
    const action =
      reply.kind === "action"
        ? parseAction(reply.data)
        : reply.kind === "text" && said === undefined
          ? parseAction(typedOrPlacedChoice(reply.text, choices, read, dialogue.locale)?.data)
          : undefined;
    if (action?.kind === "time") return t(`handoff-time-${action.slot}`);
    // «quanto costa?»: no price is known here; said honestly, then the time again.
    if (reply.kind === "text" && asksCostOnly(dialogue, reply.text)) {
      await ctx.reply(t("handoff-cost-unknown-time"), { reply_markup: keyboardOf([choices]) });
      continue;
    }
    if (reply.kind === "text" && reply.text !== "") return reply.text.slice(0, MAX_TIME);
    await ctx.reply(t("handoff-ask-time-again"));
  }
}

/**
 * The note: typed, or none ("Nessuna nota", "no", "no grazie", "nessuna"). A short question
 * about costs («quanto costa?») is answered honestly first; asked again, it is the note, for
 * the worker who calls to answer. A longer note that asks it among other things stays a note.
 */
async function askNote(dialogue: Dialogue, knowledge: KnowledgeHolder): Promise<Answer<string>> {
  const { ctx, t } = dialogue;
  const choices: Choice[] = [
    { label: t("handoff-no-note"), data: data.noNote, means: ["no", "skip", "dont_know"] },
  ];
  await ctx.reply(t("handoff-ask-note"), { reply_markup: keyboardOf([choices]) });
  let costAnswered = false;
  for (;;) {
    const reply = await waitChoice(dialogue, choices);
    const steer = await steering(dialogue, knowledge, reply);
    if (steer) return steer;
    if (reply.kind === "action" && parseAction(reply.data).kind === "no-note") return "";
    if (reply.kind === "text" && asksCostOnly(dialogue, reply.text) && !costAnswered) {
      costAnswered = true;
      await ctx.reply(t("handoff-cost-unknown-note"), { reply_markup: keyboardOf([choices]) });
      continue;
    }
    // «sì», «yes», «da» answers «Vuoi aggiungere una nota?»: the note itself is still to come.
    const yes = reply.kind === "text" && readReply(dialogue, reply.text).kind === "yes";
    if (reply.kind === "text" && reply.text !== "" && !yes) return reply.text.slice(0, MAX_NOTE);
    await ctx.reply(t("handoff-ask-note-again"));
  }
}
