/**
 * What a short reply to "where do you live?" holds, and the words that only look like places:
 * a place said alone («abito in via Padova 120»), a story told in another script around its
 * places, a surname or an introduced name that is also a town or a NIL («Anna Bergamo», «sono
 * Fatima»), a word whose accent makes it no town («Però»), a place told of someone else.
 */
import { FILLER_WORDS, PLACE_TYPE_WORDS, RESIDENCE_CUES } from "./cues.js";
import type { Found } from "./in-message.js";
import { OTHER_SCRIPT_WORD, PARTICLES, STREET_TYPES } from "./normalize.js";
import { ownerOf, type PlaceOwner } from "./owner.js";

/** A reply of at most this many words besides cues, particles and numbers is only a place. */
const MAX_REPLY_WORDS = 4;
/** "stiamo cercando aiuto per il giardino e la casa" is a need that happens to hold street words. */
const MAX_WORDS_BESIDE_PLACE = 1;
/**
 * Words that are not part of what a reply says, beyond the cues. A word in another script
 * is none either: «在Città Studi» (in Città Studi) is still a place said alone.
 */
const NOT_CONTENT: ReadonlySet<string> = new Set([
  ...FILLER_WORDS,
  OTHER_SCRIPT_WORD,
  "qui",
  "all",
  "nel",
  "nella",
  "in",
  "i",
  "we",
  "m",
  // English «the» and «of», as the Italian «il» and «di» are particles: «the town of Lodi» is a
  // town named alone, not «Lodi» after the surname-like word «of».
  "the",
  "of",
  // Ukrainian and Russian «в», «у», «на» as normalizeText spells them.
  "v",
  "u",
  "na",
  // Spanish «en», Portuguese «em»: «vivo en Bergamo» is a town after its «in», as «abito a
  // Bergamo»; as a word that says something it made «Bergamo» a surname («Anna Bergamo»).
  "en",
  "em",
]);

/** A word that says something besides "where": not a cue, particle, type word or number. */
const isContentWord = (t: string): boolean =>
  !PARTICLES.has(t) &&
  !NOT_CONTENT.has(t) &&
  !RESIDENCE_CUES.has(t) &&
  !STREET_TYPES.has(t) &&
  !PLACE_TYPE_WORDS.has(t) &&
  !/\d/.test(t);

/**
 * A message with more words in another script than a reply has («والدي… يعيش لوحده في via
 * Padova… أنا أشتغل في Bergamo»): a story told around its places, not a place framed by a word or
 * two («在Città Studi», «أسكن في Lambrate»).
 */
export function toldInAnotherScript(tokens: readonly string[]): boolean {
  let count = 0;
  for (const t of tokens) if (t === OTHER_SCRIPT_WORD) count += 1;
  return count > MAX_REPLY_WORDS;
}

/**
 * True for an answer to "where do you live?" ("Quarto Ogiaro", "abito in via Padova 120"):
 * few words, and (once the place is found) at most one of them outside it. A name read
 * through a typo must stand alone: beside another word it is as likely a person's name
 * («Lucía Pérez» is not Lucca, «Giulia Ferrari» not Ferrara).
 */
export function isPlaceOnly(tokens: readonly string[], found?: Found): boolean {
  if (moreContentWordsThan(tokens, MAX_REPLY_WORDS)) return false;
  if (!found) return true;
  if (isSurname(tokens, found) || introducedName(tokens, found)) return false;
  if (toldOfAnother(ownerOf(tokens, found.from), found)) return false;
  const outside = tokens.filter((t, at) => (at < found.from || at >= found.to) && isContentWord(t));
  return outside.length <= (found.typos > 0 ? 0 : MAX_WORDS_BESIDE_PLACE);
}

/**
 * Whether more than `most` of the words say something: counted only until they do, since every
 * message's words are read as a reply first, and a story has far more.
 */
function moreContentWordsThan(tokens: readonly string[], most: number): boolean {
  let count = 0;
  for (const t of tokens) if (isContentWord(t) && ++count > most) return true;
  return false;
}

/**
 * A place told of someone who is not the one in need: a brother's or friend's home, or a son's
 * outside Milan («il figlio vive a Londra», where he lives is not where help is asked for).
 * It never stands for the citizen's area, even said alone.
 */
export function toldOfAnother(owner: PlaceOwner, found: Found): boolean {
  return owner === "someone-else" || (owner === "a-child" && found.place.outsideMilan);
}

/**
 * «Emma Lodi», «Marco Como», «Anna Bergamo»: a town outside Milan right after a word that is
 * no cue, particle or place word is a surname (a town where one lives comes after «a», «di»,
 * «abito», «zona»… or alone).
 */
export function isSurname(tokens: readonly string[], found: Found): boolean {
  if (!found.place.outsideMilan || found.place.kind !== "unknown") return false;
  const before = tokens[found.from - 1];
  return before !== undefined && isContentWord(before);
}

/**
 * Words right before a person's name, as normalizeText spells them: «sono Fatima», «mi chiamo
 * Loreto», «me llamo», «soy», «mă numesc», «sunt», «je suis», «sou», «мене звати», «меня зовут».
 */
const NAME_INTRODUCERS: ReadonlySet<string> = new Set(
  "sono chiamo llamo soy numesc sunt suis appelle sou chamo quhem zvati zovut".split(" "),
);
/** Two words before a name: «my name is», «I'm», «I am», «mi nombre es». */
const NAME_INTRODUCING_PAIRS: ReadonlySet<string> = new Set([
  "name is",
  "i m",
  "i am",
  "nombre es",
]);

/**
 * «ciao sono Fatima», «mi chiamo Fatima e cerco lavoro»: a name right after the words that
 * introduce one (no preposition between: one lives «a Loreto», one is «Loreto») is the
 * writer's name, not Q.re Fatima.
 */
export function introducedName(tokens: readonly string[], found: Found): boolean {
  const before = tokens[found.from - 1] ?? "";
  const pair = `${tokens[found.from - 2] ?? ""} ${before}`;
  return NAME_INTRODUCERS.has(before) || NAME_INTRODUCING_PAIRS.has(pair);
}

/**
 * «Però la casa è grande»: a town whose name has no accent, written only with one, is a word
 * (the Italian «but»), not Pero. Towns only: Milan's own names are often stored without theirs.
 */
export function accentedAway(text: string, found: Found): boolean {
  const name = found.place.matched?.toLowerCase();
  if (!found.place.outsideMilan || !name || name !== plainLetters(name)) return false;
  const written = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  return name.split(/[^\p{L}]+/u).some((word) => {
    const forms = written.filter((typed) => plainLetters(typed) === word);
    return forms.length > 0 && forms.every((typed) => typed !== word);
  });
}

const plainLetters = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
