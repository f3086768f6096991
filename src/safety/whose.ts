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
 * The citizen as the subject of a clause, by language: «io», «I», «yo», «je», «я»… Not the
 * object pronouns: in «mia sorella mi ha scritto, dice che vuole farla finita» the clause before
 * the wish names the citizen as the one written to, and the wish is the sister's. A clause
 * before a cue says whose it is only in the cue's own language when the word is another word
 * elsewhere (English «i» is Italian «the», Albanian «une» French «a»).
 */
const SUBJECT: Readonly<Record<string, readonly string[]>> = {
  it: ["io", "noi"],
  en: ["i", "im", "we"],
  es: ["yo"],
  fr: ["je", "j"],
  pt: ["eu"],
  ro: ["eu"],
  uk: ["я"],
  ru: ["я"],
  tl: ["ako"],
  sq: ["une"],
};
const OTHER_WORDS_ELSEWHERE = new Set(["i", "une"]);
const SUBJECTS_ANYWHERE = Object.values(SUBJECT)
  .flat()
  .filter((word) => !OTHER_WORDS_ELSEWHERE.has(word));
/** Built once: the words are asked for at every cue that may be someone else's. */
const SUBJECTS_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(SUBJECT).map(([language, words]) => [
    language,
    new Set([...words, ...SUBJECTS_ANYWHERE]),
  ]),
);
const SUBJECTS_ELSEWHERE: ReadonlySet<string> = new Set(SUBJECTS_ANYWHERE);
const subjectsIn = (language: string): ReadonlySet<string> =>
  SUBJECTS_BY_LANGUAGE.get(language) ?? SUBJECTS_ELSEWHERE;
/**
 * English «my» before a part of the body names the citizen as «me» does: «grabbed my arm»,
 * «twisted my wrist» fall on the one writing, where «my friend», «my sister» are someone else.
 */
const MY_BODY =
  /^(arm|arms|wrist|wrists|neck|throat|face|hair|head|hand|hands|leg|legs|back|chest|shoulder|shoulders|mouth|nose|eye|eyes|ribs|body)$/u;
/** An Italian or Spanish verb with «me» on its end: «farmi», «uccidermi», «matarme». */
const FIRST_PERSON_ENDING = /^\p{L}{3,}r(mi|me)$/u;
/**
 * Someone else, named in the clause of a cue: a friend, a relative, a neighbour, «lei», «he»
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

/** The sentence and the clause (numbered through the message) each of a message's words is in. */
export interface WordPlaces {
  readonly sentenceOf: readonly number[];
  readonly clauseOf: readonly number[];
}

/**
 * True when a cue happens to someone else: neither the cue nor the two words before it name the
 * citizen, and another person is named in the cue's clause or, when that names no one, in the
 * nearest clause of its sentence that names anyone, before it first, then after it (another
 * person first, the citizen as its subject). «Cerco una badante per mia madre, ma io non dormo,
 * a volte penso al suicidio» is the citizen's own wish: the mother is named in the sentence, not
 * where the wish is told. `words` are the message's words as the cues read them.
 */
export function happensToOthers(
  words: readonly string[],
  { sentenceOf, clauseOf }: WordPlaces,
  cue: CueAt,
): boolean {
  if (PRONOUNS_INSIDE_WORDS.has(cue.language) || namesTeller(words, cue)) return false;
  const sentence = sentenceOf[cue.start];
  const tellers = subjectsIn(cue.language);
  const own = clauseOf[cue.start] as number;
  const clauses = new Set(clauseOf.filter((_, at) => sentenceOf[at] === sentence));
  // Nearest first: the cue's clause, the ones before it, then the ones after it.
  const after = (clause: number) => (clause > own ? 1 : 0);
  const order = [...clauses].sort(
    (a, b) => after(a) - after(b) || Math.abs(a - own) - Math.abs(b - own),
  );
  for (const clause of order) {
    const said = words.filter((_, at) => clauseOf[at] === clause && sentenceOf[at] === sentence);
    if (said.some((word) => SOMEONE_ELSE.test(word))) return true;
    if (said.some((word) => tellers.has(word))) return false;
  }
  return false;
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
