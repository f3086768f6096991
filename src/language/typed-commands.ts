import { matchAt, occursIn, type Phrase } from "./phrases.js";
import type { ReplyLexicon } from "./reply-lexicon.js";

/**
 * Commands asked for in words, read with the commands at any moment, also at a question that
 * waits for something else: the erasure («cancella i miei dati», «burahin ang aking data»),
 * the help («come funziona?»), the needs menu («menu»), the withdrawal of one's request
 * («ritiro la richiesta») and where it stands («a che punto è la mia richiesta?»). The words are content, in
 * locales/<lang>/replies.yaml beside the short replies (the typed twins of /lingua are in
 * typed-language.ts).
 */
export type TypedCommand = "erase" | "help" | "menu" | "withdraw" | "status";

/** The lexicon's keys this reading uses, each a list of phrases. */
export const COMMAND_WORDS = [
  "erase",
  "my_data",
  "not",
  "how_it_works",
  "menu",
  "withdraw_request",
  "request_status",
] as const;
export type CommandWords = (typeof COMMAND_WORDS)[number];

/** Longer, it is a story that mentions one's data, not the request to erase it. */
const MOST_ERASURE_WORDS = 10;

/** What a typed message asks for as a command, in any language; undefined when nothing. */
export function createCommandReader(
  lexicons: Readonly<Record<string, ReplyLexicon>>,
  compileAll: (language: string, key: CommandWords, sources?: readonly string[]) => Phrase[],
  words: (text: string) => readonly string[],
): (text: string) => TypedCommand | undefined {
  const phrases = (key: CommandWords) =>
    Object.entries(lexicons).flatMap(([language, lexicon]) =>
      compileAll(language, key, lexicon[key]),
    );
  const [erase, myData, not, howItWorks, menu, withdraw, status] = COMMAND_WORDS.map(
    phrases,
  ) as Phrase[][];
  const has = (said: readonly string[], among: readonly Phrase[] = []) =>
    among.some((phrase) => occursIn(said, phrase));
  const whole = (said: readonly string[], among: readonly Phrase[] = []) =>
    said.length > 0 && among.some((phrase) => matchAt(said, phrase) === said.length);
  // A verb of erasing and one's data, in a short message that denies neither: «non cancellate
  // i miei dati» keeps them. Help, menu and withdrawal only alone: «come funziona il servizio
  // badanti?» asks about a service, «come ritiro la richiesta ISEE al CAF?» is a need.
  return (text) => {
    if (text.startsWith("/")) return undefined;
    const said = words(text);
    if (
      said.length <= MOST_ERASURE_WORDS &&
      has(said, erase) &&
      has(said, myData) &&
      !has(said, not)
    )
      return "erase";
    if (whole(said, howItWorks)) return "help";
    if (whole(said, menu)) return "menu";
    if (whole(said, withdraw)) return "withdraw";
    if (whole(said, status)) return "status";
    return undefined;
  };
}
