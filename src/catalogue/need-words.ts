import { isContentWord } from "../nlu/features.js";
import { tokenize } from "../nlu/normalize.js";
import type { Intent } from "./schema.js";

/**
 * The catalogue names a need in its label («Niñera y canguro», «Доглядальниця і спеціалізований
 * догляд»), in its names in the languages the bot only reads («сиделка») and in examples of a
 * word or two («colf», «pulizie domestiche»): in every language it has them. Longer examples
 * tell stories whose words are no name («night», «mother»).
 */
const MAX_NAMING_EXAMPLE_WORDS = 2;

/**
 * A name and its other endings are one name: «прибиральницю» in an example names the cleaner
 * said as «прибиральниця», «cuidadoras» the «cuidadora» of the label. Words of six letters or
 * more lose their last; shorter ones («colf», «tata») are kept whole, where one letter is a
 * word of its own.
 */
const MIN_INFLECTED_LETTERS = 6;
const nameOf = (word: string) => (word.length >= MIN_INFLECTED_LETTERS ? word.slice(0, -1) : word);

/** Each name naming one need only (its id); names two needs share name none. */
export type NeedWords = ReadonlyMap<string, string>;

const built = new WeakMap<readonly Intent[], NeedWords>();

/** The words the catalogue names its needs with, built once per catalogue. */
export function needWords(intents: readonly Intent[]): NeedWords {
  const known = built.get(intents);
  if (known) return known;
  const owners = new Map<string, Set<string>>();
  for (const intent of intents) {
    if (intent.services.length === 0) continue;
    const examples = Object.values(intent.examples).flat();
    const labels = [...Object.values(intent.label), ...Object.values(intent.names ?? {}).flat()];
    const names = [...labels, ...examples]
      .map((text) => tokenize(text ?? ""))
      .filter((words, i) => i < labels.length || words.length <= MAX_NAMING_EXAMPLE_WORDS);
    for (const word of names.flat().filter(isContentWord))
      owners.set(nameOf(word), (owners.get(nameOf(word)) ?? new Set()).add(intent.id));
  }
  const words = new Map<string, string>();
  for (const [word, needs] of owners)
    if (needs.size === 1) words.set(word, [...needs][0] as string);
  built.set(intents, words);
  return words;
}

/** Whether one of the message's words is a catalogue name of `need`. */
export const saysNeedWord = (words: NeedWords, text: string, need: string): boolean =>
  tokenize(text).some((word) => words.get(nameOf(word)) === need);
