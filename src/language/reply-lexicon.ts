import { z } from "zod";
import { type TimeOfDayLexicon, type TimeReading, timeOfDayLexiconSchema } from "./time-of-day.js";
import type { CommandWords, TypedCommand } from "./typed-commands.js";

/**
 * The words of short replies, one file per language (locales/<lang>/replies.yaml): their kinds,
 * the cues that mark a whole sentence, and what a reader of them answers. The reader itself is
 * in replies.ts.
 */

export const REPLY_KINDS = [
  "yes",
  "no",
  "skip",
  "cancel",
  "back",
  "change",
  "dont_know",
  "contact_here",
  "thanks",
] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

const phrases = z.array(z.string().trim().min(1)).optional();
export const replyLexiconSchema = z.strictObject({
  ...Object.fromEntries(REPLY_KINDS.map((kind) => [kind, phrases])),
  /** Politeness that changes nothing ("sì, per favore"). */
  fillers: phrases,
  /** Words taking back the answer just given («no anzi sì», «no, wait, yes»): the next one counts. */
  instead: phrases,
  /** Words saying where one lives ("abito a", "in realtà"): a sentence with them corrects the area. */
  home: phrases,
  /** Words naming the area itself ("zona", "quartiere"): «cambia zona» changes it, not a name. */
  area: phrases,
  /** Words joining a second need to the first ("e anche", "and also"). */
  also: phrases,
  /** Greetings a message may open with ("hola buenas", "bună ziua"), or take leave with ("adiós"). */
  greeting: phrases,
  /** Words asking for help without saying which ("necesito ayuda", "ho bisogno"). */
  help: phrases,
  /** Words asking what a service costs ("quanto costa", "è gratuito"): the bot knows no prices. */
  cost: phrases,
  /**
   * Words asking only where to go («mi basta sapere dove andare», «just the address»): the need
   * already told, or answered, is what they ask about.
   */
  where_to_go: phrases,
  /** Words naming meals alone («il mangiare», «the food»): asked right after an answer. */
  meals: phrases,
  /** Words a follow-up opens with («and», «what about», «а щодо»): see needNamed. */
  follow_up: phrases,
  /** Words that only take note («vale», «ok», «va bene»), one word each: see acknowledgesOnly. */
  acknowledge: phrases,
  /** «¿y para ella hay algo?», «і для неї щось є?»: something asked for, no need named. */
  anything_for: phrases,
  /**
   * The need seen to by oneself («ci penso io», «me encargo yo»): after a «no» at the offer of
   * a call, a need named beside it is no new request.
   */
  by_myself: phrases,
  /** Words introducing one's name («mi chiamo», «my name is»): what follows is the name. */
  name: phrases,
  /** Shorter introductions, read at the name question only («sono Dora», «I'm Amy»). */
  name_short: phrases,
  /** Words denying a name («non mi chiamo», «not»): at the name question, that part is no name. */
  name_denied: phrases,
  /** Words naming a contact detail («nome», «telefono», «orario», «nota»): «cambia il nome». */
  detail_name: phrases,
  detail_phone: phrases,
  detail_time: phrases,
  detail_note: phrases,
  /** Words opening a correction of the name («scusa», «actually», «de hecho»). */
  correcting: phrases,
  /**
   * Words that are no reply in this language, whatever they mean in another (Romanian «și»,
   * «si» is «and», not Italian «sì»): in a dialogue held in this language, no other language
   * reads them. Whole words as typed, accents kept: «sì», with its Italian accent, is still yes.
   */
  plain: phrases,
  /** When to be called, in words («in mattinata», «verso sera»): src/language/time-of-day.ts. */
  time_of_day: timeOfDayLexiconSchema.optional(),
  /** Verbs of erasing («cancella», «delete»): with `my_data`, /cancella_dati asked in words. */
  erase: phrases,
  /** One's data, what an erasure is asked for («dati», «data», «дані»). */
  my_data: phrases,
  /** Words denying the request beside them («non», «don't»): «non cancellate i miei dati». */
  not: phrases,
  /** How the bot works, asked alone («come funziona?»): /aiuto asked in words. */
  how_it_works: phrases,
  /** The needs menu asked for alone («menu», «main menu»): «🔁 another need» in words. */
  menu: phrases,
  /** One's request withdrawn, asked alone («ritiro la richiesta»): /annulla_richiesta in words. */
  withdraw_request: phrases,
  /** Where one's request stands, asked alone («a che punto è la mia richiesta?»): /stato. */
  request_status: phrases,
}) as z.ZodType<
  Partial<Record<ReplyKind | "fillers" | "instead" | "plain" | Cue | CommandWords, string[]>> & {
    time_of_day?: TimeOfDayLexicon;
  }
>;

/** Words that mark a whole sentence rather than make a short reply. */
export type Cue =
  | "home"
  | "area"
  | "also"
  | "greeting"
  | "help"
  | "cost"
  | "where_to_go"
  | "meals"
  | "follow_up"
  | "acknowledge"
  | "anything_for"
  | "by_myself"
  | "name"
  | "name_short"
  | "name_denied"
  | "detail_name"
  | "detail_phone"
  | "detail_time"
  | "detail_note"
  | "correcting";
export const CUES: readonly Cue[] = [
  "home",
  "area",
  "also",
  "greeting",
  "help",
  "cost",
  "where_to_go",
  "meals",
  "follow_up",
  "acknowledge",
  "anything_for",
  "by_myself",
  "name",
  "name_short",
  "name_denied",
  "detail_name",
  "detail_phone",
  "detail_time",
  "detail_note",
  "correcting",
];
export type ReplyLexicon = z.infer<typeof replyLexiconSchema>;

export interface Reading {
  /** What the reply means; null when it is not a short reply (a name, a need, a place…). */
  readonly kind: ReplyKind | null;
  /** Words that are neither a reply nor politeness ("sì, mi chiamo Anna": 2). */
  readonly extraWords: number;
  /** The reply also thanks ("sì grazie", "no grazie"). */
  readonly thanks: boolean;
}

export type ReplyReader = ((text: string, language?: string) => Reading) & {
  /** The text has one of the cue's words, in any language ("in realtà abito a…" is home). */
  readonly mentions: (cue: Cue, text: string) => boolean;
  /**
   * Where the first of the cue's phrases in words read by `words` ends, reading from word `from`:
   * the least index whose words from `from` to it hold one, -1 when none does («una colf e
   * anche una babysitter»: 2, the «anche» of «also»).
   */
  readonly firstMention: (cue: Cue, said: readonly string[], from: number) => number;
  /** The text's words (tokenize), remembered: a label or a reply is compared at every replay. */
  readonly words: (text: string) => readonly string[];
  /**
   * The text after the greetings a message opens with, as typed («hola buenas, necesito
   * ayuda…»: "necesito ayuda…"), when it opens with one and goes on; else undefined.
   */
  readonly afterGreeting: (text: string) => string | undefined;
  /** The text is greetings alone («ciao», «arrivederci», «buona giornata», «bye bye»). */
  readonly onlyGreeting: (text: string) => boolean;
  /**
   * The words after those opening a correction when where one lives follows («actually I live
   * in Baggio», «scusa, abito a Baggio»: "i live in baggio"), else undefined: the opening words
   * are no need («actually» alone leans to a person).
   */
  readonly afterCorrectionOfHome: (text: string) => string | undefined;
  /**
   * The name a text introduces at its start, as typed («scusa, mi chiamo Anna Neri»: "Anna
   * Neri"), in any language; with `short`, «sono», «I'm», «soy» introduce it too (at the name
   * question only). Undefined when the text does not open so, or says nothing after it.
   */
  readonly introducedName: (text: string, short?: boolean) => string | undefined;
  /**
   * The text without the clauses that deny a name, as typed («mi chiamo Giulia, non Maria»:
   * "mi chiamo Giulia"; «non mi chiamo Maria»: ""), in any language; undefined when none does.
   */
  readonly withoutDeniedNames: (text: string) => string | undefined;
  /**
   * The text says where one lives and nothing else, `place` being the words that name the place
   * («locuiesc pe via Padova 120», «scusa, io abito a Baggio»): an answer about the area.
   */
  readonly saysOnlyHome: (text: string, place: string) => boolean;
  /**
   * The words of a message besides its place only open a correction («me equivoqué, es» of «me
   * equivoqué, es via Padova 120»): the place is the area corrected.
   */
  readonly onlyCorrects: (rest: string) => boolean;
  /**
   * How many words a correction opens a message with, greetings among them («scusate, ho
   * sbagliato:» of «scusate, ho sbagliato: mia madre abita in via Padova 120»); 0 when none.
   */
  readonly correctionOpening: (text: string) => number;
  /**
   * The text after a first word that is a «no» closed by a comma or a stop («non, c'est via
   * Padova 120»: "c'est via Padova 120"): an answer of its own, not the «not» of what follows.
   */
  readonly afterClosedNo: (text: string) => string | undefined;
  /** The command a text asks for in words, in any language (typed-commands.ts). */
  readonly typedCommand: (text: string) => TypedCommand | undefined;
  /** The time of day a text says (a slot, "free" when it says more), in any language. */
  readonly timeOfDay: (text: string) => TimeReading;
  /** The text says a time to call and nothing else («dopo le cinque», «domani mattina»). */
  readonly onlyTime: (text: string) => boolean;
  /**
   * The text is a short reply in this language's own words and nothing else («ok grazei
   * mille» in Italian, «так, без проблем» in Ukrainian): what tells its language better than
   * the n-grams of three words another language shares.
   */
  readonly wholeReplyIn: (text: string, language: string) => boolean;
  /**
   * The kind of a text that is a short reply in some language and nothing else («ok», «non
   * so», «preferisco non dirlo»), else null: read(text) when it leaves no other word, without
   * reading a long message to its end in every language.
   */
  readonly onlyReply: (text: string) => ReplyKind | null;
  /**
   * Whether every word of the text is one of the language's plain words (Romanian «si», «și»:
   * «and»): no reply and no need, in a dialogue held in that language.
   */
  readonly onlyPlain: (text: string, language: string) => boolean;
};

/**
 * Replies that only answer a question ("ok", "non so", "preferisco non dirlo"): typed when no
 * question waits, they still name no need. Thanks ("grazie") and "write to me here" do.
 */
export const ANSWERS_ONLY: ReadonlySet<ReplyKind> = new Set(
  REPLY_KINDS.filter((kind) => kind !== "thanks" && kind !== "contact_here"),
);
