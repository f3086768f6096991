/** Regional and dialect words read as standard ones (the lexicon: regional-words.ts). */
import { REGIONAL } from "./regional-words.js";

/**
 * The standard word for a regional one, or the word itself (an own entry only: "constructor"
 * is no regional word, whatever a plain object's prototype says).
 */
const standardWord = (word: string): string =>
  Object.hasOwn(REGIONAL, word) ? (REGIONAL[word] as string) : word;

/** Whom Lombard «de per» ("by oneself") is said of: «la sta de per lee», «semm de per nun». */
const BY_ONESELF: Readonly<Record<string, string>> = {
  lee: "sola",
  lei: "sola",
  le: "sola",
  lu: "solo",
  lui: "solo",
  mi: "solo",
  nun: "soli",
  lor: "soli",
};

/**
 * The North's negations that follow the verb: Lombard «minga», Piedmontese «nen», Emilian
 * «brisa» («la pö minga stà», «a peul pi nen fé», «an magna brisa»), and Lombard «pü», which
 * alone says «non… più» («la riess pü a fà la spesa»). Italian puts «non» before the verb,
 * where reading looks for what a negation covers or what has become hard; what the word
 * leaves after the verb is kept («più»). Not «gh'è minga…?»: «isn't there…?» asks, and
 * «non» left after «è» covers nothing.
 */
const AFTER_THE_VERB: Readonly<Record<string, readonly string[]>> = {
  minga: [],
  nen: [],
  brisa: [],
  pu: ["piu"],
};
/** What may stand between a verb and a negation after it: «pü», «pi» (more), «mai», «ancora». */
const BETWEEN_VERB_AND_NEGATION = new Set(["piu", "pi", "mai", "ancora"]);

/** Puts «non» before the verb that ends `read`, unless one is there already. */
function negateVerb(read: string[]): void {
  let verb = read.length - 1;
  while (verb > 0 && BETWEEN_VERB_AND_NEGATION.has(read[verb] as string)) verb--;
  if (read[verb - 1] !== "non") read.splice(verb, 0, "non");
}

/** Seeking, finding, wanting or having, in Italian and dialect: «cercanno», «truvà», «tengo». */
const SOUGHT = /^(?:cerc\w*|trov\w*|truv\w*|voeur\w*|vori|tengo|tene|tenimmo)$/;
/** Milanese seeking and wanting only: Italian «cerco Laura» seeks a person. */
const SOUGHT_IN_MILANESE = /^(?:cerchi|cercum|voeur\w*|vori)$/;
/** What may stand between such a verb and what is sought: «na fatica», «da laurà». */
const ARTICLE = new Set(["na", "una", "nu", "un", "a", "da", "de", "el"]);

/** Whether the words before end on a verb `verbs` matches, an article apart. */
function after(verbs: RegExp, before: readonly string[]): boolean {
  const last = before.length - (ARTICLE.has(before.at(-1) as string) ? 2 : 1);
  return last >= 0 && verbs.test(before[last] as string);
}

/**
 * Dialect words of work that are other words in Italian, read as work only where the dialect
 * says so: southern «fatica» (Apulian «fatì») sought, found or had («sto cercanno fatica», «nun
 * trovo fatica», «truvà na fatica»; Italian «fa fatica», «trovo fatica a…» are effort), and
 * Milanese «laurà» sought in Milanese or after its own article («cerchi laurà», «el laurà», «de
 * laurà»; Laura is a name). Work, not «lavorare», as the lexicon reads «travagghiu».
 */
const WORK: Readonly<Record<string, (before: readonly string[], next?: string) => boolean>> = {
  fatica: (before, next) => after(SOUGHT, before) && next !== "a" && next !== "ad",
  fati: (before) => after(SOUGHT, before),
  laura: (before) =>
    after(SOUGHT_IN_MILANESE, before) ||
    ["el", "al", "de"].includes(before.at(-1) as string) ||
    (before.at(-1) === "da" && /^cerc/.test(before.at(-2) ?? "")),
};

/**
 * A message's words read as standard ones: each regional word, a negation after the verb put
 * before it, Lombard «de per lee» («da sola»), whose words one by one («of», «for», «her») say
 * nothing of living alone, and dialect words of work where the dialect says them (WORK).
 */
export function standardWords(words: readonly string[]): string[] {
  const read: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const alone = word === "de" && words[i + 1] === "per" ? words[i + 2] : undefined;
    if (alone !== undefined && Object.hasOwn(BY_ONESELF, alone)) {
      read.push("da", BY_ONESELF[alone] as string);
      i += 2;
    } else if (Object.hasOwn(AFTER_THE_VERB, word) && read.length > 0 && read.at(-1) !== "e") {
      negateVerb(read);
      read.push(...(AFTER_THE_VERB[word] as readonly string[]));
    } else if (
      Object.hasOwn(WORK, word) &&
      (WORK[word] as (typeof WORK)[string])(read, words[i + 1])
    )
      read.push("lavoro");
    else read.push(standardWord(word));
  }
  return read;
}
