import { TURN_WORDS } from "../language/turns.js";
import type { Classification, Ranking } from "./decision.js";
import {
  DANGER_INTENT,
  DOMESTIC_HELP_INTENT,
  GREETING_INTENT,
  HOME_CARER_INTENT,
  JOB_INTENT,
} from "./need.js";
import type { OtherWords } from "./negation-languages.js";
import type { ReadWord } from "./reading.js";
import type { ChoreNeed } from "./reading-words.js";
import { plainOf, plainWords, turnedTo } from "./told-need.js";

/**
 * The chore a story names says which need it tells, where age, a fall or living alone would
 * spread the model over a carer and a custodian: cooking is meals («non si fida più ad accendere
 * il gas», «can't stand at the stove»), the shopping carried home is shopping («carrying the
 * shopping up», «il frigo è sempre vuoto»), keeping the house is a home helper («pulire i vetri
 * è faticoso», «a mountain of shirts to iron»), washing and dressing oneself is a carer («non
 * riesce più a farsi la doccia», «can't get dressed by himself»).
 */
export const MEALS_INTENT = "pasti_domicilio";
const SHOPPING_INTENT = "spesa_domicilio";

/**
 * Living on a few staples, a meal of bread and milk («va avanti a pane e salame», «living on toast
 * and tea», «ha cenato con pane e latte»): meals named and left undone at once. In the other
 * languages, eating only bread or biscuits, as plainWords gives it («come pan con queso», «só
 * come biscoito», «mănâncă doar pâine», «їсть тільки хліб» as «ість…», «ест только хлеб», «ha
 * vetëm bukë»).
 */
const STAPLE =
  "(?:pane|latte|biscotti|cracker|crackers|grissini|salame|te|caffe|fette biscottate|toast|bread|tea|biscuits|cereal|milk)";
const STAPLE_ELSEWHERE =
  "(?:pan|galletas|pao|bolachas?|biscoitos?|paine|biscuiti|хліб|печиво|хлеб|печенье|buke|pain)";
const STAPLES_ONLY = new RegExp(
  `\\b(?:(?:living|lives|live|lived|surviv\\w*) on|(?:va|vanno|andava|tira) avanti (?:a|con)|(?:mangia|cena|pranza|ha cenato|ha mangiato)(?: solo)?(?: con| a)?) ${STAPLE}(?: (?:and|e) ${STAPLE})?\\b|(?<![\\p{L}\\p{N}])(?:(?:so |solo |solamente )?come(?: so| solo| solamente| apenas)?|mananca (?:doar|numai)|(?:ість|ест) (?:тільки|лише|только|один)|ha vetem|mange (?:que du|seulement du)) ${STAPLE_ELSEWHERE}(?![\\p{L}\\p{N}])`,
  "u",
);

const CHORES: readonly (readonly [string, RegExp])[] = [
  [
    MEALS_INTENT,
    /\b(?:cucinare|cucinarsi|cucinav\w*|cucinat[oa]|fornelli|accendere il gas|pasto caldo|pasti caldi|mangiare (?:cose )?cald\w*|pranzo e cena|pane e salame|cook|cooking|(?:the )?(?:stove|cooker|hob|oven)|hot meals?|lunch and dinner)\b/u,
  ],
  [
    SHOPPING_INTENT,
    /\b(?:fare la spesa|(?:le )?buste della spesa|portare (?:su )?la spesa|port\w* (?:su |io )?(?:le )?borse|(?:le )?borse (?:\w+ ){0,2}?(?:spesa|supermercato|pesant\w*|esselunga|carrefour|coop|lidl|conad|pam|mercato)|frigo (?:e )?(?:gia |sempre )?vuoto|(?:riempio|riempire) (?:il frigo|\w+ frigo)|frigo glielo riempio|the shopping|groceries|shopping bags|carrying (?:the )?(?:bags|water))\b/u,
  ],
  [
    DOMESTIC_HELP_INTENT,
    /\b(?:pulizie|pulire|stirare|stiro|lavare i piatti|stendere|lavatrice|straccio|vetri|spolverare|cleaning|ironing|to iron|dust everywhere|housework|laundry|washing up)\b/u,
  ],
  [
    // Care of one's own body: washing, dressing, getting up, the toilet; someone beside them.
    // Not «lavarlo», «vestirla»: someone else, often a carer who already comes, does it.
    HOME_CARER_INTENT,
    /\b(?:lavarsi|(?:farsi|fare) (?:la doccia|il bagno)|vestirsi|alzarsi dal letto|andare in bagno|wash (?:himself|herself|themselves)|(?:get|getting) (?:dressed|washed)|(?:dress|bathe) (?:himself|herself)|(?:have|take|having|taking) a (?:shower|bath)|get(?:ting)? (?:in|into|out of) (?:the )?(?:bed|bath|shower)|(?:go|going|get) to the (?:toilet|loo|bathroom))\b/u,
  ],
];

/**
 * The chore told as hard or left undone: «non riesco», «non ci può stare», «al supermercato non ci arriva», «è faticoso», «non si
 * fida più», «per un mese non potrà», «niente fornelli», «vietato», «non ho la forza», «le gambe
 * non la reggono», «ai fornelli non lo lasciamo più», «è un'impresa», «too much», «beyond him»,
 * «exhausted», «a disaster», «won't be able», «are the problem». Without it a chore is only
 * talked of: a cleaning product, groceries ordered online, the cleaning lady who comes on
 * Thursdays.
 */
const HARD =
  /\b(?:non (?:ha|ho|hanno) (?:piu )?(?:la forza|le forze)|niente (?:fornelli|gas|cucina)|no (?:stove|cooking)|vietat\w*|not allowed|forbidden|non (?:ci |lo |la |le |li |ne )?(?:riesc\w*|ce la fa\w*|arriv\w*|puo|possono|potra\w*|si fida|(?:so|sa) (?:nemmeno|neanche|piu)|regg\w*|lasci\w* piu)|(?:e|sono|diventat[oaie]) un impresa|fatic\w*|impossibil\w*|difficil\w*|troppo|sfinit\w*|stanc[oa]|persi|pesant\w*|can ?t|cannot|can not|unable|too much|too heavy|beyond (?:him|her|me|them|us)|exhausted|struggl\w*|disaster|no longer|anymore|won t be able|will not be able|(?:sono|e) (?:il|un) problema|(?:are|is) (?:the|a) problem)\b/u;

/**
 * Meals' own toll, weight lost, meals skipped, nothing to eat, the pan burnt or the gas left on
 * («in due mesi ha perso cinque chili», «he skips meals», «ha quasi bruciato la cucina», «she
 * keeps forgetting something on the hob»): beside cooking or meals named it tells them left undone, as HARD does. Not beside the
 * other chores: «ho perso tre chili facendo le pulizie» is no home helper wanted.
 */
const MEALS_TOLL =
  /\b(?:pers[oi] (?:gia |almeno )?(?:\w+ )?(?:chili|chilo|kg|peso)|(?:lost|losing) (?:\w+ ){0,3}(?:kilos?|kg|pounds|weight)|salta (?:i |il )?pasti|skip(?:s|ping)? meals|(?:niente|nulla) da mangiare|nothing to eat|non ha (?:piu )?fame|bruciat\w* (?:la |il |una |un |due |tre |le )?(?:cucina|pentol\w*|padell\w*|sugo)|(?:burnt|burned) (?:the )?(?:pan|pot|kitchen)|(?:dimentic\w*|forgets?|forgetting|forgot) (?:\w+ ){0,5}(?:il gas acceso|on the (?:hob|stove|cooker)|the (?:hob|stove|gas) on))\b/u;
/**
 * The shopping's own toll, an empty fridge or one a relative fills («il frigo è sempre vuoto»,
 * «glielo riempio io il frigo», «her fridge is empty»): beside the shopping named it tells the
 * shopping left undone, as HARD does.
 */
const SHOPPING_TOLL =
  /\b(?:frigo (?:e )?(?:gia |sempre |quasi )?vuoto|(?:glielo|gli|le) riempio (?:io )?(?:il )?frigo|frigo glielo riempio|(?:fridge|cupboards?) (?:is |are )?(?:always |completely )?empty|empty (?:fridge|cupboards))\b/u;
/**
 * The house's own toll, told as its state («la casa è un disastro», «è sempre un campo di
 * battaglia», «the flat is a mess», «the place is falling apart»): the housework left undone,
 * however plainly it is said.
 */
const HOME_TOLL =
  /\b(?:casa|appartamento|flat|house|home|place|apartment) (?:\w+ ){0,2}?(?:e|is|s|sembra|looks|was) (?:sempre |always |totally |completely |ormai |now )?(?:(?:un |una |a |an )?(?:complete |vero )?(?:disastro|porcile|caos|campo di battaglia|mess|tip|pigsty|disaster|dump)|sottosopra|sporc\w*|lurid\w*|filthy|dirty|falling apart)\b/u;
/** The toll that tells a chore left undone though no word says it is hard. */
const TOLLS: Readonly<Record<string, RegExp>> = {
  [MEALS_INTENT]: MEALS_TOLL,
  spesa_domicilio: SHOPPING_TOLL,
  [DOMESTIC_HELP_INTENT]: HOME_TOLL,
};

/**
 * A carer named or asked for («cerco una badante», «mi serve assistenza»): the model's carer
 * stands, a chore beside it is not the whole need.
 */
const CARER = /\b(?:badant\w*|carer|caregiver|assistente|assistenza)\b/u;
/**
 * A carer who already comes, for some hours («la badante viene solo la mattina», «the carer
 * comes only in the mornings»): what is left hard is the need, not another carer.
 */
const CARER_COMES =
  /\b(?:badante|carer) (?:\w+ ){0,2}(?:viene|arriva|comes) (?:solo|soltanto|only|just)\b/u;

/** Whether a message names a carer it does not already have, as plainWords gives it. */
export const namesCarer = (plain: string): boolean => CARER.test(plain) && !CARER_COMES.test(plain);

/**
 * A helper the household has («la nostra colf», «our cleaner»): the house's state tells of a day
 * off («la nostra colf oggi è in ferie, quindi la casa è un disastro»), not of housework undone.
 */
const HELPER_HAD =
  /\b(?:nostra|mia|our|my) (?:colf|domestica|donna delle pulizie|signora delle pulizie|cleaner|cleaning lady|housekeeper)\b/u;

/**
 * The needs of the chores a piece names; living on staples names meals (STAPLES_ONLY), the
 * house's state names housework (HOME_TOLL), unless
 * the message tells of a helper the household has.
 */
const choresNamed = (plain: string, helperHad = HELPER_HAD.test(plain)): string[] =>
  CHORES.filter(
    ([need, words]) =>
      words.test(plain) ||
      (need === MEALS_INTENT && STAPLES_ONLY.test(plain)) ||
      (need === DOMESTIC_HELP_INTENT && !helperHad && HOME_TOLL.test(plain)),
  ).map(([need]) => need);

/**
 * The one need the chores a message names tell, where it tells them hard, as plainWords gives
 * it; none when two are named.
 */
export function toldChore(plain: string): string | undefined {
  const named = choresNamed(plain);
  const [need] = named;
  if (need === undefined || named.length !== 1) return undefined;
  const undone = HARD.test(plain) || TOLLS[need]?.test(plain) || STAPLES_ONLY.test(plain);
  return undone ? need : undefined;
}

/**
 * The one need the chores another language's story tells hard name (locales/<lang>/reading.yaml
 * `chores`), read in the pieces that say what has become hard: «ya no puede caminar» a carer,
 * «elle n'arrive plus à cuisiner» meals; an empty fridge, the shopping («la nevera está vacía»,
 * «frigiderul e mereu gol»); none when two are named («il ne cuisine plus, le frigo est vide»).
 */
export function toldChoreElsewhere(
  hard: readonly (readonly ReadWord[])[],
  other: OtherWords,
  plain: string,
): string | undefined {
  const named = new Set<string>();
  for (const piece of hard)
    piece.forEach((w, i) => {
      const chore = other.chore(w.word) ?? choreCutInTwo(w.word, piece[i + 1]?.word, other);
      if (chore !== undefined) named.add(chore);
    });
  if (other.emptyFridge(plain)) named.add(SHOPPING_INTENT);
  return named.size === 1 ? [...named][0] : undefined;
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * A Chinese chore the segmenter cuts in two, read joined: «买菜» (buy groceries) comes out as
 * «买 | 菜». Only Han beside Han: joined Latin words would meet stems across a space.
 */
function choreCutInTwo(
  word: string,
  next: string | undefined,
  other: OtherWords,
): ChoreNeed | undefined {
  if (next === undefined || !HAN_WORD.test(word) || !HAN_WORD.test(next)) return undefined;
  return other.chore(word + next);
}

/**
 * A story the model refused, or read as a carer's without naming one, that names one chore told
 * hard is read as that chore's need, when the model counts it among its best three: «non si fida
 * più ad accendere il gas» of a mother of 86 is meals, not a carer; «mi sono rotta il polso… non
 * riesco a lavare i piatti» is a home helper. Not a job seeker's own trades (the «work» cue, work
 * lost: «so cucinare» offers work); any other need the model read is left to it.
 */
export function asChoreNeed(
  decision: Classification,
  ranking: Ranking,
  /** The message as read; the chore is read only for a need still open (ReadWords). */
  words: { readonly chore: string | undefined; readonly carerNamed: boolean },
): Classification {
  const readAsChore = CHORES.some(([need]) => need === decision.intent);
  // A sure need that is neither a chore nor a carer stays, whatever chore is told.
  if (decision.intent !== null && !readAsChore && decision.intent !== HOME_CARER_INTENT)
    return decision;
  const { chore } = words;
  if (chore === undefined) return decision;
  // A carer the story tells («ya no puede caminar») where the model read a chore the fall or
  // the age spread it over: not cooking nor the shopping, but someone beside them.
  const carerOverChore = chore === HOME_CARER_INTENT && readAsChore;
  if (
    decision.intent !== null &&
    !carerOverChore &&
    (decision.intent !== HOME_CARER_INTENT || words.carerNamed)
  )
    return decision;
  return turnedTo(decision, ranking, chore, undefined);
}

/**
 * Where a piece of a message ends for the chores it tells: a stop, a comma, a turn (the shared
 * words of contrast, and «however»), a «so» or a «because». Not «e», «and»: a list of chores goes
 * on under the same difficulty («non riesce a cucinare e fare la spesa»).
 */
const PIECE_END = new RegExp(
  `[,.;:!?…\\n]+|\\s(?:${TURN_WORDS}|however|quindi|so|perché|perche|because)\\s`,
  "u",
);

/** Needs a chore told beside them is no second one of: work (a worker's trades), thanks, danger. */
const NO_SECOND_CHORE: ReadonlySet<string> = new Set([JOB_INTENT, GREETING_INTENT, DANGER_INTENT]);

/**
 * The chores a message tells hard, piece by piece: each piece's own difficulty or the house's state counts,
 * so a refusal in another piece («he is not sick so no nurse needed, but the flat is a mess and
 * he can't carry the shopping up») silences only its own.
 */
export function choresToldByPiece(text: string): string[] {
  const helperHad = HELPER_HAD.test(plainWords(text));
  const told = text
    .toLowerCase()
    .split(PIECE_END)
    .map(plainOf)
    .flatMap((piece) =>
      // The food's tolls (an empty fridge, weight lost) tell meals and shopping alike: one story.
      choresNamed(piece, helperHad).filter(
        (need) => HARD.test(piece) || (need === DOMESTIC_HELP_INTENT && HOME_TOLL.test(piece)),
      ),
    );
  return [...new Set(told)];
}

/**
 * A chore the family says it sees to itself («ci pensiamo noi», «le pulizie le faccio io», «we
 * manage that ourselves»; not the person seen to, «ci penso io a lei»): what else is told hard
 * is no second need to offer.
 */
const SEEN_TO =
  /\b(?:ci (?:pensiamo|penso) (?:noi|io)(?! a (?:lei|lui|loro|mia|mio|mamma|papa))|(?:le|lo|la|li) (?:faccio|facciamo) (?:io|noi)|(?:we|i) (?:do|handle|manage) (?:it|that|them) (?:ourselves|myself)|(?:we|i) (?:ve|have) got (?:it|that) covered)\b/u;

/**
 * A second chore told as a situation beside the need read («…the flat is a mess and he can't
 * carry the shopping up the stairs»: the shopping answered, a home helper offered), where no
 * second need was found: the citizen said it is hard, in a piece of its own.
 */
export function withSecondChore(decision: Classification): Classification {
  if (decision.intent === null || decision.also !== undefined) return decision;
  if (NO_SECOND_CHORE.has(decision.intent)) return decision;
  const plain = plainWords(decision.text);
  if (SEEN_TO.test(plain)) return decision;
  const main = decision.intent;
  const second =
    choresToldByPiece(decision.text).find((need) => need !== main) ?? listedBeside(main, plain);
  return second === undefined ? decision : { ...decision, also: second };
}

/** A chore named as a thing to be done, for a list of two: «le pulizie», «la spesa», «the shopping». */
const CHORE_NAMED: readonly (readonly [string, string])[] = [
  [DOMESTIC_HELP_INTENT, "(?:le |la )?pulizi[ae]|stirare|(?:the )?(?:cleaning|housework|ironing)"],
  [SHOPPING_INTENT, "(?:la )?spesa|(?:the )?(?:shopping|groceries)"],
  [MEALS_INTENT, "(?:i )?pasti|(?:il )?pranzo|cucinare|(?:hot )?meals|(?:the )?cooking"],
];
const NAMED = CHORE_NAMED.map(([, words]) => `(?:${words})`).join("|");
/**
 * Two chores listed together, not refused: «le pulizie e la spesa», «una mano con le pulizie e
 * con la spesa», «le pulizie di casa e qualcuno per la spesa», «the cleaning and the shopping».
 */
const TWO_LISTED = new RegExp(
  `(?<!\\b(?:non|not|no|don t|nessun\\w*) (?:\\w+ ){0,3})\\b(${NAMED})(?: \\w+){0,3}? (?:e|ed|and|oppure|or) (?:anche |also |poi )?(?:\\w+ ){0,4}?(${NAMED})\\b`,
  "u",
);
/** Each chore's words whole, made once: a listed chore is told apart by them. */
const WHOLE_NAMED = CHORE_NAMED.map(
  ([need, words]) => [need, new RegExp(`^(?:${words})$`, "u")] as const,
);
const needOfNamed = (words: string | undefined): string | undefined =>
  WHOLE_NAMED.find(([, whole]) => whole.test(words ?? ""))?.[0];

/**
 * The other chore of two the citizen lists together, where the one read is one of them («non mi
 * serve la badante, ma le pulizie e la spesa sì»): a list names both needs, though neither piece
 * tells its chore hard.
 */
function listedBeside(main: string, plain: string): string | undefined {
  const listed = TWO_LISTED.exec(plain);
  if (listed === null) return undefined;
  const [first, second] = [needOfNamed(listed[1]), needOfNamed(listed[2])];
  if (first === second) return undefined;
  return first === main ? second : second === main ? first : undefined;
}

/** Any chore named as a thing to be done (CHORE_NAMED), anywhere in a piece. */
const ANY_NAMED = new RegExp(`\\b(?:${NAMED})\\b`, "u");
const namesChore = (plain: string): boolean => ANY_NAMED.test(plain);

/**
 * A piece that refuses chores the family sees to itself, as «non ci servono» would: it names a
 * chore and sees to it («alla spesa ci pensiamo noi», «the shopping we do ourselves»), or only
 * names one and the piece after its «e» does («la spesa e le pulizie le facciamo noi, ci serve una
 * badante»: the carer alone is asked for). `next` is that piece, when one follows an «e».
 */
export const refusesChoreSeenTo = (plain: string, next: string | undefined): boolean =>
  namesChore(plain) &&
  (SEEN_TO.test(plain) || (next !== undefined && SEEN_TO.test(next) && namesChore(next)));
