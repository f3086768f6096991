import { needsKeyboard } from "../bot/keyboards.js";
import { ITALIAN_OR_ENGLISH } from "../bot/reply-language.js";
import { LOCALES } from "../config/locales.js";
import { placeInArabicSentence } from "../geo/arabic-letters.js";
import type { ResolvedPlace } from "../geo/index.js";
import { OPERATOR_INTENT } from "../nlu/need.js";
import { type AnswerDependencies, answerNeed, type Closing, needOf } from "./answer.js";
import { type AskedDidYouMean, askWhichGuess } from "./did-you-mean.js";
import { askConsent } from "./handoff.js";
import {
  type FoundPlace,
  homeCorrectedInside,
  MAX_PLACE_ATTEMPTS,
  placeGivenUp,
  readPlaceReply,
  remembered,
  resolvePlaceOrArabic,
  sayBack,
  sendHouseNumberQuestion,
  sendPlaceQuestion,
  sendRelativePlaceQuestion,
  sendTownOrAreaQuestion,
  understood as understoodPlace,
  withHouseNumber,
} from "./place.js";
import { inUse, keepPlace, recalled } from "./place-in-use.js";
import { asksCostOnly, type Reply } from "./replies.js";
import type { Turn } from "./turn.js";
import type { PlaceFor, WaitingQuestion, WaitingWords } from "./waiting.js";

/** The orientation's steps about the citizen's area: found, asked, corrected. */
export interface AreaSteps {
  /** Where the citizen lives: in their words, remembered, or asked (outside this dialogue). */
  /** `ask: false`: none when neither told nor remembered (the answer does not depend on it). */
  findPlace(
    needText: string,
    forWhat: PlaceFor,
    options?: { readonly ask: boolean },
  ): Promise<Closing | { found: FoundPlace | null }>;
  /** The area found (or none): what it was asked for goes on. */
  placeFound(forWhat: PlaceFor, needText: string, found: FoundPlace | null): Promise<Closing>;
  /** A reply to the place question: a place, none, a need instead, or asked again. */
  placeAnswered(
    question: { readonly for: PlaceFor; readonly attempt: number },
    needText: string,
    reply: Reply,
  ): Promise<Closing>;
  /** The house number given to the question asked of a street crossing a border. */
  houseNumberGiven(
    question: Extract<WaitingQuestion, { kind: "house-number" }>,
    words: WaitingWords,
    number: string,
  ): Promise<Closing>;
  /** A new area, given or asked; told instead of answering «Intendevi…?», that is offered again. */
  changePlace(given?: ResolvedPlace, asked?: AskedDidYouMean): Promise<Closing>;
  /**
   * Keeps, without asking or saying back, the area a message names plainly (one Municipio, in
   * Milan), for a need answered later: told beside a danger, whose answer uses no area.
   */
  keepPlaceTold(text: string): Promise<void>;
}

/**
 * The area steps of one orientation. `writtenIn`: the language of the message it started
 * from (ISO 639-1), which decides whether a town's name can be read as "outside Milan".
 */
export function areaSteps(
  turn: Turn,
  answerDeps: AnswerDependencies,
  writtenIn: string | undefined,
): AreaSteps {
  const { dialogue, deps, chatKey, placeDeps, intentOf, currentProfile } = turn;
  const { conversation, ctx, locale, t } = dialogue;
  const { knowledge, profiles } = deps;

  const ask = (question: WaitingQuestion, words: WaitingWords = {}) =>
    conversation.external(() => deps.waiting.ask(chatKey, question, words));

  const placeStores = { profiles, places: deps.memory.place };

  /** Waits for the place question's reply outside this dialogue (sent by the caller). */
  async function waitForPlace(forWhat: PlaceFor, needText: string, attempt = 1): Promise<Closing> {
    await ask({ kind: "place", locale, for: forWhat, attempt }, { text: needText });
    return {};
  }

  /** Asks the house number of a street crossing a border, outside this dialogue. */
  async function askHouseNumber(
    forWhat: PlaceFor,
    needText: string,
    street: ResolvedPlace,
    placeKeyboard: boolean,
  ): Promise<Closing> {
    await sendHouseNumberQuestion(dialogue, street);
    const question = { kind: "house-number" as const, locale, for: forWhat, placeKeyboard };
    await ask(question, { text: needText, street: street.matched ?? "" });
    return {};
  }

  async function placeFound(
    forWhat: PlaceFor,
    needText: string,
    found: FoundPlace | null,
  ): Promise<Closing> {
    if (forWhat.kind === "change") {
      const { offered } = forWhat;
      return changedPlace(found, offered && { ...offered, text: needText });
    }
    if (forWhat.kind === "operator") {
      if (found) {
        await sayBack(dialogue, found.said);
        await keepPlace(dialogue, placeStores, found.place);
      }
      await askConsent(dialogue, { intent: OPERATOR_INTENT, needText, spaces: [] }, deps.handoff);
      return {};
    }
    const intent = intentOf(forWhat.intent);
    if (!intent) return {};
    const also = forWhat.also === undefined ? undefined : intentOf(forWhat.also);
    return answerNeed(dialogue, answerDeps, intent, needText, found, also ? { also } : {});
  }

  async function placeAnswered(
    question: { readonly for: PlaceFor; readonly attempt: number },
    needText: string,
    reply: Reply,
  ): Promise<Closing> {
    const answer = await readPlaceReply(dialogue, placeDeps, reply);
    // «preferisco parlare con una persona» asked instead of the area of a need: a person for
    // that need, its words kept, the area left to her (asked again, it reads as not heard).
    if (answer.kind === "need" && answer.person && question.for.kind === "need") {
      const context = { intent: question.for.intent, needText, spaces: [] };
      await askConsent(dialogue, context, deps.handoff);
      return {};
    }
    if (answer.kind === "need") return { next: { text: answer.text } };
    if (answer.kind === "house-number")
      return askHouseNumber(question.for, needText, answer.place, true);
    if (answer.kind === "again" && (!answer.spent || question.attempt < MAX_PLACE_ATTEMPTS))
      return waitForPlace(question.for, needText, question.attempt + (answer.spent ? 1 : 0));
    if (answer.kind === "again") await placeGivenUp(dialogue);
    return placeFound(question.for, needText, answer.kind === "place" ? answer : null);
  }

  /**
   * Without the street (forgotten by a restart) the number says nothing: the place question
   * is asked again, plainly.
   */
  async function houseNumberGiven(
    question: Extract<WaitingQuestion, { kind: "house-number" }>,
    words: WaitingWords,
    number: string,
  ): Promise<Closing> {
    const needText = words.text ?? "";
    // «quanto costa?»: no price is known here; said honestly, then the number again.
    if (words.street && asksCostOnly(dialogue, number)) {
      await ctx.reply(t("house-number-cost-unknown", { street: words.street }));
      await ask(question, words);
      return {};
    }
    if (!words.street) {
      await sendPlaceQuestion(dialogue);
      return waitForPlace(question.for, needText);
    }
    const place = await withHouseNumber(dialogue, placeDeps, words.street, number);
    return placeFound(
      question.for,
      needText,
      understoodPlace(dialogue, place, question.placeKeyboard),
    );
  }

  async function findPlace(
    needText: string,
    forWhat: PlaceFor,
    { ask: asking } = { ask: true },
  ): Promise<Closing | { found: FoundPlace | null }> {
    if (needText !== "") {
      // A place in Arabic letters only after a noun of place or a verb of living (arabic-letters.ts).
      const mentioned =
        (await homeCorrectedInside(dialogue, placeDeps, needText)) ??
        (await resolvePlaceOrArabic(dialogue, placeDeps, needText, placeInArabicSentence));
      // Town names that are everyday words elsewhere ("como", "pero" in Spanish) are not
      // read as "outside Milan" in a message written in another language: the area is asked.
      const outside = mentioned.outsideMilan && ITALIAN_OR_ENGLISH.has(writtenIn ?? "it");
      if (mentioned.needsHouseNumber) return askHouseNumber(forWhat, needText, mentioned, false);
      if (mentioned.sharesName) {
        await sendTownOrAreaQuestion(dialogue, mentioned);
        return waitForPlace(forWhat, needText);
      }
      // The writer's own town, after their own verb of living («yo vivo en Torino», «я живу в
      // Бергамо»), in a relative's need: in the languages the bot speaks whole, the question is
      // where the relative lives, which asks no more than the area question would.
      const relativeElsewhere =
        mentioned.outsideMilan &&
        mentioned.forRelativeElsewhere === true &&
        (LOCALES as readonly string[]).includes(writtenIn ?? "it");
      if (relativeElsewhere) {
        await sendRelativePlaceQuestion(dialogue, mentioned);
        return waitForPlace(forWhat, needText);
      }
      if (mentioned.kind !== "unknown" || outside)
        return { found: understoodPlace(dialogue, mentioned) };
    }
    const known = await conversation.external(async () => {
      const { place } = (await profiles.get(chatKey)) ?? {};
      return place && recalled(place, deps.memory.place.recall(chatKey));
    });
    if (known) return { found: remembered(dialogue, known) };
    if (!asking) return { found: null };
    await sendPlaceQuestion(dialogue);
    return waitForPlace(forWhat, needText);
  }

  async function keepPlaceTold(text: string): Promise<void> {
    const told = await resolvePlaceOrArabic(dialogue, placeDeps, text, placeInArabicSentence);
    const plain = told.kind !== "unknown" && !told.outsideMilan;
    if (plain && !told.needsHouseNumber && !told.sharesName)
      await keepPlace(dialogue, placeStores, inUse(told));
  }

  async function changePlace(given?: ResolvedPlace, asked?: AskedDidYouMean): Promise<Closing> {
    // At «Intendevi…?», a street's house number or a town's Municipio asked first: the
    // question (its guesses, the citizen's words) waits with it and is offered again after.
    const forWhat: PlaceFor = asked
      ? { kind: "change", offered: { suggestions: [...asked.suggestions], attempt: asked.attempt } }
      : { kind: "change" };
    const words = asked?.text ?? "";
    if (given?.needsHouseNumber) return askHouseNumber(forWhat, words, given, false);
    if (given?.sharesName) {
      await sendTownOrAreaQuestion(dialogue, given);
      return waitForPlace(forWhat, words);
    }
    if (given) return changedPlace(understoodPlace(dialogue, given), asked);
    await sendPlaceQuestion(dialogue);
    return waitForPlace(forWhat, words);
  }

  /**
   * The new area remembered; then «Intendevi…?» again when it was told there, else the last
   * answer again for it, when there was one.
   */
  async function changedPlace(found: FoundPlace | null, asked?: AskedDidYouMean): Promise<Closing> {
    if (found === null) return {};
    await keepPlace(dialogue, placeStores, found.place);
    if (asked) {
      await sayBack(dialogue, found.said);
      await askWhichGuess(turn, asked);
      return {};
    }
    const last = (await currentProfile()).lastNeed;
    // After the danger answer, the need told beside the danger (if any) is answered for it.
    const intent = last && intentOf(needOf(last) ?? last.intent);
    if (!last || !intent) {
      await sayBack(dialogue, found.said);
      await ctx.reply(t("place-saved-ask-need"), {
        parse_mode: "HTML",
        reply_markup: needsKeyboard(knowledge.current, locale, t),
      });
      return {};
    }
    // «Hai chiesto anche: …» stays offered: the other need was not answered yet.
    const also =
      last.also === undefined || last.also === intent.id ? undefined : intentOf(last.also);
    return answerNeed(dialogue, answerDeps, intent, last.text, found, also ? { also } : {});
  }

  return { findPlace, placeFound, placeAnswered, houseNumberGiven, changePlace, keepPlaceTold };
}
