import { Keyboard } from "grammy";
import {
  besidesPhone,
  type EitherCountry,
  eitherCountry,
  phoneInText,
  sharedPhone,
  withCountryCode,
} from "../handoff/phone.js";
import { CONTACT_LIMITS } from "../handoff/request.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { type Answer, BACK, MAX_NAME_WORDS, steering } from "./contact-steering.js";
import { type Choice, type Dialogue, type Reply, readReply, waitChoice } from "./replies.js";

/** What the phone question's "contact me here" button sends (a reply keyboard sends its label). */
const CONTACT_HERE = "contact-here";

/** «333 123 4567, краще дзвонити вранці»: the number, and the time to call typed beside it. */
export class PhoneWithTime {
  constructor(
    readonly phone: string,
    readonly time: string,
  ) {}
}

/**
 * The phone: shared, typed, or "contact me here on Telegram" (null: operators write through
 * the relay and no phone is stored).
 */
export async function askPhone(
  dialogue: Dialogue,
  knowledge: KnowledgeHolder,
  name: string | undefined,
  /** A number typed at a later question, read first in place of asking (PhoneToAsk). */
  typed?: Reply,
): Promise<Answer<string | null | PhoneWithTime>> {
  const { ctx, t } = dialogue;
  const here: Choice = {
    label: t("handoff-contact-here"),
    data: CONTACT_HERE,
    means: ["contact_here", "no", "skip"],
  };
  if (!typed)
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
    const reply = typed ?? (await waitChoice(dialogue, [here]));
    typed = undefined;
    const steer = await steering(dialogue, knowledge, reply, { asked: "phone" });
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
      const time = reply.kind === "text" ? timeBesidePhone(dialogue, reply.text) : undefined;
      return time === undefined ? phone : new PhoneWithTime(phone, time);
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

/** A time typed beside the number in this many words or fewer («краще дзвонити вранці»). */
const MAX_TIME_WORDS = 5;
const EDGE_SIGNS = /^[\s,.;:!–-]+|[\s,.;:!–-]+$/gu;

/**
 * The time to call typed beside the number, so that it is not asked again: a slot, said in
 * the citizen's words on the summary as the buttons say it, else the words as typed when they
 * are few («chiamatemi dopo le 17»); undefined when no time of day is said.
 */
function timeBesidePhone({ read, t }: Dialogue, text: string): string | undefined {
  const rest = besidesPhone(text).replace(EDGE_SIGNS, "");
  const said = read.timeOfDay(rest);
  if (said === undefined) return undefined;
  if (said !== "free") return t(`handoff-time-${said}`);
  const few =
    read.words(rest).length <= MAX_TIME_WORDS && rest.length <= CONTACT_LIMITS.preferredTime;
  return few ? rest : undefined;
}
