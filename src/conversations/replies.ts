import type { Conversation } from "@grammyjs/conversations";
import { type Context, InlineKeyboard } from "grammy";
import { answerPress } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { savedLocale } from "../bot/reply-language.js";
import type { Locale, Texts, Translate } from "../bot/texts.js";
import type { ReplyKind, ReplyReader } from "../language/replies.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import type { ChatProfile } from "../storage/profiles.js";

/** A citizen's reply while a question waits, reduced to what the dialogues use. */
export type Reply =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "location"; readonly lat: number; readonly lon: number }
  | { readonly kind: "contact"; readonly phone: string; readonly own: boolean }
  /** A button pressed, or its typed twin: its label or a usual way of saying it. */
  | { readonly kind: "action"; readonly data: string | undefined };

/**
 * One button of a question: its label, its callback data, and the short replies that mean
 * it when typed ("sì" for "✅ Sì, va bene"). Every question lists its choices once; both the
 * keyboard and the typed twin come from that list.
 */
export interface Choice {
  readonly label: string;
  readonly data: string;
  readonly means?: readonly ReplyKind[];
}

/** The inline keyboard of a question, one row per inner list. */
export function keyboardOf(rows: ReadonlyArray<readonly Choice[]>): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const row of rows) {
    for (const choice of row) keyboard.text(choice.label, choice.data);
    keyboard.row();
  }
  return keyboard;
}

/** Words a label typed in short keeps: «tutti gli spazi» for «🏠 Tutti gli spazi WeMi». */
const MIN_SHORT_WORDS = 2;

/**
 * The one choice whose label holds the typed words in a row, when they are at least half of
 * it («chi gestisce gli spazi», «un altro bisogno»). Undefined when none, or several.
 */
function choiceInShort(
  typed: string,
  choices: readonly Choice[],
  read: ReplyReader,
): Choice | undefined {
  const count = typed === "" ? 0 : typed.split(" ").length;
  if (count < MIN_SHORT_WORDS) return undefined;
  const holding = choices.filter((choice) => {
    const label = read.words(choice.label);
    return count * 2 >= label.length && ` ${label.join(" ")} `.includes(` ${typed} `);
  });
  return holding.length === 1 ? holding[0] : undefined;
}

/**
 * Which choice a typed text means: its label (without emoji, case or accents), or a short
 * reply listed in the choice's `means`. Undefined when it means none, or several.
 */
export function typedChoice(
  text: string,
  choices: readonly Choice[],
  read: ReplyReader,
  locale: Locale,
): Choice | undefined {
  // The text's words joined once, not once per choice (every menu label is compared).
  const typed = read.words(text).join(" ");
  const byLabel =
    typed === "" ? undefined : choices.find((c) => read.words(c.label).join(" ") === typed);
  if (byLabel) return byLabel;
  const inShort = choiceInShort(typed, choices, read);
  if (inShort) return inShort;
  const { kind } = read(text, locale);
  if (kind === null) return undefined;
  const meant = choices.filter((choice) => choice.means?.includes(kind));
  return meant.length === 1 ? meant[0] : undefined;
}

// Positions said in words, in the languages the bot speaks whole conversations in: a
// citizen who sees a list of buttons may answer «2», «la seconda», «the second one».
const POSITION_WORDS: readonly (readonly string[])[] = [
  ["primo", "prima", "uno", "first", "1st", "primero", "primera", "primul", "перший", "перша"],
  [
    "secondo",
    "seconda",
    "due",
    "second",
    "two",
    "2nd",
    "segundo",
    "segunda",
    "dos",
    "doilea",
    "doua",
    "doi",
    "другий",
    "друга",
  ],
  [
    "terzo",
    "terza",
    "tre",
    "third",
    "three",
    "3rd",
    "tercero",
    "tercera",
    "tres",
    "treilea",
    "treia",
    "trei",
    "третій",
    "третя",
  ],
  [
    "quarto",
    "quarta",
    "quattro",
    "fourth",
    "four",
    "4th",
    "cuarto",
    "cuarta",
    "patrulea",
    "patra",
    "четвертий",
    "четверта",
  ],
  [
    "quinto",
    "quinta",
    "cinque",
    "fifth",
    "five",
    "5th",
    "cinco",
    "cincilea",
    "cincea",
    "пʼятий",
    "пʼята",
  ],
];
// Words around a position that change nothing: «sì, la seconda», «the second one please».
const AROUND_POSITION = [
  "il",
  "la",
  "lo",
  "l",
  "quella",
  "quello",
  "opzione",
  "numero",
  "si",
  "grazie",
  "per",
  "favore",
  "the",
  "one",
  "option",
  "number",
  "yes",
  "please",
  "thanks",
  "el",
  "opcion",
  "gracias",
  "al",
  "a",
  "varianta",
  "da",
  "варіант",
  "так",
];

/**
 * The choice at the position a typed text names («2», «la seconda», «the second one»), for
 * questions whose buttons are a list to pick from (not where a number is a house number or
 * a Municipio). Undefined when the text says anything else.
 */
export function choiceAtPosition(
  text: string,
  choices: readonly Choice[],
  read: ReplyReader,
): Choice | undefined {
  const around = new Set(AROUND_POSITION.flatMap((word) => read.words(word)));
  const said = read.words(text).filter((word) => !around.has(word));
  if (said.length !== 1) return undefined;
  const word = said[0] as string;
  const position = /^\d+$/.test(word)
    ? Number(word)
    : POSITION_WORDS.findIndex((words) => words.some((w) => read.words(w)[0] === word)) + 1;
  return position >= 1 ? choices[position - 1] : undefined;
}

/**
 * At a question whose buttons are a list to pick from: the choice a typed text means by its
 * label or a usual way of saying it (typedChoice), else by its place (choiceAtPosition).
 */
export function typedOrPlacedChoice(
  text: string,
  choices: readonly Choice[],
  read: ReplyReader,
  locale: Locale,
): Choice | undefined {
  return typedChoice(text, choices, read, locale) ?? choiceAtPosition(text, choices, read);
}

/**
 * Waits for the next text, location, contact or button press. A text that is the typed twin
 * of one of `choices` comes back as that button's action. Anything else (stickers,
 * photos…) is answered by the guidance feature before it reaches a conversation.
 */
export async function waitReply(
  conversation: Conversation<BotContext, Context>,
  typed?: {
    readonly choices: readonly Choice[];
    readonly read: ReplyReader;
    readonly locale: Locale;
  },
): Promise<Reply> {
  const ctx = await conversation.waitFor([
    "message:text",
    "message:location",
    "message:contact",
    "callback_query:data",
  ]);
  if (ctx.callbackQuery) {
    await answerPress(ctx);
    return { kind: "action", data: ctx.callbackQuery.data };
  }
  const { location, contact } = ctx.message ?? {};
  if (location) return { kind: "location", lat: location.latitude, lon: location.longitude };
  // A contact card is the citizen's own only when Telegram ties it to the sender.
  if (contact)
    return { kind: "contact", phone: contact.phone_number, own: contact.user_id === ctx.from?.id };
  const text = (ctx.message?.text ?? "").trim();
  const twin = typed && typedChoice(text, typed.choices, typed.read, typed.locale);
  return twin ? { kind: "action", data: twin.data } : { kind: "text", text };
}

/** What every step of a dialogue needs: where it runs, in which language, how replies read. */
export interface Dialogue {
  readonly conversation: Conversation<BotContext, Context>;
  readonly ctx: Context;
  readonly locale: Locale;
  readonly t: Translate;
  readonly read: ReplyReader;
  /** Every language's texts: a label typed in another of the bot's languages still counts. */
  readonly texts: Texts;
}

/** Waits for the citizen's reply to a question offering `choices` (typed twins included). */
export const waitChoice = (dialogue: Dialogue, choices: readonly Choice[] = []) =>
  waitReply(dialogue.conversation, { choices, read: dialogue.read, locale: dialogue.locale });

/** The short-reply meaning of a text in the dialogue's language. */
export const readReply = (dialogue: Dialogue, text: string) => dialogue.read(text, dialogue.locale);

/** Words of a question about costs alone («prima vorrei sapere quanto costa»), not a note. */
const MAX_COST_QUESTION_WORDS = 6;

/**
 * A short question about costs («quanto costa?», «is it free?»): the bot knows no prices, and
 * says so where it is asked. A longer text that asks it among other things is not one.
 */
export const asksCostOnly = ({ read }: Dialogue, text: string) =>
  read.mentions("cost", text) && read.words(text).length <= MAX_COST_QUESTION_WORDS;

/**
 * «no, scusa, ho sbagliato, voglio continuare», «no, non voglio dare il nome»: a reply whose
 * first clause is a plain no (or «annulla») is that no, however it goes on. Only for a no:
 * a yes that goes on may take it back.
 */
export function saysNoFirst(dialogue: Dialogue, text: string): boolean {
  const { kind, extraWords } = readReply(dialogue, firstOf(text));
  return (kind === "no" || kind === "cancel") && extraWords === 0;
}

/**
 * «non voglio essere richiamata, mi basta sapere dove andare»: the first clause says no,
 * however it goes on. Read only where the message asks something else, so that the no is to
 * the question it replies to. A clause of three words or more past the no is no short reply
 * («I don't want a call», «no quiero que me llamen»): not read so.
 */
export function refusesFirst(dialogue: Dialogue, text: string): boolean {
  const { kind } = readReply(dialogue, firstOf(text));
  return kind === "no" || kind === "cancel";
}

const firstOf = (text: string) => text.split(/[,;.!?]/u)[0] ?? "";

/** What a reply says after its first clause («no, prefiero ir yo»: «prefiero ir yo»). */
export const afterFirstClause = (text: string) => text.slice(firstOf(text).length + 1).trim();

/** «sì, ma…», «yes but…», «sí, pero…», «da, dar…», «так, але…»: where a short answer goes on. */
const BUT = /[\s,;.]+(?:ma|però|pero|but|dar|але)\s+/iu;

/**
 * A yes or no that goes on after a «but» («sì ma prima vorrei sapere se è gratuito»): the
 * short answer and what follows it; undefined when the text has no «but».
 */
export function answerBeforeBut(text: string): { answer: string; rest: string } | undefined {
  const but = BUT.exec(text);
  if (!but) return undefined;
  return { answer: text.slice(0, but.index), rest: text.slice(but.index + but[0].length) };
}

/**
 * The chat's language for a dialogue (chosen, written, or the Telegram client's), read so
 * that the dialogue's stored state keeps the language only: the profile it comes from may
 * hold the last need's words.
 */
export const chatLocale = (
  conversation: Conversation<BotContext, Context>,
  profiles: KeyValueStore<ChatProfile>,
  ctx: Context,
  texts: Texts,
): Promise<Locale> =>
  conversation.external(async () =>
    savedLocale((await profiles.get(String(ctx.chat?.id))) ?? {}, ctx.from?.language_code, texts),
  );

/**
 * Words of a question of where to go alone, a refusal before it («no gracias, prefiero no
 * hablar con nadie, solo dime dónde tengo que ir»: 13); read only where no need is read.
 */
const MAX_WHERE_TO_GO_WORDS = 16;

/**
 * A short question of where to go, or for the address alone («dove devo andare?», «just the
 * address»): it asks about the need already told or answered, names none of its own.
 */
export const asksWhereToGoOnly = ({ read }: Dialogue, text: string) =>
  read.mentions("where_to_go", text) && read.words(text).length <= MAX_WHERE_TO_GO_WORDS;

/**
 * «vale, gracias», «ok thanks», «va bene grazie»: a yes made only of words that take note, with
 * a thanks, takes leave after the cost reply or an answer; a «sì» or «yes» beside them («sì, ok
 * grazie») is still a yes to the call.
 */
export function acknowledgesOnly(dialogue: Dialogue, text: string): boolean {
  const { read } = dialogue;
  const rest = read.words(text).filter((word) => !read.mentions("acknowledge", word));
  return rest.length > 0 && readReply(dialogue, rest.join(" ")).kind === "thanks";
}

/** «and a babysitter?», «а щодо їжі?»: the follow-up's opening words, its first two at most. */
export const opensFollowUp = ({ read }: Dialogue, text: string) =>
  read.mentions("follow_up", read.words(text).slice(0, 2).join(" "));

/** «¿y para ella hay algo?» is six words; a longer message tells its own story. */
const MAX_ANYTHING_FOR_WORDS = 7;

/** Something asked for after an answer, in a few words («and is there anything for her?»). */
export const asksAnythingFor = ({ read }: Dialogue, text: string) =>
  read.mentions("anything_for", text) && read.words(text).length <= MAX_ANYTHING_FOR_WORDS;
