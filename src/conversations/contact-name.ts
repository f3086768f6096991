import { data, parseAction } from "../bot/callback-data.js";
import { eitherCountry, normalizePhone } from "../handoff/phone.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { namesNeed } from "../nlu/need.js";
import { type Answer, MAX_NAME, MAX_NAME_WORDS, steering } from "./contact-steering.js";
import {
  answerBeforeBut,
  type Choice,
  type Dialogue,
  keyboardOf,
  readReply,
  waitChoice,
} from "./replies.js";

/**
 * At the name question a need must be told plainly («badante», «cerco una colf»: 0.74 and
 * up): a name the classifier half-reads as a need («Lola Flores» → colf 0.48) is a name.
 */
const NEED_AT_NAME_CONFIDENCE = 0.6;

/** «Me» said alone, in the languages the bot speaks: the proposed name. */
const MYSELF = /^(?:me|myself|io|yo|eu|я)[\s.!]*$/iu;

/**
 * Pronouns of a person told of, in the languages the bot speaks: «lei» («she», and the formal
 * «you») typed at the name question is whom the request is for, not a name.
 */
const PRONOUNS = new Set(
  "lei lui loro she he her him they them ella él el ellos ellas ea ei ele вона він вони".split(" "),
);

/** Words that join the number to the name, in the languages the bot speaks («e», «y», «și»). */
const PHONE_JOIN = "(?:e|y|and|și|si|і|та)";
/** «il mio», «mi», «my», «мій» before the word for the number. */
const PHONE_MINE = "(?:il mio|mi|my|el|the|мій)";
const PHONE_WORD =
  "(?:tel|telefono|teléfono|telefonul|telefon|cell|cellulare|celular|móvil|movil|phone|mobile|numero|número|numărul|numarul|număr|numar|number|nr|n|номер|телефон)";

/**
 * A phone number typed at the end of the name, and the words that introduce it dropped: «tel.»,
 * «e il mio numero è», «y mi número es», «și numărul meu este», «мій номер».
 */
const PHONE_IN_TEXT = new RegExp(
  `(?:(?:^|[\\s,;:-]+)(?:${PHONE_JOIN}\\s+)?(?:${PHONE_MINE}\\s+)?${PHONE_WORD}\\.?` +
    `(?:\\s+(?:di telefono|de teléfono|de telefon|телефону))?(?:\\s+(?:meu|mio))?` +
    `(?:\\s+(?:è|e|es|is|este))?)?[\\s,;:-]*(\\+?\\d[\\d\\s./-]{6,}\\d)\\s*$`,
  "iu",
);

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
export async function askName(
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
      // «mi chiamo Giulia, non Maria»: a name denied, often the one proposed, is no name;
      // «non mi chiamo Maria» alone leaves none, and the name is asked again.
      const owned = dialogue.read.withoutDeniedNames(told.rest) ?? told.rest;
      // «mi chiamo Dora Neri», «I'm Amy»: the operators' card shows the name alone.
      const introduced = dialogue.read.introducedName(owned, true) ?? owned.trim();
      // «il nome è Giuseppe ma tutti mi chiamano Pino»: the name is what comes before the «but».
      const said = answerBeforeBut(introduced)?.answer.trim() ?? introduced;
      // «me», «io»: the citizen means the name the bot proposed.
      const name = proposed !== "" && MYSELF.test(said) ? proposed : said;
      const words = name.split(/\s+/u).filter(Boolean);
      // The words beside the number: a number asks for a call («operatore» 0.77 with it). A name
      // introduced as one («мене звати Нгуєн Не») is no need, whatever «не» weighs.
      const named = dialogue.read.introducedName(owned) !== undefined;
      const aNeed =
        !named &&
        (await conversation.external(() => {
          const reading = knowledge.current.classifier.classify(told.rest);
          return namesNeed(reading) && reading.confidence >= NEED_AT_NAME_CONFIDENCE;
        }));
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
