/**
 * The names a citizen types (their own or someone else's), found by how people introduce
 * them or by a message that is nothing but a name. The Telegram names the bot knows are
 * hidden elsewhere (redact.ts): these are the ones it could not know.
 */

/** One word of a name in title case ("Rossi", "D'Amico"): not the pronoun "I", not a word in capitals. */
const NAME_WORD = "\\p{Lu}(?:\\p{Ll}|['’]\\p{Lu})[\\p{L}\\p{M}'’-]*";
/** The small words inside surnames ("De Luca", "El Amrani", "van Dijk") in either case. */
const PARTICLE = "(?:[Dd][aeiu]|[Dd]el(?:la)?|[Ee]l|[Aa]l|[Vv]an|[Vv]on|[Bb]in|[Dd]os|[Ll]a|[Ll]e)";

/**
 * "mi chiamo Anna Maria", "sono Anna", "my name is John Smith", "la sig.ra Neri", "Mr Brown":
 * the capitalised words after them.
 */
const SELF_NAMED = new RegExp(
  `((?<![\\p{L}])(?:[Mm]i chiamo|[Ii]l mio nome [èe]'?|[Ss]ono(?: il signor| la signora)?|[Mm]y name is|I am(?: called)?|I'm(?: called)?|[Ss]ig(?:\\.|nora|nor|\\.ra)|[Dd]ott(?:\\.|oressa|or)|[Mm]rs?\\.?|[Mm]s\\.?)\\s+)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`,
  "gu",
);

/**
 * Phrases that can only introduce a name, in the bot's languages: what follows is a name
 * even typed in small letters ("mi chiamo giuseppina rossi"), so the next two words go.
 * Over-hiding a word of an introduction costs the review little; a surname left costs more.
 */
const INTRODUCTION =
  "mi chiamo|il mio nome [èe]|my name is|me llamo|mi nombre es|je m'appelle|je m’appelle|meu nome [ée]|numele meu este|mă numesc|ma numesc|меня зовут|мене звати|мене звуть|اسمي|ang pangalan ko ay|emri im [ëe]shtë|quhem";
const INTRODUCED = new RegExp(
  `((?<![\\p{L}])(?:${INTRODUCTION})\\s+)([\\p{L}\\p{M}'’-]+(?:\\s+[\\p{L}\\p{M}'’-]+)?)`,
  "giu",
);

/** A whole message that is two to four name words: "Giuseppina Rossi", "Mario De Luca". */
const NAME_ALONE = new RegExp(
  `^\\s*${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,3}\\s*[.!]?\\s*$`,
  "u",
);

export const NAME_PLACEHOLDER = "[nome]";

/**
 * Hides the names typed in `text`. `isPlace` tells a message that only names a place
 * ("Porta Romana", "Quarto Oggiaro") from one that only names a person.
 */
export function hideTypedNames(text: string, isPlace: (text: string) => boolean): string {
  if (NAME_ALONE.test(text) && !isPlace(text)) return NAME_PLACEHOLDER;
  return text
    .replace(SELF_NAMED, (_m, intro: string) => intro + NAME_PLACEHOLDER)
    .replace(INTRODUCED, (_m, intro: string) => intro + NAME_PLACEHOLDER);
}
