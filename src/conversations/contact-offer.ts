import { data } from "../bot/callback-data.js";
import { needsKeyboard, showMenu } from "../bot/keyboards.js";
import { needWords, saysNeedWord } from "../catalogue/need-words.js";
import { MEALS_INTENT } from "../nlu/chores.js";
import type { Classification } from "../nlu/index.js";
import { leaningIntent, namesNeed, OPERATOR_INTENT, WEMI_INFO_INTENT } from "../nlu/need.js";
import { tokenize } from "../nlu/normalize.js";
import { alreadyThere, tellsSomething } from "../nlu/telling.js";
import { clausesOf } from "../safety/sentences.js";
import { type AnswerDependencies, type Closing, needOf, offerContact } from "./answer.js";
import { offeredAt } from "./answer-buttons.js";
import { askDidYouMean } from "./did-you-mean.js";
import { homeCorrected, homeStatement, placeStatement } from "./place.js";
import {
  acknowledgesOnly,
  afterFirstClause,
  answerBeforeBut,
  asksAnythingFor,
  asksCostOnly,
  asksWhereToGoOnly,
  type Dialogue,
  keyboardOf,
  opensFollowUp,
  readReply,
  refusesFirst,
  saysNoFirst,
} from "./replies.js";
import type { Turn } from "./turn.js";
import type { Understood } from "./understand.js";

/**
 * A typed reply to "Vuoi essere ricontattato?": yes asks for a person with the last need
 * (handed to `act`), no says goodbye, «non lo so» or a cost question get the offer again;
 * undefined: anything else, read as a new message.
 */
export async function contactOfferAnswered(
  turn: Turn,
  answerDeps: AnswerDependencies,
  text: string,
  act: (understood: Understood) => Promise<Closing>,
): Promise<Closing | undefined> {
  const { dialogue } = turn;
  const { ctx, t, locale } = dialogue;
  const knowledge = turn.deps.knowledge.current;
  // Read at up to three places below for the same reply: classified once.
  let reading: Promise<Classification> | undefined;
  const readOnce = () => {
    reading ??= classifyReply(turn, text);
    return reading;
  };
  // «just the address», read as where WeMi's spaces are, asks where to go: no other need.
  const namesAnotherNeed = async () => {
    const reading = await readOnce();
    return namesNeed(reading) && reading.intent !== WEMI_INFO_INTENT;
  };
  // «è gratuito?»: no price is known here; said honestly, with the worker who can say,
  // and the offer stands again.
  if (asksCostOnly(dialogue, text)) return offerAgain(dialogue, answerDeps, "cost-unknown-offer");
  // «no, mi basta sapere dove andare»: no yes or no to the offer, but where to go.
  if (asksWhereToGoOnly(dialogue, text) && !(await namesAnotherNeed()))
    return whereToGo(turn, text, act);
  const last = (await turn.currentProfile()).lastNeed;
  const offered = last && offeredAt(dialogue, knowledge, last, text);
  if (offered && "menu" in offered) {
    await showMenu(dialogue, knowledge, offered.menu);
    return {};
  }
  if (offered) return { next: offered };
  const { kind, thanks } = await offerReply(turn, text);
  // «non lo so»: the offer again, said plainly, not «what do you need?» as to a stranger.
  // So for a bare «si» in Romanian («and», no yes there): how to answer, not «I can't help».
  if (kind === "dont_know" || (kind === null && dialogue.read.onlyPlain(text, locale)))
    return offerAgain(dialogue, answerDeps, "unsure-offer");
  const refused = kind === null ? await refusedWithReason(turn, text) : undefined;
  if (refused === "in person") return inPerson(turn, act);
  const instead = refused === "refused" ? await needInstead(turn, text) : undefined;
  if (instead) return act({ kind: "need", intent: instead, text });
  if (
    kind === "no" ||
    kind === "cancel" ||
    (kind === "yes" && acknowledgesOnly(dialogue, text)) ||
    refused === "refused"
  ) {
    await ctx.reply(t(thanks ? "closing-bye-thanks" : "closing-bye"));
    return {};
  }
  // «arrivederci», «ciao ciao», «buona giornata» after an answer take leave: not the
  // bot's introduction again, as a new greeting would get.
  if (kind === null && dialogue.read.onlyGreeting(text)) {
    await ctx.reply(t("closing-bye"));
    return {};
  }
  const yes =
    kind === "yes" || kind === "contact_here" || (kind === null && (await personAsked(turn, text)));
  // «¿y para ella hay algo?», «and is there anything for her?»: something asked for someone, no
  // need named; which help, not a guess at needs she never said (the model reads work in the
  // English: no word of the catalogue's for work is said).
  if (!yes && asksAnythingFor(dialogue, text) && !needSaid(turn, text, await readOnce()))
    return askWhichHelp(turn);
  if (!yes) return needNamed(turn, text, act, readOnce);
  return last ? act({ kind: "contact", last }) : undefined;
}

/**
 * «mejor no, prefiero ir yo directamente, gracias», «no grazie, ci vado da sola»: a first clause
 * that refuses, and a reason after it, is the refusal (the model reads a person asked in «ir yo
 * directamente», and a call was started). «no, vorrei parlare con qualcuno di persona»: the call
 * refused, a person asked surely, is a person met «in person». A need named after the no («no,
 * ma cerco anche una colf») or a place («no, via Padova 120») is left to the message's own
 * reading (undefined).
 */
async function refusedWithReason(
  { dialogue, deps, placeDeps }: Turn,
  text: string,
): Promise<"refused" | "in person" | undefined> {
  if (!saysNoFirst(dialogue, text)) return undefined;
  const rest = afterFirstClause(text);
  if (rest === "") return "refused";
  // «no, sì, chiamatemi»: the no taken back; «no, via Padova 120»: the area corrected.
  const after = readReply(dialogue, rest).kind;
  if (after === "yes" || after === "contact_here") return undefined;
  // «no grazie, per la colf ci penso io da sola»: the need it names is seen to, not asked.
  if (dialogue.read.mentions("by_myself", rest)) return "refused";
  if (await placeStatement(dialogue, placeDeps, text)) return undefined;
  const reading = await dialogue.conversation.external(() =>
    deps.knowledge.current.classifier.classify(rest),
  );
  // The model is unsure of going oneself («preferisco andarci di persona»: 0.41, ambiguous),
  // sure of a person asked («…parlare con qualcuno di persona»: 0.99; uk 0.59).
  if (reading.intent === OPERATOR_INTENT && !reading.ambiguous) return "in person";
  return !namesNeed(reading) || reading.intent === OPERATOR_INTENT ? "refused" : undefined;
}

/**
 * «ні, вибачте, краще прибиральниця, доглядальниця в неї вже є» (no, sorry, rather a cleaner,
 * she already has a carer): the call refused for another need, named in a clause of its own by
 * one of the catalogue's words for it, the need the model leans to there. The model is sure of
 * no need in the whole (the carer denied weighs against the cleaner asked). A clause that tells
 * («no, she already has food», «в неї вже є») or sees to it oneself («ci penso io») asks nothing;
 * the need just answered is no change.
 */
async function needInstead(turn: Turn, text: string) {
  const { dialogue, deps } = turn;
  const answered = (await turn.currentProfile()).lastNeed?.intent;
  for (const clause of clausesOf(afterFirstClause(text))) {
    const words = tokenize(clause);
    if (tellsSomething(words) || alreadyThere(words) || dialogue.read.mentions("by_myself", clause))
      continue;
    const reading = await dialogue.conversation.external(() =>
      deps.knowledge.current.classifier.classify(clause),
    );
    const need = needSaid(turn, clause, reading);
    if (need && need.id !== answered) return need;
  }
  return undefined;
}

/**
 * No call but a person: the answered need's spaces in full, each with its address, said as
 * where to talk to someone in person (hours are on the portal, not known here). With no
 * need answered (after the danger answer), a goodbye, as to any refusal.
 */
async function inPerson(
  turn: Turn,
  act: (understood: Understood) => Promise<Closing>,
): Promise<Closing> {
  const { ctx, t } = turn.dialogue;
  if (!(await answeredNeed(turn))) {
    await ctx.reply(t("closing-bye"));
    return {};
  }
  await ctx.reply(t("in-person-spaces"));
  return act({ kind: "details" });
}

/** The need whose answer was the last one given, if its spaces can be shown in full. */
async function answeredNeed(turn: Turn) {
  const last = (await turn.currentProfile()).lastNeed;
  const need = last && turn.intentOf(needOf(last) ?? null);
  return need && need.id === last.intent ? need : undefined;
}

/** «¿y una niñera?» is four words; a longer message tells its own story. */
const MAX_NAMED_NEED_WORDS = 5;

/**
 * «¿y una niñera?», «а доглядальниця?», «what about the food?» after an answer: the need it
 * names, not «I can't help» or «did you mean…?» (the model is not sure of so few words). Only
 * as a follow-up («and…», «what about…»: «she has a carer» is no request, the model leans to a
 * carer there too), where no yes or no was, and not after a first «no» («no, she already has
 * food»). A need the model reads surely is left to the message's own reading.
 */
async function needNamed(
  turn: Turn,
  text: string,
  act: (understood: Understood) => Promise<Closing>,
  readOnce: () => Promise<Classification>,
): Promise<Closing | undefined> {
  const { dialogue } = turn;
  const short = dialogue.read.words(text).length <= MAX_NAMED_NEED_WORDS;
  if (!short || !opensFollowUp(dialogue, text) || saysNoFirst(dialogue, text)) return undefined;
  const reading = await readOnce();
  if (namesNeed(reading)) return undefined;
  const named =
    needSaid(turn, text, reading) ||
    (dialogue.read.mentions("meals", text) && turn.intentOf(MEALS_INTENT));
  return named ? act({ kind: "need", intent: named, text }) : undefined;
}

/**
 * The need the model leans to, sure or not, when the message says one of the catalogue's own
 * words for it (`needWords`: «niñera», «доглядальниця»); the meals cue reads words the
 * catalogue lacks («їжі»).
 */
function needSaid({ deps, intentOf }: Turn, text: string, reading: Classification) {
  const knowledge = deps.knowledge.current;
  const need = intentOf(leaningIntent(reading));
  const said = need && saysNeedWord(needWords(knowledge.catalogue.intents), text, need.id);
  return said && need.services.length > 0 ? need : undefined;
}

/** The reply as a new message would be read («e per la colf, dove devo andare?» names its need). */
const classifyReply = ({ dialogue, deps }: Turn, text: string) =>
  dialogue.conversation.external(() => deps.knowledge.current.classifier.classify(text));

/**
 * Where to go, asked right after an answer or the danger answer (over the 21,457 dev texts, of
 * 92 with such words only 4 name no need, none asking where to go after an answer: a barking
 * dog, «dove andare questura?», two dangers answered first): the need kept beside the danger,
 * answered for the area kept with it; after an answer, its spaces in full; with no need known,
 * which help is asked. A call refused in the same words («non voglio essere richiamata, mi
 * basta sapere dove andare») is not offered again in the answer's last line.
 */
async function whereToGo(
  turn: Turn,
  text: string,
  act: (understood: Understood) => Promise<Closing>,
): Promise<Closing> {
  const { dialogue } = turn;
  const last = (await turn.currentProfile()).lastNeed;
  // The need beside the danger read, not surely: asked about, not answered unasked.
  if (last?.alsoGuessed && last.also) {
    const guess = { text, intent: last.also, confidence: 0, alternatives: [], ambiguous: true };
    await askDidYouMean(turn, guess, "", 1);
    return {};
  }
  if (await answeredNeed(turn)) return act({ kind: "details" });
  const need = last && turn.intentOf(needOf(last) ?? null);
  const refused = refusesFirst(dialogue, text) ? { callRefused: true as const } : {};
  if (need) return act({ kind: "need", intent: need, text: "", ...refused });
  return askWhichHelp(turn);
}

/** «Di che aiuto hai bisogno?» with the needs to choose from: no need is guessed. */
async function askWhichHelp({ dialogue, deps }: Turn): Promise<Closing> {
  await dialogue.ctx.reply(dialogue.t("ask-which-help"), {
    parse_mode: "HTML",
    reply_markup: needsKeyboard(deps.knowledge.current, dialogue.locale, dialogue.t),
  });
  return {};
}

/**
 * «aș vrea să mă sune cineva» (I'd like someone to call me): asked whether she wants a person,
 * a reply whose likeliest reading is asking for one is her yes, even when the model is not sure
 * enough to say so of a message out of the blue (there: «did you mean…» with other needs).
 */
const personAsked = async ({ dialogue, deps, placeDeps }: Turn, text: string) =>
  // «actually I live in Baggio», «actually we moved to Città Studi», «actually he lives in
  // Lambrate, not with me» (the model's likeliest reading there: a person, 0.58-0.76) correct
  // the area, read as a new message below.
  !(await homeStatement(dialogue, placeDeps, text)) &&
  !(await homeCorrected(dialogue, placeDeps, text)) &&
  dialogue.conversation.external(
    () => deps.knowledge.current.classifier.classify(text).intent === OPERATOR_INTENT,
  );

/** Says `key` with the «contact me» button; the offer stands, to be answered again. */
async function offerAgain(
  dialogue: Dialogue,
  answerDeps: AnswerDependencies,
  key: string,
): Promise<Closing> {
  const { ctx, t, conversation } = dialogue;
  await ctx.reply(t(key), {
    reply_markup: keyboardOf([[{ label: t("button-contact-me"), data: data.operator }]]),
  });
  await conversation.external(() => offerContact(dialogue, answerDeps));
  return {};
}

/**
 * The reply to the offer; «sì ma prima vorrei sapere se è gratuito» is its yes, unless
 * what follows the «ma» tells a need of its own («sì, ma cerco anche una colf»).
 */
async function offerReply({ dialogue, deps }: Turn, text: string) {
  const whole = readReply(dialogue, text);
  const split = whole.kind === null ? answerBeforeBut(text) : undefined;
  if (!split) return whole;
  const head = readReply(dialogue, split.answer);
  if (head.kind === null || head.extraWords > 0) return whole;
  const aNeed = await dialogue.conversation.external(() =>
    namesNeed(deps.knowledge.current.classifier.classify(split.rest)),
  );
  return aNeed ? whole : head;
}
