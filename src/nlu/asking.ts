/** Words and phrasings that ask for something, whatever the rest of the message tells. */

/**
 * Words that ask: stems of verbs of wanting and a few whole words. "serv" is "serve", not the
 * noun ("il servizio pasti", "the meal service"), which tells as often as it asks; nor the past
 * participles "servito", "aiutato", "helped" ("gli è servita tanto", "mi ha aiutato molto"),
 * which tell what a service did, nor "helpful" («the group was so helpful»), which tells what it
 * was, nor "helps" («my colleague helps out the custodian»), which tells what someone does;
 * «can you help?» asks.
 */
export const REQUEST =
  /^(cerc|serv(?!izi|ic|it[oaie]$)|vorre|volev|bisogn|voler|aiut(?!at[oaie]$)|occorr|esist|qualcun|vogli|desider|chied|richied|informazion|piacereb|prefer|need|looking|want|help(?!ed$|ful$|s$)|anyone|someone|somebody|search|seek)|^(potete|potreste|puoi|posso|info|please|would|could|find|any|like|rather)$/;
/** Whether words ask for something (Italian, English): one of them is a word that asks. */
export const asksFor = (words: readonly string[]): boolean => words.some((w) => REQUEST.test(w));

/**
 * Question words ask when they open a piece or the message asks ("come faccio a…?"); inside a
 * sentence that tells they join it: "lavora come operatore", "my sister, who is a carer".
 */
export const QUESTION_WORDS = new Set("dove come chi quale quali where how who which".split(" "));

/**
 * Someone offering themselves for work lists what they bring: "ho i documenti in regola e tanta
 * esperienza", "I have references and a residence permit", "sono disponibile". Said of oneself,
 * it asks for a job as plainly as "cerco lavoro", whatever the story around it tells.
 */
export const OFFERS_ONESELF =
  /\b(?:(?:ho|abbiamo) (?:anche |gia )?(?:i |il |tanta |molta |buone |delle |le )?(?:documenti in regola|permesso di soggiorno|esperienza|referenze)|i(?: have|'ve|’ve| ve) (?:got )?(?:good |great |lots of |a lot of |years of )?(?:references|experience|a residence permit|a work permit|my papers)|sono disponibile|i am available)\b/;

/** Wanting, in the past or as a wish: "volevo", "vorrei", "wanted", "wanna". */
const WANTED = /^(volev|vorre|want)/;
/** Telling verbs: what one wants, after WANTED, is only to say something. */
const SAY = /^(dir|raccont|ringrazi|condivid|say|tell|thank|share)/;
const ONLY = new Set(["solo", "soltanto", "semplicemente", "just", "only", "to", "vi", "ve"]);

/**
 * "Volevo solo dirlo", "vorrei ringraziarvi", "I just wanted to say thanks": a wish to tell,
 * which asks for nothing (what follows may still ask: "volevo dirvi che cerco una badante").
 */
export function onlyToSay(tokens: readonly string[], i: number): boolean {
  if (!WANTED.test(tokens[i] as string)) return false;
  let j = i + 1;
  while (ONLY.has(tokens[j] as string)) j++;
  return SAY.test(tokens[j] ?? "");
}

const SOMEONE = /^(qualcun|someone|somebody|anyone)/;
/** Words between a verb of telling and the one told: "raccontarlo a", "share it with". */
const TO = new Set(["a", "ad", "to", "con", "with", "it"]);

/**
 * "Raccontarlo a qualcuno", "to tell someone", "share it with somebody": someone told, which
 * asks for no one ("c'è qualcuno che…", "I need someone" still ask).
 */
export function toldToSomeone(tokens: readonly string[], i: number): boolean {
  if (!SOMEONE.test(tokens[i] as string)) return false;
  let j = i - 1;
  while (j > i - 3 && TO.has(tokens[j] as string)) j--;
  return SAY.test(tokens[j] ?? "");
}

/** A trade of paid work in a home, as a worker names their own ("faccio la colf"). */
export const TRADE =
  "(?:colf|badante|baby ?sitter|tata|domestica|cuoca|cameriera|donna delle pulizie|assistente familiare|cleaner|carer|caregiver|care worker|nanny|housekeeper|maid|cook|domestic (?:worker|helper)|home help)";
/**
 * A post named by its trade, as a worker asks for it: «caregiver job», «cleaning work», «nanny
 * position», «job as a housekeeper», «posto da badante»; a family offers one («offro un lavoro come
 * colf», «we are offering a nanny job»: SEEKS_WORK's look-behind) or asks for the worker.
 */
const POST_OF_TRADE = `(?:${TRADE}|cleaning|babysitting|housekeeping|care) (?:jobs?|work|positions?|posts?|vacanc(?:y|ies))|(?:jobs?|work|position|posto|impiego) (?:as|come|da) (?:a |an |un |una )?${TRADE}`;
/**
 * Oneself offered for a trade, as only a worker says it: available as one («disponibile come
 * badante convivente»: not a worker a family asks to be available, «cerco una signora
 * disponibile come badante»), working in the trade wished for oneself or a relative («mia
 * moglie vuole lavorare baby sitter», «I'd like to work as a nanny», «voglio fare la
 * babysitter», «vorrei iscrivermi come tata»: a family neither does the trade nor signs up as
 * it), earning a little more («vorrei arrotondare», «cerco altre famiglie per arrotondare»: a
 * worker's word, said of oneself; «mio nipote fa il babysitter per arrotondare» only tells), or
 * how to apply («come mi candido?», «how do I apply?»).
 */
export const OFFERS_FOR_A_TRADE = new RegExp(
  `\\b(?:(?<!\\b(?:cerc\\w*|serve|servirebbe|need|looking for) (?:\\w+ ){0,3})disponibile (?:come|da|per fare) (?:la |il |un |una )?${TRADE}|(?:vorrei|voglio|mi piacerebbe|vuole|vorrebbe|want to|wants to|d like to|would like to) (?:lavorare|work) (?:come |da |di |as )?(?:la |il |un |una |a |an )?${TRADE}|(?:vorrei|voglio|mi piacerebbe|want to|d like to|would like to) (?:fare|be) (?:la |il |da |a |an )?${TRADE}|(?:iscrivermi|registrarmi|sign up|register) (?:come|as) (?:la |il |un |una |a |an )?${TRADE}|(?:vorrei|voglio|devo|dovrei|mi piacerebbe) arrotondare|(?:cerc\\w*|faccio|farei) (?:\\w+ ){0,4}per arrotondare|(?:come|dove) (?:posso )?(?:mi )?candid\\w*|candidarmi|how (?:do|can|should) i apply)\\b`,
  "u",
);
/**
 * Work wished for in so many words, of oneself and not refused: a trade to change or to learn
 * («vorrei cambiare mestiere», «I want to change careers», «un corso per imparare un mestiere»),
 * work as what one lacks («quello che mi manca è un lavoro»), oneself offered for a trade, any
 * work taken («va bene qualsiasi cosa», «faccio qualunque cosa», «I'll do anything»), «vorrei
 * (continuare a) lavorare», «I'd like to work», «vorrei guadagnare qualcosa», one kind of work
 * refused for a narrower one («non cerco lavoro come badante, solo pulizie a ore», «not after a
 * full-time job, just a few hours»: not «non cerco lavoro, cerco una tata», a family's). Not a
 * trade told («faccio la badante»), which the work cue reads.
 */
export const WORK_WISHED = new RegExp(
  `(?<!\\b(?:non|not|don t|dont) (?:\\w+ )?)\\b(?:(?:vorrei|voglio|devo|dovrei|vorremmo|want to|d like to|need to) cambiare (?:mestiere|lavoro)|(?:want|d like|need) to change (?:jobs|careers?|my job|career)|(?:imparare|learn) (?:un |a )?(?:mestiere|trade)|(?:mi|ci) manca (?:e |solo |ancora )*(?:un |il )?lavoro|(?:faccio|farei|va bene|accetto|provo) (?:\\w+ )?(?:qualsiasi|qualunque) (?:cosa|lavoro)|i (?:d|ll|would|will|can) do anything|(?:vorrei|voglio|vorremmo|mi piacerebbe|want to|d like to|would like to) (?:anche |ancora |continuare a |tornare a )?(?:lavorare|work)|(?:vorrei|voglio|mi piacerebbe) guadagnare (?:qualcosa|qualche soldo|un po)|(?:want|like) to earn)\\b|\\bnon cerco (?:un )?lavoro (?:come \\w+|a tempo pieno|fisso)(?: \\w+){0,3} (?:solo|soltanto)\\b|\\bnot (?:after|looking for) (?:a )?(?:full time |permanent )?(?:job|work)(?: \\w+){0,2} (?:just|only)\\b|${OFFERS_FOR_A_TRADE.source}`,
  "u",
);
/**
 * Looking for work, or telling one's own trade: «cerco altra famiglia», «lavoro come colf»,
 * Neapolitan «cerco fatica» (work, where Italian «fatica» is effort: only after «cerco»),
 * «faccio la badante da otto anni», «I work as a cleaner», «looking for work as a housekeeper»;
 * in the other languages, looking for work in so many words, colloquial ones too («caut de lucru»,
 * «caut job», «busco trabajo», «busco chamba», «je cherche boulot», «procuro trampo») or needed in so many
 * words («necesito trabajo», «preciso de trabalho», «j'ai besoin de travail», «am nevoie de
 * lucru», «мені потрібна робота», «kailangan ko ng trabaho»), for oneself or for
 * one's husband or wife («soțul caută de lucru», «чоловік шукає роботу»), a post in a trade
 * («caut post de bonă»), oneself offered as one in Ukrainian or Russian («можу бути нянею або
 * прибиральницею»: not «не можу бути з нею», a family's), part-time work looked for, or asked whether
 * there is any («¿hay trabajo de colf?», «чи є робота няні?», «есть ли работа», «y a-t-il du
 * travail»: not «no hay trabajo» in one's country); a side job or work
 * known of: «шукаю підробіток», «ищу подработку», «alam na part time na trabaho», «may alam po ba
 * kayo na trabaho as babysitter?»; the post named before the verb, «trabajo de niñera busco»; Arabic's
 * working named by its trade, «اشتغل بيبي سيتر», «اعمل ممرضه» (as read: final ة as ه), not
 * wanting to work alone, which a mother says who needs a babysitter for it;
 * Sinhala's job before its verb: «colf wadak hoyanawa», «badante වැඩක් ඕනේ», a colf job wanted
 * or asked for, «pulizia වැඩක් තියෙනවද?»).
 * Said in the first person only: a family asks for someone «che ha fatto la badante», «with
 * experience as a nanny», or «offre lavoro come colf». Not when the trade is done for one's own
 * people («faccio da badante a mia madre»: a family carer). Read on one piece of a message,
 * accents and apostrophes gone, and only unrefused («non sono io che cerco lavoro»).
 */
export const SEEKS_WORK = new RegExp(
  `(?<!\\b(?:offr|offer)\\w* (?:a |an |un |una )?)(?<![\\p{L}\\p{N}])(?:${POST_OF_TRADE}|cerc\\w* (?:di |un |altro |nuovo )?(?:lavoro|impiego)|trova\\w* (?:un |altro )?lavoro|cerc\\w* (?:un |una |altra |nuova )?famiglia|cerc\\w* (?:na |una )?fatica|(?:looking|searching) for (?:a |some )?(?:new )?(?:part ?time |full ?time )?(?:job|work)|find (?:a |some )?(?:job|work)|need (?:a )?(?:job|work)|(?:faccio|facevo|ho fatto|lavoro|lavoravo|ho lavorato|ho (?:tanta |molta |anni di )?esperienza) (?:come |la |il |da |anche |per anni |gia )*${TRADE}|(?:io )?sono (?:una |un )?${TRADE}|i (?:work|worked|have worked|ve worked|have been working|ve been working|am working) as (?:a |an )?${TRADE}|i (?:am|m) (?:a |an )${TRADE}|caut(?:a|am)? (?:de )?(?:lucru|munca|un loc de munca)|caut(?:a|am)? (?:un )?job|caut(?:a|am)? (?:un )?post (?:de|ca)|(?:можу|могу) (?:бути|быть|працювати|работать) (?:\\p{L}+ )?(?:нянею|прибиральницею|доглядальницею|помічницею|няне[йи]|уборщице[йи]|сиделко[йи]|домработнице[йи]|помощнице[йи])|busc\\w* (?:un )?(?:trabajo|empleo|curro|chamba|laburo)|(?:necesit\\w*|precis\\w*(?: de)?|(?:j )?ai besoin d(?:e|u|e l|un)?|(?:am|are|avem) nevoie de|kam nevoje per|kailangan(?: ko| namin)?(?: ng)?|need ko(?: ng)?|(?:мені |мне )?(?:потрібна|нужна)) (?:un |um |uma |algun |un loc de )?(?:trabajo|empleo|chamba|laburo|trabalho|emprego|trampo|travail|boulot|emploi|lucru|munca|pune|trabaho|work|робота|работа)(?![\\p{L}\\p{N}])|(?:trabajo|empleo) de \\p{L}+ busc\\w*|(?<!no )hay (?:algun |un )?trabajo|шука(?:ю|є|ємо|ють) (?:\\p{L}+ )?(?:роботу|підробіт\\p{L}*|заробіт\\p{L}*)|чи є (?:\\p{L}+ )?робота|ищ(?:у|ет|ем|ут) (?:\\p{L}+ )?(?:работу|подработ\\p{L}*)|есть ли (?:\\p{L}+ )?работа|cherche (?:du |un )?(?:travail|emploi|boulot|taf)|y a t il (?:du |un )?(?:travail|emploi|boulot)|procur\\w* (?:um )?(?:trabalho|emprego|trampo)|(?:hanap|naghahanap|maghanap|humahanap) (?:\\p{L}+ ){0,3}trabaho|alam (?:\\p{L}+ ){0,4}trabaho|kerkoj pune|ابحث عن عمل|(?:اشتغل|اعمل|بشتغل) ك?(?:بيبي سيتر|بيبيسيتر|جليسه|مربيه|عامله نظافه|خادمه|ممرضه|مرافقه|baby ?sitter|badante|colf)|(?:wadak|rassawak|job ekak) (?:hoyanawa|oni|ona|oney|onee)|(?:වැඩක්|රැකියාවක්) (?:හොයනවා|ඕනේ|ඕනෙ|ඕන|තියෙනවද))(?![\\p{L}\\p{N}])(?! (?:a|per|di|to|for) (?:mia|mio|mi|my|nostra|nostro|our|sua|suo|his|her)\\b)`,
  "u",
);
