import { Keyboard } from "grammy";
import { data, parseAction } from "../bot/callback-data.js";
import { describePlace, describeUnderstood, wordsAsWritten } from "../bot/render.js";
import { escapeHtml } from "../bot/texts.js";
import { placeInArabicLetters, placeInArabicSentence } from "../geo/arabic-letters.js";
import type { ResolvedPlace } from "../geo/index.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { withSpokenNumbers } from "../language/spoken-numbers.js";
import type { Classification } from "../nlu/index.js";
import { namesNeed, OPERATOR_INTENT } from "../nlu/need.js";
import { tokenize } from "../nlu/normalize.js";
import { inUse, type PlaceInUse } from "./place-in-use.js";
import {
  asksCostOnly,
  type Choice,
  type Dialogue,
  keyboardOf,
  type Reply,
  readReply,
  typedChoice,
} from "./replies.js";

/**
 * What the bot says back about the area ("📍 Ho capito: via Padova 120 → Municipio 2"): in
 * the answer's own message where the dialogue allows, whose buttons offer the correction.
 */
export interface SaidBack {
  readonly line: string;
  /** The place question's reply keyboard is still shown: what follows must take it away. */
  readonly keyboardUp: boolean;
}

/** An area found for an answer, and how it is said back. */
export interface FoundPlace {
  readonly place: PlaceInUse;
  readonly said: SaidBack;
}

/** Where the citizen lives, once asked: a place, none (skipped), or a need told instead. */
type PlaceAnswer =
  | ({ readonly kind: "place" } & FoundPlace)
  | { readonly kind: "none" }
  | {
      readonly kind: "need";
      readonly text: string;
      /** The need told is a person to talk to («preferisco parlare con una persona»). */
      readonly person?: boolean;
    };

export interface PlaceDependencies {
  readonly knowledge: KnowledgeHolder;
  readonly classify: (text: string) => Promise<Classification>;
  /** The place of words this dialogue already resolved (reading the need), if it did. */
  readonly resolvedBefore?: (text: string) => ResolvedPlace | undefined;
  /** Keeps, for review, words the citizen gave as a place that were not one. */
  readonly misunderstood?: (kind: "place", text: string) => Promise<void>;
}

/** The button offered wherever an area is used or remembered. */
export const changePlaceChoice = (dialogue: Dialogue): Choice => ({
  label: dialogue.t("button-change-place"),
  data: data.changePlace,
  means: ["change"],
});

/**
 * The citizen's words about where they live, resolved, numbers dictated as words too. A street
 * crossing a Municipio border comes back with `needsHouseNumber`: the caller asks the number.
 */
export const resolvePlace = async (
  dialogue: Dialogue,
  deps: PlaceDependencies,
  text: string,
): Promise<ResolvedPlace> =>
  deps.resolvedBefore?.(text) ??
  dialogue.conversation.external(
    (outside): ResolvedPlace =>
      (outside.places ?? deps.knowledge.current.places).resolve(withSpokenNumbers(text)),
  );

/** The place a text names as typed, or else the one `inArabic` reads in its Arabic letters. */
export async function resolvePlaceOrArabic(
  dialogue: Dialogue,
  deps: PlaceDependencies,
  text: string,
  inArabic: typeof placeInArabicLetters = placeInArabicLetters,
): Promise<ResolvedPlace> {
  const resolved = await resolvePlace(dialogue, deps, text);
  if (isPlace(resolved)) return resolved;
  const { places } = deps.knowledge.current;
  return dialogue.conversation.external(
    (): ResolvedPlace => inArabic(text, (t) => places.resolve(t), isPlace) ?? resolved,
  );
}

/**
 * The words of a message other than the place it names («actually I live in» of «actually I
 * live in via Padova 120»); the whole text when the place was read through other letters.
 */
export function withoutPlace(place: ResolvedPlace): string {
  const span = place.span?.trim();
  return span && place.text.includes(span) ? place.text.replace(span, " ") : place.text;
}

export const isPlace = (place: ResolvedPlace) => place.kind !== "unknown" || place.outsideMilan;

/** "Quarto Oggiaro", "via Padova 120", "Municipio 8": a place told alone is this short. */
const PLACE_ALONE_WORDS = 3;
/**
 * "guarda che in realtà abito in via Padova 120, non a Gratosoglio": a correction of the area
 * is a sentence about it. Longer, it is a story that also says where the citizen lives
 * ("vivo da sola a Quarto Oggiaro… non riesco più a fare la spesa").
 */
const HOME_STATEMENT_WORDS = 12;

/**
 * The place a message tells as where the citizen lives: a place alone ("Gratosoglio") or
 * with words saying so ("in realtà abito a Gratosoglio, non a NoLo"), but not a place
 * inside another sentence ("cerco lavoro a Niguarda") or a story. Undefined when it tells none.
 * `besidesNeed`: the words may also ask a need («colf Baggio»), so only the place, alone or
 * after a correction («nu, e via Padova 120»), is the area. `whichNeedAsked`: the reply to
 * «Intendevi…?», where a short sentence with a place and no need sure of itself tells the area
 * the citizen expects to be asked next («abita in via Padova 120», «вона живе на віа Падова
 * 120»): the area is kept, and the guesses offered again.
 */
export async function placeStatement(
  dialogue: Dialogue,
  deps: PlaceDependencies,
  text: string,
  besidesNeed = false,
  whichNeedAsked = false,
): Promise<ResolvedPlace | undefined> {
  // «scusate, ho sbagliato: mia madre abita in via Padova 120, non a Niguarda»: a correction
  // opening a short sentence says it is about the area, as a verb of one's own home does; its
  // words count for no story.
  const opening = dialogue.read.correctionOpening(text);
  const words = tokenize(text).length - opening;
  const short =
    words <= PLACE_ALONE_WORDS ||
    (words <= HOME_STATEMENT_WORDS &&
      (whichNeedAsked || opening > 0 || dialogue.read.mentions("home", text)));
  if (!short && words > HOME_STATEMENT_WORDS) return undefined;
  let place = await resolvePlace(dialogue, deps, text);
  // «لا، غلطت، ساكنة في كوارتو أوجارو» (no, my mistake, I live in Quarto Oggiaro): a place in
  // Arabic letters is read only after a verb of living or a noun of place, which say where one
  // is as «abito a» does; its words are never the place's, so it is told, not «only» a place.
  if (!isPlace(place) && words <= HOME_STATEMENT_WORDS && (!besidesNeed || whichNeedAsked)) {
    const arabic = await resolvePlaceOrArabic(dialogue, deps, text, placeInArabicSentence);
    if (isPlace(arabic)) return arabic;
  }
  // «non, c'est via Padova 120»: the places read «non» as «not», but closed it is a «no».
  const afterNo = isPlace(place) ? undefined : dialogue.read.afterClosedNo(text);
  if (afterNo !== undefined) place = { ...(await resolvePlace(dialogue, deps, afterNo)), text };
  if (!isPlace(place)) return undefined;
  // «via dei Missaglia 117», «piazzale Giovanni dalle Bande Nere 5»: longer, and nothing but
  // the place; «me equivoqué, es via Padova 120»: the place and a correction.
  const rest = withoutPlace(place);
  const onlyPlace = tokenize(rest).length === 0 || dialogue.read.onlyCorrects(rest);
  return onlyPlace || (short && (!besidesNeed || whichNeedAsked)) ? place : undefined;
}

/**
 * The place of a message that says where one lives and nothing else («locuiesc pe via Padova
 * 120», «I live in Baggio»), in any language the replies know: an answer about the area
 * whatever need is in progress, never a need. Undefined when the message says more or no place.
 */
export async function homeStatement(
  dialogue: Dialogue,
  deps: PlaceDependencies,
  text: string,
): Promise<ResolvedPlace | undefined> {
  if (!dialogue.read.mentions("home", text)) return undefined;
  const place = await resolvePlace(dialogue, deps, text);
  if (!isPlace(place) || !place.span) return undefined;
  return dialogue.read.saysOnlyHome(text, place.span) ? place : undefined;
}

/**
 * The place of a correction that says where one lives, in any person («actually we moved to
 * Città Studi», «in realtà mia madre abita a Niguarda, non con me»): the area told again, never
 * a yes or a need. Undefined when no correction opens it, no home is said or no place is read.
 */
export async function homeCorrected(
  dialogue: Dialogue,
  deps: PlaceDependencies,
  text: string,
): Promise<ResolvedPlace | undefined> {
  if (dialogue.read.afterCorrectionOfHome(text) === undefined) return undefined;
  return placeStatement(dialogue, deps, text);
}

/** Where a message pauses: after each comma, stop, colon or dash set apart by spaces. */
const PAUSE = /[,;:.!?]|\s[-—–]+\s/gu;

/**
 * «abito a Quarto Oggiaro, anzi no, mi sono trasferita a Baggio»: a home corrected inside the
 * message (the places read the first place named, the one taken back). The place of the last
 * clause that opens such a correction (homeCorrected), read from there on, or that says a home
 * right after a clause that only corrects («anzi no», where «no» opens no correction: it may be
 * «not»); undefined when none.
 */
export async function homeCorrectedInside(
  dialogue: Dialogue,
  deps: PlaceDependencies,
  text: string,
): Promise<ResolvedPlace | undefined> {
  const pauses = [...text.matchAll(PAUSE)].map((pause) => pause.index + pause[0].length);
  for (let i = pauses.length - 1; i >= 0; i--) {
    const at = pauses[i] as number;
    const rest = text.slice(at).trim();
    const place = await homeCorrected(dialogue, deps, rest);
    if (place) return place;
    const before = i > 0 ? text.slice(pauses[i - 1], at - 1) : "";
    const home = dialogue.read.onlyCorrects(before) && dialogue.read.mentions("home", rest);
    const told = home ? await placeStatement(dialogue, deps, rest) : undefined;
    if (told) return told;
  }
  return undefined;
}

/** The area understood from the citizen's words, and how to say it back. */
export const understood = (
  dialogue: Dialogue,
  place: ResolvedPlace,
  keyboardUp = false,
): FoundPlace => ({
  place: inUse(place),
  said: {
    line: dialogue.t("place-understood", { place: describeUnderstood(place, dialogue.t) }),
    keyboardUp,
  },
});

/** The remembered area (with the citizen's own point if still in memory), said back. */
export const remembered = (dialogue: Dialogue, place: PlaceInUse): FoundPlace => ({
  place,
  said: {
    line: dialogue.t("place-remembered", { place: describePlace(place, dialogue.t) }),
    keyboardUp: false,
  },
});

/**
 * Says the area back in a message of its own, where no answer follows at once: with the
 * button to correct it, or taking the place question's keyboard away.
 */
export async function sayBack(dialogue: Dialogue, said: SaidBack): Promise<void> {
  await dialogue.ctx.reply(said.line, {
    parse_mode: "HTML",
    reply_markup: said.keyboardUp
      ? { remove_keyboard: true }
      : keyboardOf([[changePlaceChoice(dialogue)]]),
  });
}

const placeKeyboard = (dialogue: Dialogue) =>
  new Keyboard()
    .requestLocation(dialogue.t("button-send-location"))
    .row()
    .text(dialogue.t("button-skip-place"))
    .resized()
    .oneTime();

/** "Preferisco non dirlo" (typed or tapped), "non lo so" or "no": the place question skipped. */
const skipChoice = (dialogue: Dialogue): Choice => ({
  label: dialogue.t("button-skip-place"),
  data: data.skipPlace,
  means: ["skip", "no", "dont_know", "cancel"],
});

/** Asks where the citizen lives: a neighbourhood, street, Municipio or shared location. */
export const sendPlaceQuestion = (dialogue: Dialogue) =>
  dialogue.ctx.reply(dialogue.t("ask-place"), {
    parse_mode: "HTML",
    reply_markup: placeKeyboard(dialogue),
  });

/**
 * Asks which a name shared by a town and an area of Milan means («Lodi»: the area of corso Lodi
 * and Corvetto, or the town), with the place question's keyboard: the reply is read as the
 * place question's («zona Lodi», «città di Lodi», a street).
 */
export const sendTownOrAreaQuestion = (dialogue: Dialogue, place: ResolvedPlace) =>
  dialogue.ctx.reply(dialogue.t("ask-town-or-area", { name: place.matched ?? "" }), {
    parse_mode: "HTML",
    reply_markup: placeKeyboard(dialogue),
  });

/**
 * Asks where the relative the help is for lives, when the only place named is the writer's own
 * town outside Milan («mio papà vive da solo… io abito a Torino»), with the place question's
 * keyboard: the reply is read as the place question's.
 */
export const sendRelativePlaceQuestion = (dialogue: Dialogue, town: ResolvedPlace) =>
  dialogue.ctx.reply(
    dialogue.t("ask-place-relative", {
      town: escapeHtml(wordsAsWritten(town) ?? town.matched ?? ""),
    }),
    { parse_mode: "HTML", reply_markup: placeKeyboard(dialogue) },
  );

/**
 * What a reply to the place question says: a place, none, a need told instead, a street whose
 * house number is needed, or ("again") the question asked again: `spent` when the reply was
 * the citizen's try at a place (words that name no place and no need), not when it was an old
 * button or a price asked, which use up none of the area's tries.
 */
export type PlaceReply =
  | PlaceAnswer
  | { readonly kind: "house-number"; readonly place: ResolvedPlace }
  | { readonly kind: "again"; readonly spent: boolean };

/** A typed reply to the place question, or the button it is the typed twin of. */
export function typedPlaceReply(dialogue: Dialogue, text: string): Reply {
  const twin = typedChoice(text, [skipChoice(dialogue)], dialogue.read, dialogue.locale);
  return twin ? { kind: "action", data: twin.data } : { kind: "text", text };
}

/**
 * One reply to the place question read: a place, the question skipped, a need typed instead
 * (handed back so the dialogue can start over with it), or words that are none of these.
 */
export async function readPlaceReply(
  dialogue: Dialogue,
  deps: PlaceDependencies,
  reply: Reply,
): Promise<PlaceReply> {
  const { ctx, t } = dialogue;
  let resolved: ResolvedPlace | undefined;
  if (reply.kind === "action" && parseAction(reply.data).kind === "skip-place") {
    await ctx.reply(t("place-skipped"), { reply_markup: { remove_keyboard: true } });
    return { kind: "none" };
  }
  // A button of an earlier question («Nessuna nota»): not a place typed and not recognised.
  if (reply.kind === "action") {
    await ctx.reply(t("place-stale-button"));
    return { kind: "again", spent: false };
  }
  if (reply.kind === "location") {
    resolved = await dialogue.conversation.external(() =>
      deps.knowledge.current.places.resolvePoint({ lat: reply.lat, lon: reply.lon }),
    );
  } else if (reply.kind === "text") {
    // «indietro», «ricomincia»: back to the need, which the dialogue then asks afresh (the
    // words alone name none), rather than «I did not recognise the place».
    if (readReply(dialogue, reply.text).kind === "back") {
      await ctx.reply(t("handoff-going-back"), { reply_markup: { remove_keyboard: true } });
      return { kind: "need", text: reply.text };
    }
    resolved = await resolvePlaceOrArabic(dialogue, deps, reply.text);
    if (resolved.needsHouseNumber) return { kind: "house-number", place: resolved };
    if (resolved.sharesName) {
      await sendTownOrAreaQuestion(dialogue, resolved);
      return { kind: "again", spent: true };
    }
    if (!isPlace(resolved)) {
      const asNeed = await deps.classify(reply.text);
      // "grazie" or "ciao" here is politeness: the need stays, the area is asked again.
      if (namesNeed(asNeed)) {
        // Not "going on without the area": the new need may well ask it again.
        await ctx.reply(t("place-new-need"), { reply_markup: { remove_keyboard: true } });
        const person = asNeed.intent === OPERATOR_INTENT;
        return { kind: "need", text: reply.text, ...(person ? { person } : {}) };
      }
      // «quanto costa?»: no price is known here; said honestly, then the area again.
      if (asksCostOnly(dialogue, reply.text)) {
        await ctx.reply(t("place-cost-unknown"), { parse_mode: "HTML" });
        return { kind: "again", spent: false };
      }
      await deps.misunderstood?.("place", reply.text);
      resolved = undefined;
    }
  }
  if (resolved === undefined) {
    await ctx.reply(t("place-not-understood"));
    return { kind: "again", spent: true };
  }
  return { kind: "place", ...understood(dialogue, resolved, true) };
}

/** After this many replies that name no place, the answer goes without one. */
export const MAX_PLACE_ATTEMPTS = 3;

/** The place question given up: the answer goes without an area. */
export async function placeGivenUp(dialogue: Dialogue): Promise<void> {
  await dialogue.ctx.reply(dialogue.t("place-given-up"), {
    reply_markup: { remove_keyboard: true },
  });
}

/** Asks the house number of a street that crosses a Municipio border. */
export const sendHouseNumberQuestion = (dialogue: Dialogue, street: ResolvedPlace) =>
  dialogue.ctx.reply(dialogue.t("ask-house-number", { street: street.matched ?? "" }));

/** A word of three letters or more: a reply that may name a street or place, not "12/b". */
const WORD = /\p{L}{3}/u;
/** A house number among other words: «200», «12/b», «45a». */
const HOUSE_NUMBER = /\d+(?:\s?\/\s?\w+|[a-z]\b)?/giu;

/**
 * The street with the house number given: the number's own Municipio when it resolves, else
 * the street as it was ("non lo so", or a number it does not have).
 */
export async function withHouseNumber(
  dialogue: Dialogue,
  deps: PlaceDependencies,
  street: string,
  reply: string,
): Promise<ResolvedPlace> {
  const alone = await resolvePlace(dialogue, deps, street);
  if (readReply(dialogue, reply).kind !== null) return alone;
  // The whole address typed again ("via Padova 120"), or another place: read on its own.
  if (WORD.test(reply)) {
    const own = await resolvePlace(dialogue, deps, reply);
    if (own.kind !== "unknown" && !own.needsHouseNumber) return own;
  }
  const numbered = await resolvePlace(dialogue, deps, `${street} ${reply}`);
  if (numbered.kind !== "unknown" && !numbered.needsHouseNumber) return numbered;
  // «perto do número 200», «vicino al 200», «біля 200»: a number near one's own tells the
  // Municipio as well (a neighbour's door is on the same side of a border but within a few
  // numbers of it), and asking again would not get a surer one. One number only: «tra il 180
  // e il 200» says no single door.
  const numbers = reply.match(HOUSE_NUMBER) ?? [];
  if (numbers.length !== 1) return numbered.kind === "unknown" ? alone : numbered;
  const near = await resolvePlace(dialogue, deps, `${street} ${numbers[0]}`);
  return near.kind === "unknown" ? alone : near;
}
