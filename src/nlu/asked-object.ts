/**
 * What a request asks for, read by grammar: a frame that asks («vorrei», «cerco», «c'è», «is
 * there», «where can I») and the head noun of the object after it. «Cerco un corso di cucina per
 * badanti» asks for a course, and the course is of cooking; «I'm looking for a babysitting film»
 * asks for a film. When every object a message asks for is one WeMi does not give, the need's
 * words in it are modifiers or context, not what is asked. The words are content
 * (data/nlu/asked.yaml, loaded with the catalogue); read on the message as plainWords gives it.
 */

import { z } from "zod";
import type { OtherWords } from "./negation-languages.js";

const phrase = z.string().regex(/^\p{Ll}+(?: \p{Ll}+)*$/u, "lower-case words");
const word = z.string().regex(/^\p{Ll}+$/u, "one lower-case word");
/** data/nlu/asked.yaml: content, read with the catalogue, so /reload and catalogue:check see it. */
export const askedWordsSchema = z.strictObject({
  frames: z.strictObject({ it: z.array(phrase), en: z.array(phrase) }),
  getting: z.array(word),
  determiners: z.array(word),
  containers: z.array(word),
  other: z.array(word),
  hobbies: z.array(word),
  italian: z.array(word),
});

export type AskedWords = z.infer<typeof askedWordsSchema>;

type Language = "it" | "en";
interface Frame {
  readonly words: readonly string[];
  readonly language: Language;
}

/** A message's words as plainWords gives them. */
type Tokens = readonly string[];

/** The asked words, compiled once: frames by their first word, the rest as sets. */
interface AskedLexicon {
  /** By their first word: classify reads every message, most of whose words open none. */
  readonly frames: ReadonlyMap<string, readonly Frame[]>;
  readonly getting: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly containers: ReadonlySet<string>;
  readonly other: ReadonlySet<string>;
  readonly hobbies: ReadonlySet<string>;
  readonly italian: ReadonlySet<string>;
}

function lexiconOf(asked: AskedWords): AskedLexicon {
  const frames = new Map<string, Frame[]>();
  for (const language of ["it", "en"] as const)
    for (const frame of asked.frames[language]) {
      const words = frame.split(" ");
      const first = words[0] as string;
      frames.set(first, [...(frames.get(first) ?? []), { words, language }]);
    }
  return {
    frames,
    getting: new Set(asked.getting),
    determiners: new Set(asked.determiners),
    containers: new Set(asked.containers),
    other: new Set(asked.other),
    hobbies: new Set(asked.hobbies),
    italian: new Set(asked.italian),
  };
}

/**
 * Words that end an object or stand where none is: «vorrei sapere se…», «cerco di…», «is there
 * anything for…», English prepositions after a compound («a cooking class for carers»).
 */
const NO_OBJECT = new Set(
  "se come dove quando chi cosa che perche quanto quanta quanti di per da e o ma non if how where when who what whether why which that anything something anyone someone i we he she they for of in at on with near from and or but so because please by around than like as is are was to me you it this".split(
    " ",
  ),
);
/** Words that refuse the frame after them (one word may come between: «non lo cerco»). */
const REFUSING = new Set(["non", "not", "don", "dont", "no", "nemmeno", "neanche"]);
/** What an Italian container is of: «corso di cucina», «aiuto con i compiti», «lezioni sul…». */
const OF_IT = new Set(
  "di del dell della dello dei degli delle d su sul sulla sui con coi col in".split(" "),
);
const OF_EN = new Set(["of", "in", "with", "on", "about"]);
/** A compound's words at most: «an evening pottery class» and no further. */
const COMPOUND = 4;

/**
 * What an object is, by its head: one WeMi does not give, a hobby (which may be active ageing
 * or a small child's movement, by whom it is for), or anything else (left to the model).
 */
export type AskedObject = "other" | "hobby" | "unknown";

/**
 * What a word names as an object; «grammatica italiana», «Italian grammar» (`italian` beside it)
 * is Italian for newcomers, a WeMi course, but «Italian grammar homework» a pupil's homework.
 */
const kindOf = (
  lex: AskedLexicon,
  word: string | undefined,
  beside: string | undefined,
): AskedObject =>
  word === undefined
    ? "unknown"
    : lex.other.has(word)
      ? lex.italian.has(beside ?? "")
        ? "unknown"
        : "other"
      : lex.hobbies.has(word)
        ? "hobby"
        : "unknown";

const skipDeterminers = (lex: AskedLexicon, tokens: readonly string[], i: number) => {
  let j = i;
  while (lex.determiners.has(tokens[j] ?? "")) j++;
  return j;
};

/** An Italian object: its first noun, and for a container what it is of (one level). */
function italianObject(lex: AskedLexicon, tokens: Tokens, i: number, depth = 0): AskedObject {
  const at = skipDeterminers(lex, tokens, i);
  const head = tokens[at];
  if (head === undefined || NO_OBJECT.has(head)) return "unknown";
  const kind = kindOf(lex, head, tokens[at + 1]);
  if (kind !== "unknown" || !lex.containers.has(head) || depth > 1) return kind;
  // «un corso yoga», «corso serale di cucina»: the topic is next, or after «di» within three words.
  const next = kindOf(lex, tokens[at + 1], tokens[at + 2]);
  if (next !== "unknown") return next;
  for (let j = at + 1; j <= at + 3 && j < tokens.length; j++)
    if (OF_IT.has(tokens[j] as string)) return italianObject(lex, tokens, j + 1, depth + 1);
  return "unknown";
}

/**
 * An English object: a compound whose last word is its head («a babysitting film»); a container's
 * topic is a word before it («a cooking class») or what it is of («help with my homework»).
 */
function englishObject(lex: AskedLexicon, tokens: Tokens, i: number, depth = 0): AskedObject {
  const from = skipDeterminers(lex, tokens, i);
  let to = from;
  while (to < tokens.length && to - from < COMPOUND && !NO_OBJECT.has(tokens[to] as string)) to++;
  const compound = tokens.slice(from, to);
  const head = compound.at(-1);
  if (head === undefined) return "unknown";
  const kind = kindOf(lex, head, compound.at(-2));
  if (kind !== "unknown" || !lex.containers.has(head) || depth > 1) return kind;
  // «a cooking class», «an Italian grammar course»: the topic is a word before the container.
  const topic = compound
    .slice(0, -1)
    .map((w, k) => kindOf(lex, w, compound[k - 1]))
    .find((k) => k !== "unknown");
  if (topic !== undefined) return topic;
  return OF_EN.has(tokens[to] ?? "") ? englishObject(lex, tokens, to + 1, depth + 1) : "unknown";
}

const startsWith = (tokens: readonly string[], i: number, words: readonly string[]) =>
  words.every((w, k) => tokens[i + k] === w);

/** Reads what a message asks for: the objects its frames ask for, in order. */
export type AskedObjectsReader = (plain: string) => AskedObject[];

/** With no asked words, no object is read: every message is left to the model. */
export const NOTHING_ASKED: AskedObjectsReader = () => [];

/** The reader of asked objects over these words (the catalogue's data/nlu/asked.yaml). */
export function askedObjectsReader(asked: AskedWords | undefined): AskedObjectsReader {
  if (asked === undefined) return NOTHING_ASKED;
  const lex = lexiconOf(asked);
  return (plain) => askedObjects(lex, plain);
}

/** The objects the message's frames ask for, in order; a frame with no object gives none. */
function askedObjects(lex: AskedLexicon, plain: string): AskedObject[] {
  const tokens = plain.split(" ").filter((t) => t !== "");
  const objects: AskedObject[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const frame = lex.frames.get(tokens[i] as string)?.find((f) => startsWith(tokens, i, f.words));
    if (frame === undefined) continue;
    // «non cerco un corso di nuoto, cerco…», «I don't want a gym»: refused, not asked.
    const refused = REFUSING.has(tokens[i - 1] ?? "") || REFUSING.has(tokens[i - 2] ?? "");
    let at = i + frame.words.length;
    while (lex.getting.has(tokens[at] ?? "")) at++;
    const head = tokens[skipDeterminers(lex, tokens, at)];
    if (head !== undefined && !NO_OBJECT.has(head) && !refused)
      objects.push(
        frame.language === "it" ? italianObject(lex, tokens, at) : englishObject(lex, tokens, at),
      );
    i = at - 1;
  }
  return objects;
}

/**
 * A recommendation or a contact asked for: «mi consigliate una baby sitter?», «conoscete una
 * brava badante?», «sapete di qualcuno che…», «can you recommend a cleaner?», «do you know
 * anyone who…», «any tips for finding a nanny?», «avete il contatto di una colf?». It asks for
 * what it names, as «cerco» does: whether that is a WeMi need is the model's and the other
 * requests' (a restaurant, a film). Asked of whoever reads, in the second person or of anyone:
 * a recommendation told («ve la consiglio», «I'd recommend her», «la pediatra ci ha
 * consigliato…») praises or reports, and one wished for («una persona che mi consigli») names
 * the need in other words: neither asks.
 */
const RECOMMENDATION_ASKED = new RegExp(
  [
    "(?:mi|ci|me|ce)(?: lo| la| li| le)? (?:puo|puoi|potete|potreste|potresti|sa|sai|sapete|sapreste|sapresti) (?:consigliare|suggerire|indicare)",
    "(?<!\\bche )(?:mi|ci) (?:consigli|consigliate|consiglieresti|consigliereste|suggerisci|suggerite)",
    "(?:consigliami|consigliatemi|consigliateci|suggeriscimi|suggeritemi)",
    "(?:(?:qualcuno|chi) (?:di voi )?conosce|conosci|conoscete|conosceresti|conoscereste)(?: per caso)? (?:un|una|uno|qualcuno|qualcuna|qualche|dei|delle|degli|brav\\w*|buon\\w*)",
    "(?:sai|sapete|sapresti|sapreste) (?:di|se c e) (?:qualcuno|qualcuna|un|una)",
    "(?:consiglio|consigli|dritte|suggerimenti) (?:su come|per|su dove|per come) (?:trovare|cercare|scegliere|assumere)",
    "(?:avete|hai|ha) (?:un|il|qualche) (?:contatto|nominativo) (?:di|per)",
    "(?:can|could|would|will) (?:you|anyone|anybody|someone|somebody) (?:please )?(?:recommend|suggest)",
    "recommend me",
    "(?:who|which one|what) (?:would|do|can|could) you (?:recommend|suggest)",
    "(?:recommendations?|suggestions?|tips|advice|pointers) (?:for|on|about) (?:(?:finding|getting|hiring|choosing|how to (?:find|get|hire|choose)) )?(?:a|an|any|some|good|reliable|trustworthy)",
    "(?:you|anyone|anybody|someone|somebody) (?:happen to )?know (?:of )?(?:a|an|any|anyone|anybody|someone|somebody|good|reliable|trustworthy)",
    "(?:have|got) (?:a|any) (?:contacts?|numbers?|names?) (?:for|of) (?:a|an|any)",
  ]
    .map((form) => `\\b${form}\\b`)
    .join("|"),
  "u",
);
/** Whether plain words (accents and apostrophes gone) ask for a recommendation or a contact. */
export const asksRecommendation = (plain: string): boolean => RECOMMENDATION_ASKED.test(plain);
/** The words that ask for a recommendation: the request's, not the need's. */
const RECOMMENDING =
  /^(?:consigl|sugger|indicar|conosc|sai$|sapete$|sapre|dritte$|contatto$|nominativo$|recommend|suggest|tips$|advice$|pointers$|know$|contacts?$)/;

/**
 * Where a piece of a message asks for a recommendation: the places of its asking words (none
 * when it asks for none), which name no need of their own.
 */
export function recommendationAsked(tokens: readonly string[]): number[] {
  const joined = tokens.join(" ");
  const found = RECOMMENDATION_ASKED.exec(joined);
  if (!found) return [];
  const first = joined.slice(0, found.index).split(" ").length - 1;
  const count = found[0].split(" ").length;
  const places: number[] = [];
  for (let i = first; i < first + count; i++)
    if (RECOMMENDING.test(tokens[i] as string)) places.push(i);
  return places;
}

/**
 * A call asked about something named in the same sentence («call me on … about the football
 * results», «chiamatemi … per sapere a che ora chiude il supermercato») is asked for that
 * subject: it decides the need, and one WeMi does not offer is none.
 */
const CALL_ABOUT =
  /\b(?:call|ring|phone|chiamat\w*|richiamat\w*|telefonat\w*)\b[^.?!\n]*\b(?:about|regarding|riguardo|a proposito|per sapere|per chiedere)\b/u;

/** Whether a message asks a call about a subject, in Italian, English or another language's words. */
export const asksCallAbout = (text: string, plain: string, other: OtherWords): boolean =>
  CALL_ABOUT.test(text.toLowerCase()) || other.callAbout(plain);
