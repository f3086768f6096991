/**
 * Whose story a danger cue tells: the citizen's own (or their household's, told by them), or
 * someone else's. Someone else's violence or wish to die told calmly gets the gentle line
 * instead of the full answer (src/safety/gentle.ts).
 */

/**
 * Words that make the citizen (or their household) the one a cue happens to, in the languages
 * with separate pronouns: «mi», «me», «I», «we», «мене»… Possessives are not among them («un
 * mio amico è stato aggredito» is the friend's). Some are other words elsewhere (Italian «ma»,
 * «ci»): then the cue keeps its alarm, as before.
 */
const FIRST_PERSON = new Set([
  ...["mi", "me", "io", "ci", "noi", "m", "sono", "siamo"],
  ...["i", "we", "us", "myself", "im"],
  ...["yo", "nos", "conmigo"],
  ...["je", "j", "moi", "nous"],
  ...["eu", "mim", "comigo"],
  ...["ma", "ne", "mie"],
  ...["мене", "мені", "мною", "я", "нас", "нам"],
  ...["меня", "мне", "мной"],
  ...["ako", "ko", "akin", "kami", "namin"],
  ...["mua", "une", "na"],
]);
/**
 * English «my» before a part of the body names the citizen as «me» does: «grabbed my arm»,
 * «twisted my wrist» fall on the one writing, where «my friend», «my sister» are someone else.
 */
const MY_BODY =
  /^(arm|arms|wrist|wrists|neck|throat|face|hair|head|hand|hands|leg|legs|back|chest|shoulder|shoulders|mouth|nose|eye|eyes|ribs|body)$/u;
/** An Italian or Spanish verb with «me» on its end: «farmi», «uccidermi», «matarme». */
const FIRST_PERSON_ENDING = /^\p{L}{3,}r(mi|me)$/u;
/**
 * Someone else, named in the cue's sentence: a friend, a relative, a neighbour, «lei», «he»
 * (written as the cues read words, a doubled letter as one: «mama», «sorela»).
 * Without one, an Italian «a volte penso al suicidio» is the citizen's own (the verb says who).
 */
const SOMEONE_ELSE =
  /^(amic[oaie]|badant[ei]|colf|maestra|maestro|insegnante|carer|nany|babysiter|colega|coleghi|vicin[oaie]|conoscent[ei]|madre|mama|padre|papa|non[oaie]|zi[oaie]|sorela|fratelo|figli[oaie]?|cugin[oaie]|suocer[oaie]|signora|signore|lei|lui|friend|friends|coleague|neighbou?r|mother|mum|mom|father|dad|grandma|grandpa|grandmother|grandfather|sister|brother|son|daughter|cousin|aunt|uncle|she|he|amig[oa]s?|vecin[oa]s?|abuel[oa]|herman[oa]|hij[oa]|ela|ami|amie|voisine?|mere|pere|soeur|frere|file|ele|vizinh[oa]|mae|pai|avo|irma|irmao|filh[oa]|prietena?|tata|bunica|bunicul|sora|fratele|fiul|fiica|ea|подруга|друг|колега|сусід|сусідка|сосед|соседка|мама|батько|отец|бабуся|бабушка|вона|він|она|он|kaibigan|kapatid|nanay|tatay|lola|lolo|siya)$/u;
/** Languages whose pronouns are inside words or whose words are not spaced: never someone else's. */
const PRONOUNS_INSIDE_WORDS = new Set(["ar", "zh", "si"]);
/** Words before a cue that may still belong to its act («mio marito mi maltratta»). */
const BEFORE_CUE = 2;

/** Where a cue was found in a message's words, and the language it was written in. */
export interface CueAt {
  readonly language: string;
  readonly start: number;
  readonly end: number;
}

/**
 * True when a cue happens to someone else: its sentence names another person, and neither
 * the cue nor the two words before it name the citizen. `words` are the message's words as
 * the cues read them, `sentenceOf` the sentence each belongs to.
 */
export function happensToOthers(
  words: readonly string[],
  sentenceOf: readonly number[],
  cue: CueAt,
): boolean {
  if (PRONOUNS_INSIDE_WORDS.has(cue.language) || namesTeller(words, cue)) return false;
  const sentence = sentenceOf[cue.start];
  return words.some((word, at) => sentenceOf[at] === sentence && SOMEONE_ELSE.test(word));
}

/**
 * True when the cue or the two words before it name the citizen («mi ha spinta», «hit me»,
 * «il m'a poussée», «grabbed my arm»): what it tells falls on the one writing. Never in the
 * languages whose pronouns are inside words.
 */
export function namesTeller(words: readonly string[], cue: CueAt): boolean {
  if (PRONOUNS_INSIDE_WORDS.has(cue.language)) return false;
  for (let at = Math.max(0, cue.start - BEFORE_CUE); at < cue.end; at++) {
    const word = words[at] as string;
    if (FIRST_PERSON.has(word) || FIRST_PERSON_ENDING.test(word)) return true;
    if (word === "my" && MY_BODY.test(words[at + 1] ?? "")) return true;
  }
  return false;
}
