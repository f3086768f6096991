/**
 * The language of a message of one or two words ("hola", "busco trabajo", "шукаю роботу"),
 * which says too little for character n-grams. Words citizens open with or need: greetings,
 * thanks, seeking, work, the helpers they look for. A message is placed in a language only
 * when every word of it is one of that language's and one of them is no other's, and no
 * word is Italian or English: "bona" is Romanian alone, "ciao bona" is nobody's.
 *
 * Only the languages the bot speaks whole conversations in are answered from this (Spanish,
 * Romanian, Ukrainian): a short greeting in a language it only reads still gets the hint's
 * or Italian's answer. Portuguese, French and Russian words are listed so that they are not
 * taken for a neighbour's ("cuidadora", "salut", "день"); Tagalog and Albanian ones so that
 * «salamat po» and «faleminderit shume» reach the model of every language, though the Italian
 * and English one knows «po» (un po').
 */
const WORDS: Readonly<Record<string, string>> = {
  es: "hola holaa buenas buenos días dias tardes noches gracias muchas adiós adios buen día busco buscamos necesito necesitamos necesitan quiero queremos trabajo trabajar empleo niñera niñeras canguro limpieza ayuda ayúdenme ayudenme ayúdeme señora cuidadora cuidador ancianos mayores abuela abuelo hijo hija niños ninos por favor perdón alguien",
  pt: "olá ola obrigado obrigada bom boa dia tarde noite procuro procuramos preciso precisamos trabalho emprego babá faxineira cuidadora cuidador ajuda senhora avó avô filho filha por favor alguém",
  fr: "bonjour bonsoir merci salut cherche cherchons travail emploi nounou aide femme ménage menage madame enfant fille fils",
  ro: "bună buna ziua seara dimineața dimineata salut mulțumesc multumesc mulțumim multumim mersi mult frumos caut căut căutăm cautam lucru muncă munca serviciu bonă bona îngrijitoare ingrijitoare menajeră menajera ajutor vreau nevoie rog ajutați ajutati copil copii bunica bunicul",
  uk: "привіт всім усім вітаю добрий доброго день дня ранку вечора дякую шукаю шукаємо роботу робота працю няню няня доглядальницю доглядальниця доглядальниці прибиральницю прибиральниця допоможіть допомога допомогу потрібна потрібен потрібно будь ласка бабусі бабуся дідусь дитини",
  tl: "salamat maraming po opo kuya magandang umaga hapon gabi kumusta paalam ingat tulong trabaho naghahanap hanap",
  sq: "faleminderit flm shume shumë pershendetje përshëndetje mirembrema mirëmbrëma miredita mirëdita mengjes mëngjes po jo ndihme ndihmë pune punë kerkoj kërkoj",
  ru: "привет здравствуйте добрый доброе доброго день дня утро вечер спасибо ищу ищем работу работа няню няня сиделку сиделка домработницу помогите помощь нужна нужен нужно пожалуйста бабушки бабушка дедушка ребенка",
};

/**
 * Words only Tagalog, Albanian or Portuguese writes, for what eld's n-grams miss: Taglish is
 * mostly English with «po», «naman», «kuya» in it, Albanian typed without ë and ç reads to them
 * like Romanian or Italian («kerkoj pune urgjent»), and Brazilian chat without accents like
 * Spanish or Galician («oi, to precisando de trampo»). Left out: words another language of Milan
 * writes too (Tagalog «sa», «na», «sana», «ate», «hindi», «ano», «dito», «sino»; Albanian «per», «te», «ne», «me», «une», «nena», «falas»,
 * «si», «jam», «ore», «dado»; Portuguese «to», «meu», «ajuda», «preciso», «gente»). Italian «po'» keeps its apostrophe and «un po» is not counted.
 *
 * Arabic and Sinhala typed in Latin letters on a phone with no Arabic or Sinhala keyboard
 * («ana 3ayza shoghl», «mata colf job ekak oni») read to the n-grams as Italian or Tagalog: the
 * words of the chat alphabets of Egypt, the Maghreb and the Levant, and of Sri Lanka, place them.
 * Tunisian and Moroccan chat too («nheb babysitter lel weldi», «famma», «barcha»). Left out:
 * Arabic «fin», «wala», «ya», «men», «fama» (Italian, Spanish, Portuguese fame); Sinhala «mama», «api», «wala», «kama» (Tagalog
 * bed), «baha» (Tagalog flood), «wage», «bae» (English), «nona», «hari».
 */
const MARKERS: Readonly<Record<string, string>> = {
  tl: "po opo ng mga naman yung kasi ako kuya salamat lang pwede puwede kayo ninyo namin natin kami siya ikaw wala meron paano saan magkano bakit tulong trabaho nanay tatay",
  sq: "faleminderit flm pershendetje përshëndetje kerkoj kërkoj kerkojme kërkojmë pune punë punoj shume shumë nuk eshte është kam unë nje një mund dua jeni flisni shqip kuptoj kuptova lutem ndihme ndihmë ndihmen ndihmën nevoje nevojë gjyshja gjyshe nëna babai djali vajza femije fëmijë femijen fëmijën dhe ku kushton sot neser nesër mire mirë ishte jeton vetem vetëm zonje zonjë moshuar shtepi shtëpi shtepia shtëpia kohe kohë dike dikë keni kemi pastruese kujdestare kujdestar italisht zyra urgjent cfare çfarë kete këtë dje sonte ime jote juaj tij saj nenen nënën babait djalin vajzen vajzën kerkese kërkesë afer afër shtepise shtëpisë",
  pt: "não nao você voce vocês voces vcs pra tô tá minha muito obrigado obrigada uma trampo precisando procurando faxineira diarista babá também tambem então entao ainda",
  ar: "salam slm ana enta enti ehna ezay ezzay izay feen fein kayn kayna bghit nbghi bghina bghiti dyal dyali dial chkoun chkon wach wesh bdi baddi badna mesh msh mish momken mumkin mumken shwaya shwaia chwiya bezaf bzaf kteer ktir shoghl shogl khedma khdma yalla inshallah nshallah habibi mafish mafeesh nheb nhebb weldi wildi binti famma barcha brcha chnowa kifech",
  si: "oni ona onei oney onee karanna karanawa puluwan puluwanda puluwannam ekak eka thiyenawada thiyenawa thiyenne tiyenawa tiyenawada mata mage magee wada wadak nisa koheda kohe kenek kenekwa hodai honda hondata inne innawa denna ganna ekka amma thaththa nangi akka malli aiya ayya hoyanawa epa nathi naha nehe kiyala kiyanna eya eyata achchi seeya putha duwa thaniyama uyanna genna genath balaganna kade rassawa rassawak dawas sathiyata hoyanne awurudu avurudu mahaththaya gedara gedarata amarui innawada karanne danne therenne kiwwa pirisidu panthi igena udaw",
};
const markers = new Map<string, string>();
for (const [language, words] of Object.entries(MARKERS))
  for (const word of words.split(" ")) markers.set(word, language);

/**
 * A word of Arabic's chat alphabet: a digit for a letter Latin has not («3andi», «sa3a», «7aga»,
 * «sho8l», «ljame3»). Not «h24», «A2», «2a» (second class): a digit with one letter beside it.
 */
const ARABIZI = /^(?:\p{L}+[2356789]\p{L}+|[2356789]\p{L}{2,}|\p{L}{2,}[2356789])$/u;
const ARABIZI_DIGIT = /[2356789]/;
/** Made once, not per call: see read-words.ts. */
const isArabizi = (word: string) => ARABIZI.test(word);

/** How many words of a message only Tagalog, Albanian, Portuguese, or Arabic or Sinhala in Latin letters writes (see MARKERS). */
function markerWords(text: string): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  // Most messages have none of the digits an Arabizi word needs: not split into words then.
  const arabizi = ARABIZI_DIGIT.test(text)
    ? text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(isArabizi).length
    : 0;
  if (arabizi > 0) counts.set("ar", arabizi);
  const words = wordsOf(text);
  for (const [i, word] of words.entries()) {
    const language = markers.get(word);
    if (language === undefined || (word === "po" && words[i - 1] === "un")) continue;
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return counts;
}

/** The language most of a message's marker words belong to, and how many they are. */
export interface MarkerLead {
  readonly language: string;
  readonly words: number;
}

/**
 * The language more of a message's marker words (see MARKERS) belong to than any other's;
 * none when no word is one, or two languages have as many.
 */
export function leadingMarker(text: string): MarkerLead | undefined {
  const [first, second] = [...markerWords(text)].sort((a, b) => b[1] - a[1]);
  if (first === undefined || first[1] === second?.[1]) return undefined;
  return { language: first[0], words: first[1] };
}

/** Languages whose own script the n-grams know, typed here in Latin letters they do not. */
const ROMANISED = new Set(["ar", "si"]);

/**
 * Arabic or Sinhala typed in Latin letters, told by two words of their chat alphabets or more
 * and more than any other language's («slm 3likom», «7ad yesa3edni fel ISEE»): the n-grams have
 * never seen them, and a short one they leave to Italian.
 */
export function romanisedLanguage(lead: MarkerLead | undefined): string | undefined {
  return lead !== undefined && ROMANISED.has(lead.language) && lead.words >= 2
    ? lead.language
    : undefined;
}

/** Languages answered from one or two words: the ones the bot speaks whole conversations in. */
const ANSWERED = new Set(["es", "ro", "uk"]);

const lexicon = new Map<string, Set<string>>();
for (const [language, words] of Object.entries(WORDS))
  for (const word of words.split(" "))
    lexicon.set(word, (lexicon.get(word) ?? new Set()).add(language));

const WORD = /[\p{L}\p{M}'’]+/gu;

/** The words of a message, lower case, leaving aside words of one letter ("y", "a", "o"). */
function wordsOf(text: string): string[] {
  return (text.normalize("NFC").toLowerCase().match(WORD) ?? []).filter(moreThanOneLetter);
}

/** More than one code point, counted without an array of them: two UTF-16 units may be one. */
const moreThanOneLetter = (word: string) =>
  word.length > 2 || (word.length === 2 && (word.codePointAt(0) as number) <= 0xffff);

/**
 * Whether every word of a short message is a word of these other languages, whichever
 * («salut», Romanian and French; «dia»): words the Italian and English model may take for
 * its own («salut» for «salute», health), to be read by the model of every language.
 */
export function wordsOfOtherLanguages(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.every((word) => lexicon.has(word));
}

/**
 * The language one or two words are written in, when they say it plainly; else undefined.
 * Words of one letter ("y", "a", "o") are left aside.
 */
export function languageOfFewWords(text: string): string | undefined {
  const words = wordsOf(text);
  if (words.length === 0) return undefined;
  let shared: Set<string> | undefined;
  const own = new Set<string>();
  for (const word of words) {
    const languages = lexicon.get(word);
    if (languages === undefined) return undefined;
    shared = new Set([...(shared ?? languages)].filter((l) => languages.has(l)));
    if (languages.size === 1) own.add([...languages][0] as string);
  }
  const [language, other] = [...(shared ?? [])].filter((l) => own.has(l));
  if (language === undefined || other !== undefined) return undefined;
  return ANSWERED.has(language) ? language : undefined;
}
