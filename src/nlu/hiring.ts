import { TRADE } from "./asking.js";
import type { Classification, Ranking } from "./decision.js";
import {
  BABYSITTER_INTENT,
  DOMESTIC_HELP_INTENT,
  HIRING,
  HOME_CARER_INTENT,
  JOB_INTENT,
} from "./need.js";
import { plainWords, turnedTo } from "./told-need.js";

/**
 * A family that hires, in another language, as plainWords gives it: the teller or the family
 * wants, needs or looks to hire («quiero contratar una colf», «queremos contratar a alguien para
 * cuidar a mi madre», «quero contratar uma empregada», «vreau să angajez o bonă», «хочу найняти
 * доглядальницю», «хотим нанять сиделку», «je cherche à embaucher une nounou», «dua të punësoj»,
 * «gusto namin mag hire»), or looks for one of the home trades by name («نبحث عن مربية»,
 * «naghahanap ng bagong badante», «想找一个护工»). Not the one hired: the reflexive «vreau să mă
 * angajez», «da të punësohem» and «nadie me contrata» are work sought, as is a trade's work
 * looked for («بدور على شغل babysitter», «想找保姆或者钟点工的工作»); nor a hiring refused («no queremos
 * contratar a nadie, busco trabajo»).
 */
const FAMILY_HIRES =
  /(?<!(?<![\p{L}\p{N}])(?:no|nu|не|ne|nao|not|pas) )(?<![\p{L}\p{N}])(?:(?:quiero|queremos|quisiera|quisieramos|necesito|necesitamos|busco|buscamos|tengo que|tenemos que|me gustaria|nos gustaria|quero|queria|queriamos|preciso|precisamos|gostaria de|gostariamos de) contratar|(?:vreau|vrem|as vrea|am vrea|trebuie|cautam|caut) sa (?:angajez|angajam)|(?:хочу|хочемо|хотіла б|хотів би|треба|потрібно|шукаю|шукаємо|хотим|хотела бы|хотел бы|нужно|надо) (?:на[иі]няти|нанять)|(?:je cherche a|on cherche a|nous cherchons a|je veux|on veut|nous voulons|je voudrais|on voudrait|nous voudrions|j aimerais|on aimerait) (?:embaucher|engager|recruter)|(?:dua|duam|kerkoj|kerkojme) te punesoj(?:me)?|gusto (?:ko|namin|naming) (?:mag ?)?hire|(?:naghahanap|hinahanap|kailangan)(?: (?:po|kami|ako|sila|namin|nila|ko))* ng (?:isang )?(?:bagong )?(?:badante|yaya|kasambahay|katulong|caregiver)|(?:نبحث|ابحث|بندور|بدور|بدنا|بدي|نحتاج|احتاج|محتاجين|عايزين|عايز|نريد|اريد|بغينا|بغيت)(?: (?:عن|على))?(?: (?:واحده|وحده|حد))? (?:ل|ال)?(?:مربيه|جليسه|مرافقه|خادمه|شغاله|بادانتي|badante|babysitter|colf))(?![\p{L}\p{N}])|(?<!不|没)(?:找|请|雇)(?:一个|一位|个|位)?(?:住家)?(?:保姆|护工|育儿嫂|月嫂|钟点工|阿姨)(?![^，。！？,.!?]*工作)/u;

/**
 * The cost of a home trade asked, as a family asks it before hiring («cât costă o badantă
 * convietuitoare cu contract?», «Скільки коштує badante convivente…?», «¿cuánto cuesta una
 * niñera por hora?», «住家保姆多少钱一个月？»): the model reads the price as no need. The trade
 * is named right after the question (a few words), or in Chinese in its clause: «…un curso para
 * ser badante…, ¿cuánto cuesta?» asks the course's price. Not the pay a worker asks of
 * («сколько платят сиделке»).
 */
const COST_OF =
  /(?<![\p{L}\p{N}])(?:cuanto (?:cuesta|cuestan|cobra|cobran|sale)|quanto (?:custa|custam|cobra|cobram)|cat (?:costa|ar costa|ia)|скільки (?:коштує|коштуватиме|коштують|бере)|сколько (?:стоит|стоят|будет стоить|берет|платить)|combien (?:coute|coutent|ca coute|prend)|sa (?:kushton|kushtojne|merr)|magkano|كم (?:تكلفه|سعر|يكلف|تكلف)|بكام|قداش|شحال)((?: \p{L}+){1,4})|[^\s，。！？,.!?]*(?:多少钱|价格|费用)[^\s，。！？,.!?]*/u;

/** Whether the message asks what one home trade costs (see COST_OF). */
function costOfTradeAsked(plain: string): boolean {
  const asked = COST_OF.exec(plain);
  if (asked === null) return false;
  return namedTrade(asked[1] ?? asked[0]) !== undefined;
}

/**
 * The same in Italian and English: a family's trade asked for by the teller («mi serve una
 * tata», «we need a nanny»), not by the families a worker looks for («any families looking for a
 * nanny?») nor refused («non cerco una babysitter»).
 */
const TRADE_ASKED = new RegExp(
  `(?<!\\b(?:families|famiglie|non|not|don t) )\\b(?:mi serve|ci serve|cerco|cerchiamo|need|looking for) (?:\\w+ ){0,2}${TRADE}`,
  "u",
);

/**
 * Whether a message's plain words (plainWords) tell a family hiring one of its home trades: the
 * one place a worker's story (work.ts) and another language's hiring (below) tell the family's
 * side from the worker's. Each model's languages by their own words: Italian and English
 * TRADE_ASKED's look-behind would not see another language's worker who looks for a family
 * («…may alam kayong family na need ng colf»), and FAMILY_HIRES holds no Italian or English.
 */
export const familyHires = (plain: string, otherLanguage: boolean): boolean =>
  otherLanguage ? FAMILY_HIRES.test(plain) : TRADE_ASKED.test(plain);

/**
 * Whether a message in another language tells a family hiring (see familyHires) or asks what a
 * trade costs.
 */
export const toldHiring = (text: string): boolean => {
  const plain = plainWords(text);
  return familyHires(plain, true) || costOfTradeAsked(plain);
};

/**
 * The home trades a family hires, in the other languages' words as plainWords gives them (the
 * catalogue's labels and the intent files' examples): a carer («cuidadora», «îngrijitoare»,
 * «доглядальницю», «сиделку», «auxiliaire de vie»), a home helper («colf», «empleada
 * doméstica», «faxineira», «menajeră», «прибиральницю», «уборщицу», «femme de ménage»,
 * «shtëpiake», «kasambahay», «خادمة», «钟点工») or a nanny («niñera», «canguro», «bonă», «dădacă»,
 * «няню», «nounou», «yaya», «مربية», «育儿嫂», Albanian «dado», not Spanish «dado que»). Arabic
 * writes «the», «and», «for» on the word («للمربية»); Chinese writes no space, so its trades
 * are found anywhere, not after «不» or «没» («不需要护工»). Chinese «保姆» is a carer, a home
 * helper or a nanny alike, and names none of them.
 * A carer of children is a nanny («cuidadora de niños»). A waiter, a builder, a shop assistant
 * is no home trade: a café owner's «contratar un camarero» stays out of scope. A trade refused by
 * name is not the one hired («contratar a alguien que limpie, no una cuidadora»).
 * Listed here, not derived from the catalogue: it holds no trade nouns to derive them from (one
 * label per service, in it, en, es, ro, uk only; the other languages' examples are sentences),
 * and the list carries grammar no label has: stems of the inflected Cyrillic forms, the carer of
 * children who is a nanny, the trade refused by name.
 */
const NOT_REFUSED = String.raw`(?<!(?<![\p{L}\p{N}])(?:no|nu|не|ні|nao|pas|hindi|jo|sin|fara|без|sans|sem|بدون|بلا|مش)(?: \p{L}+){0,2} )(?<![\p{L}\p{N}])`;
/**
 * The trade's words looked ahead for first, then the refusal looked behind: the same matches,
 * but the look behind, tried before at every character of every message, is now tried only
 * where a trade begins (the three tests took 2.4 times less over the development texts).
 */
const trade = (words: string, han: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?=${words})${NOT_REFUSED}${words}|(?<!(?:不|没)\p{Script=Han}{0,3})(?:${han})`,
    "u",
  );
/** Arabic's «the», «and», «for» written on a trade's word. */
const ON_THE_WORD = "(?:و|ل|ال|لل|وال)?";
const HIRED_TRADES: readonly (readonly [string, RegExp])[] = [
  [
    HOME_CARER_INTENT,
    trade(
      String.raw`(?:(?:badante|badanta|cuidador|cuidadora|ingrijitor|ingrijitoare|доглядальниц\p{L}*|доглядач\p{L}*|сиделк\p{L}*|auxiliaire de vie|aide soignante|garde malade|kujdestar|kujdestare|caregiver|${ON_THE_WORD}بادانتي)(?![\p{L}\p{N}])(?! (?:\p{L}+ )?(?:ninos|nino|ninas|nina|bebe|criancas|copii|copil|copilul|дитини|дітей|детей|ребенка|enfants|enfant|femijet|femije|bata|اطفال|الاطفال)))`,
      "护工|陪护",
    ),
  ],
  [
    DOMESTIC_HELP_INTENT,
    trade(
      String.raw`(?:(?:colf|empleada domestica|empleada del hogar|trabajadora del hogar|(?:una|la) asistenta|limpiadora|senora de la limpieza|mucama|empregada|diarista|faxineira|menajera|femeie de serviciu|femeie de menaj|прибиральниц\p{L}*|домробітниц\p{L}*|уборщиц\p{L}*|домработниц\p{L}*|femme de menage|aide menagere|pastruese|shtepiake|kasambahay|katulong|${ON_THE_WORD}(?:خادمه|شغاله|عامله منزليه|منظفه))(?![\p{L}\p{N}]))`,
      "钟点工|保洁|清洁工",
    ),
  ],
  [
    BABYSITTER_INTENT,
    trade(
      String.raw`(?:(?:ninera|canguro|baby ?sitter|bona|dadaca|нян\p{L}*|nounou|yaya|dado(?! que)|${ON_THE_WORD}(?:مربيه|جليسه اطفال))(?![\p{L}\p{N}])|(?:cuidador|cuidadora|ingrijitoare|kujdestare) (?:\p{L}+ )?(?:ninos|nino|ninas|nina|bebe|criancas|copii|copil|copilul|femijet|femije)(?![\p{L}\p{N}]))`,
      "育儿嫂|月嫂",
    ),
  ],
];

/** The one home trade the message names, if it names exactly one (see HIRED_TRADES). */
export function namedTrade(text: string): string | undefined {
  const plain = plainWords(text);
  const named = HIRED_TRADES.filter(([, words]) => words.test(plain));
  return named.length === 1 ? named[0]?.[0] : undefined;
}

/**
 * An employer hiring asks for the trade, not for work: «quiero contratar una colf con contrato
 * regular…» leans the model to work on «contrato», and «vreau să angajez o bonă cu contract, cum
 * se face?» leaves it refusing (0.14, work first). In another language, a hiring that names one
 * home trade is that trade however unsure the model is, wherever it ranks it; one that names
 * none, read as work, turns to the trade the model ranks best. A sure reading of another need
 * keeps it.
 */
export function asTradeHired(
  decision: Classification,
  ranking: Ranking,
  hires: boolean,
): Classification {
  if (!hires) return decision;
  const named = namedTrade(decision.text);
  if (
    named !== undefined &&
    (decision.intent === null || decision.ambiguous || decision.intent === JOB_INTENT)
  )
    // A second need asked beside it stays («أبحث عن مربية لابني و كذلك امرأة للتنظيف»).
    return turnedTo(decision, ranking, named, decision.also, ranking.ranked.length);
  if (decision.intent !== JOB_INTENT) return decision;
  const trade = ranking.ranked.find((r) => HIRING.has(r.intent));
  return trade === undefined ? decision : turnedTo(decision, ranking, trade.intent, undefined);
}
