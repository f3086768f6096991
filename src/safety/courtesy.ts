import { tokenize } from "../nlu/normalize.js";

/**
 * Words of courtesy that open or soften a message, weighed as nothing by the danger model.
 * People in a crisis apologise for writing as often as people asking for a service, but the
 * danger sets hold more long apologies than the catalogue's short requests, so the model had
 * learnt them as danger: «mi scusi se la disturbo» added about 20 to the odds of an older lady
 * who no longer manages to cook (alarm at 11). Pleas («per favore», «please») are not here:
 * they ask for something, they do not only open.
 */
const COURTESY = [
  // it
  "mi scusi",
  "mi scusa",
  "mi scusate",
  "scusi",
  "scusate",
  "scusatemi",
  "scusa",
  "scusami",
  "la disturbo",
  "vi disturbo",
  "ti disturbo",
  "disturbarla",
  "disturbarvi",
  "senta",
  "sentite",
  "salve",
  "buongiorno",
  "buonasera",
  "gentilmente",
  "cortesemente",
  // en
  "excuse me",
  "sorry to bother",
  "sorry for bothering",
  "bother you",
  "good morning",
  "good afternoon",
  "good evening",
  "hello",
  // es, fr, pt, ro
  "disculpe",
  "perdone",
  "buenos dias",
  "buenas tardes",
  "excusez moi",
  "de vous deranger",
  "bonjour",
  "bonsoir",
  "desculpe",
  "bom dia",
  "boa tarde",
  "com licenca",
  "buna ziua",
  "scuzati",
].map((phrase) => tokenize(phrase));

const LONGEST_FIRST = [...COURTESY].sort((a, b) => b.length - a.length);

/** The words of a message without its words of courtesy, in their order. */
export function withoutCourtesy(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (let at = 0; at < words.length; ) {
    const phrase = LONGEST_FIRST.find((p) => p.every((word, i) => words[at + i] === word));
    if (phrase) at += phrase.length;
    else kept.push(words[at++] as string);
  }
  return kept;
}
