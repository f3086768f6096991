import { type MenuItem, parseAction } from "../bot/callback-data.js";
import { menuChoices, needsKeyboard, showMenu } from "../bot/keyboards.js";
import type { Intent } from "../catalogue/schema.js";
import type { ResolvedPlace } from "../geo/index.js";
import { latestRequest } from "../handoff/request.js";
import type { ReplyKind } from "../language/replies.js";
import type { Classification } from "../nlu/index.js";
import { GREETING_INTENT, leaningIntent, OPERATOR_INTENT } from "../nlu/need.js";
import { classifiedAsDanger } from "../safety/danger.js";
import type { LastNeed } from "../storage/profiles.js";
import { needsBesideDanger, needToldApart } from "./beside-danger.js";
import {
  type AskedDidYouMean,
  answerDidYouMean,
  askDidYouMean,
  askWhichGuess,
  typedDidYouMean,
} from "./did-you-mean.js";
import { homeStatement, placeStatement } from "./place.js";
import { secondNeed } from "./reading.js";
import { asksCostOnly, choiceAtPosition, readReply, typedChoice } from "./replies.js";
import type { Turn } from "./turn.js";

const MAX_NEED_ATTEMPTS = 2;

/**
 * Two needs named and the reading unsure between them: answered with both only when no third
 * need comes this close (on the development sets' 45 messages read so, the third was at most
 * 0.137, 36 of them the two needs asked; «cerco una colf e anche una baby sitter» 0.19).
 */
const THIRD_NEED_BELOW = 0.15;
/** Bare replies that, when nothing was asked, mean "go on": the bot asks for the need. */
const ASK_FOR_THE_NEED: ReadonlySet<ReplyKind> = new Set(["yes", "dont_know", "skip", "back"]);

/** What the citizen's words turned out to be. */
export type Understood =
  | {
      readonly kind: "need";
      readonly intent: Intent;
      readonly text: string;
      /** A second need in the same message, offered as a button under the answer. */
      readonly also?: Intent | undefined;
      /** «non voglio essere richiamata, …»: the answer does not ask again whether to call. */
      readonly callRefused?: true;
    }
  /**
   * Danger: 112 and 1522, then the offer of a person. `gentle`: the gentle line was given
   * already (a story told as ended) and the request could not be placed: the offer alone.
   */
  | {
      readonly kind: "danger";
      readonly text: string;
      readonly gentle?: true;
      /** A need asked after the talk turned from the danger: offered beside 112 and 1522. */
      readonly also?: Intent;
      /** The need the message tells or asks besides the danger: kept, with its area. */
      readonly told?: Intent;
      /** `told` read, not surely: asked about («Intendevi…?»), never answered unasked. */
      readonly guessed?: true;
    }
  /** An area told; `asked`: the «Intendevi…?» it came instead of, to offer again after it. */
  | { readonly kind: "place"; readonly place?: ResolvedPlace; readonly asked?: AskedDidYouMean }
  /** "sì" to "Vuoi essere ricontattato?" after an answer: a person, with that need. */
  | { readonly kind: "contact"; readonly last: LastNeed }
  | { readonly kind: "details" }
  | { readonly kind: "done" };

/** The turn was answered here: nothing more to do. */
const DONE: Understood = { kind: "done" };

/**
 * Danger first: the cues, before any classification, then the classifier's emergenza.
 * Then the answer to a waiting «Intendevi…?», short replies to the last answer, menu labels,
 * and the need, asking "Intendevi…?" when unsure; a message that only names a place corrects
 * the area.
 */
export async function understand(
  turn: Turn,
  text: string,
  asked?: AskedDidYouMean,
): Promise<Understood> {
  const { dialogue, deps, intentOf } = turn;
  const { ctx, locale, t } = dialogue;
  const { knowledge } = deps;
  // The ways a turn ends with nothing more to do: a menu shown, or one line said (with the
  // needs to tap, when `other` carries them).
  const menuAndFinish = async (item: MenuItem = "new"): Promise<Understood> => {
    await showMenu(dialogue, knowledge.current, item);
    return DONE;
  };
  const sayAndFinish = async (
    line: string,
    other?: Parameters<typeof ctx.reply>[1],
  ): Promise<Understood> => {
    await ctx.reply(line, other);
    return DONE;
  };
  const needsToTap = () => ({ reply_markup: needsKeyboard(knowledge.current, locale, t) });
  // One reading of the message (the safety feature's, when it read this text): its alarm
  // now, and whether it silences the classifier's emergenza below.
  const danger = await turn.dangerIn(text);
  if (danger.alarm) return { kind: "danger", text, ...(await needsBesideDanger(turn, text)) };
  // Violence or suicide told before it ended, around a request for a service: the request is
  // answered, after one gentle line with 112 and 1522.
  if (danger.caution) await ctx.reply(t("danger-gentle"));
  const reading = readReply(dialogue, text);
  if (asked) {
    const twin = typedDidYouMean(turn, text, asked);
    if (twin !== undefined) return fromDidYouMean(turn, twin, asked);
    if (asked.suggestions.length > 1 && reading.kind === "yes") {
      await askWhichGuess(turn, asked);
      return DONE;
    }
    // The citizen wrote again instead of choosing: the guesses missed, worth a review (after
    // «Altro» it was kept already).
    if (asked.text !== "" && asked.suggestions.length > 0)
      await turn.misunderstood("unsure", asked.text);
  }
  const attempt = (asked?.attempt ?? 0) + 1;
  if (reading.kind === "thanks") {
    return sayAndFinish(t("you-are-welcome"));
  }
  if (reading.kind === "change") return { kind: "place" };
  // «dopo le cinque» with no time question waiting: a time to call, never a need («orario»,
  // «sempre» alone are no time said).
  if (deps.read.onlyTime(text) && deps.read.timeOfDay(text) !== "any") {
    return sayAndFinish(t("time-not-asked"));
  }
  // A bare «sì», «boh», «salta», «indietro» or «no» when nothing was asked (after a greeting, say; the answer's
  // "Vuoi essere ricontattato?" waits as a question of its own) is not a need the bot cannot
  // help with: a no says goodbye, as it does to that question; the others ask for the need.
  const bare = reading.extraWords === 0;
  if ((reading.kind === "no" || reading.kind === "cancel") && bare) {
    return sayAndFinish(t(reading.thanks ? "closing-bye-thanks" : "closing-bye"));
  }
  // «ok grazie», «va bene grazie ciao» acknowledge: a short «prego».
  if (bare && reading.kind === "yes" && reading.thanks) {
    return sayAndFinish(t("you-are-welcome"));
  }
  if (bare && reading.kind !== null && ASK_FOR_THE_NEED.has(reading.kind)) {
    return menuAndFinish();
  }
  const choices = menuChoices(knowledge.current, locale, t);
  const menu = typedChoice(text, choices, deps.read, locale);
  // «2» with no question waiting: a Municipio only at the area question, and no need either,
  // for the list it counts in is unknown here (the menu, /stato, a closed request…): the needs
  // are shown, to tap. Under an answer its buttons count (contactOfferAnswered).
  if (!menu && choiceAtPosition(text, choices, deps.read)) {
    return menuAndFinish();
  }
  if (menu) {
    const action = parseAction(menu.data);
    const picked = action.kind === "need" ? intentOf(action.intent) : undefined;
    if (picked) return { kind: "need", intent: picked, text: "" };
    if (action.kind === "operator") {
      const operator = intentOf(OPERATOR_INTENT);
      if (operator) return { kind: "need", intent: operator, text: "" };
    }
    if (action.kind === "details") return { kind: "details" };
    if (action.kind === "menu") return menuAndFinish(action.item);
  }
  // «locuiesc pe via Padova 120» with a need in progress: where one lives, not a need the
  // classifier is unsure of (alone it leaned to a greeting, then a social custodian).
  const home = await homeStatement(dialogue, turn.placeDeps, text);
  if (home) return placeTold(home, asked);
  // «actually I live in Baggio»: the words opening a correction are not read as a need (alone,
  // «actually I live in» leaned to a person, 0.71), so the sentence is heard as the area.
  const needText = deps.read.afterCorrectionOfHome(text) ?? text;
  // A greeting that goes on is counted once, as what the words after it ask (pastTheGreeting).
  const afterGreeting = deps.read.afterGreeting(text);
  const whole = await turn.readAsNeed(needText, danger.silenced, (need) =>
    greetingLeads(need) && afterGreeting !== undefined ? undefined : need.intent,
  );
  const greeted = await pastTheGreeting(turn, whole, afterGreeting, danger.silenced);
  if (greeted === "which-help") {
    return sayAndFinish(t("ask-which-help"), { parse_mode: "HTML", ...needsToTap() });
  }
  const result = greeted ?? whole;
  if (classifiedAsDanger(result)) return { kind: "danger", text };
  const accepted = intentOf(result.intent);
  // Thanks with a goodbye («ok grazie, a domani», «va bene grazie ciao»): a short «prego»,
  // not the greeting and its menu again, nor «I can't help».
  const goodbye = accepted === undefined ? reading.kind !== null : accepted.id === GREETING_INTENT;
  if (reading.thanks && goodbye) {
    return sayAndFinish(t("you-are-welcome"));
  }
  // «una badante e i pasti a domicilio»: unsure only between the two needs it names, the
  // message asks both; the first is answered and the other offered, not «Intendevi…?». A
  // third need nearly as likely («cerco una colf e anche una baby sitter»: lavoro 0.44,
  // babysitter 0.35, colf 0.19) says the first guess may be neither: «Intendevi…?».
  const bothNamed =
    result.also !== undefined &&
    result.alternatives[0]?.intent === result.also &&
    (result.alternatives[1]?.confidence ?? 0) < THIRD_NEED_BELOW;
  if (accepted && (!result.ambiguous || bothNamed)) {
    // A need told after «Intendevi…?» («la colf», «vorrei parlare con una persona», or in
    // other words after «Altro») goes on with the first message's words too, as a tap would,
    // so a place told there («vicino alla fermata Loreto») is not asked again.
    const told = asked !== undefined && asked.text !== "";
    return {
      kind: "need",
      intent: accepted,
      text: told ? `${text}\n${asked.text}` : text,
      also: intentOf(
        secondNeed(result, text, deps.read, (words) =>
          knowledge.current.classifier.classify(words),
        ),
      ),
    };
  }

  if (accepted === undefined || result.ambiguous) {
    // "in realtà abito a Gratosoglio": what is left once the place is read can look
    // like a need the classifier is unsure of, so a place statement is heard first; so is a
    // place corrected, «nu, e via Padova 120», that the classifier guessed was the shopping.
    const whichNeedAsked = asked !== undefined && asked.suggestions.length > 0;
    const besidesNeed = accepted !== undefined;
    const place = await placeStatement(dialogue, turn.placeDeps, text, besidesNeed, whichNeedAsked);
    if (place) return placeTold(place, asked);
  }
  // «quanto costa?» with no need named: no price is known here; said honestly, with the needs.
  // So also when the classifier hesitates among needs the question never named («e gratuit?»
  // at «Intendevi…?»: work, Italian courses or psychomotricity), rather than guess again.
  if ((accepted === undefined || result.ambiguous) && asksCostOnly(dialogue, text)) {
    return sayAndFinish(t("cost-unknown"), needsToTap());
  }
  // After the gentle line, «I can't help» would read as a door closed on a story of violence
  // (often the classifier's emergenza, taken back as told over): a person is offered instead.
  if (accepted === undefined && !result.ambiguous && danger.caution) {
    const apart = await needToldApart(turn, text);
    return apart ? { kind: "need", intent: apart, text } : { kind: "danger", text, gentle: true };
  }
  // Emoji alone that name no need («🤔», «😢»): nothing was asked the bot "cannot help
  // with"; the needs are shown, as after a bare «ok», and there is nothing to review.
  if (accepted === undefined && !result.ambiguous && !/[\p{L}\p{N}]/u.test(text)) {
    return menuAndFinish();
  }
  if (accepted === undefined && !result.ambiguous) {
    await turn.misunderstood("out-of-scope", text);
    // «ma nessuno mi ha chiamato!» after an operator closed the request is about that request:
    // «I can't help with that» would shut the door; the citizen is told it is closed, and how
    // to ask again.
    const closed = attempt === 1 ? await lastClosedRequest(turn) : undefined;
    const reply = closed
      ? t("after-closed", { reference: closed })
      : t(attempt === 1 ? "out-of-scope" : "still-unclear");
    return sayAndFinish(reply, needsToTap());
  }
  if (attempt > MAX_NEED_ATTEMPTS) {
    await turn.misunderstood("unsure", text);
    return sayAndFinish(t("still-unclear"), needsToTap());
  }
  // «ma nessuno mi ha chiamato» after an operator closed the request leans, unsure, to a person
  // (0.37–0.45, taken or only the first guess as the model moves): it is about that request,
  // told closed with how to ask again, as above, rather than «Intendevi…?» with needs it never
  // named.
  const closed =
    attempt === 1 && leaningIntent(result) === OPERATOR_INTENT && (await lastClosedRequest(turn));
  if (closed) return sayAndFinish(t("after-closed", { reference: closed }), needsToTap());
  await askDidYouMean(turn, result, text, attempt);
  return DONE;
}

/** An area told; the «Intendevi…?» it came instead of, if any, is offered again after it. */
function placeTold(place: ResolvedPlace, asked: AskedDidYouMean | undefined): Understood {
  const guessed = asked !== undefined && asked.suggestions.length > 0;
  return { kind: "place", place, ...(guessed ? { asked } : {}) };
}

/**
 * Not read from the words after a greeting alone: a greeting again, and a person, which the
 * model learnt with the greeting in front («hola, ¿hay alguien?» is no request for a worker).
 */
const NOT_AFTER_A_GREETING: ReadonlySet<string> = new Set([GREETING_INTENT, OPERATOR_INTENT]);

/**
 * The greeting a message opens with leads the reading, or may be what leaves it unsure or
 * with no need at all: the classifier hesitates over the greeting itself («buonasera cerco una
 * colff x mia nonna…»: colf 0.50, greeting 0.41) or, when the greeting's words weigh little in
 * the message's language, between two needs («ආයුබෝවන්, මගේ තාත්තාව ගෙදර බලාගන්න කෙනෙක් ඕනේ»:
 * carer 0.42, babysitter 0.30; 0.88 for the carer without it).
 */
const greetingLeads = (need: Classification) =>
  need.intent === GREETING_INTENT || need.ambiguous || need.intent === null;

/**
 * A greeting that goes on («hola buenas, necesito ayuda con mi madre») is not only a greeting,
 * though its greeting words can outweigh the rest for the classifier: the words after it are
 * read alone, and a need they name, or might name («Intendevi…?»), is the message's; a
 * request for help that names none, or only might, asks which help. Undefined: a greeting it
 * is («buongiorno, come stai?»). When the greeting only made the reading unsure of a need, the
 * words after it are taken only if sure of theirs; else the whole reading stands. `rest`: the
 * words after the greeting (read.afterGreeting), undefined when none opens the message.
 */
async function pastTheGreeting(
  turn: Turn,
  whole: Classification,
  rest: string | undefined,
  silenced: boolean,
): Promise<Classification | "which-help" | undefined> {
  if (!greetingLeads(whole) || rest === undefined) return undefined;
  const { read } = turn.deps;
  const asksHelp = read.mentions("help", rest);
  const namesANeed = (need: Classification) =>
    need.intent !== null &&
    !NOT_AFTER_A_GREETING.has(need.intent) &&
    (!need.ambiguous || !asksHelp);
  const torn = whole.intent !== GREETING_INTENT;
  const taken = (need: Classification) => namesANeed(need) && !(torn && need.ambiguous);
  // The message is counted here, once: as the need after the greeting, else as the whole was.
  const need = await turn.readAsNeed(rest, silenced, (need) =>
    taken(need) ? need.intent : whole.intent,
  );
  if (taken(need)) return need;
  return asksHelp && !torn ? "which-help" : undefined;
}

/** A button of «Intendevi…?», tapped or typed, as what the dialogue does next. */
export async function fromDidYouMean(
  turn: Turn,
  data: string,
  asked: AskedDidYouMean | undefined,
): Promise<Understood> {
  const answer = await answerDidYouMean(turn, data, asked);
  if (answer.kind === "picked") return { kind: "need", intent: answer.intent, text: answer.text };
  const operator = answer.kind === "operator" ? turn.intentOf(OPERATOR_INTENT) : undefined;
  // The words of the message that was unclear still say where the citizen lives.
  return operator ? { kind: "need", intent: operator, text: asked?.text ?? "" } : DONE;
}

/** The reference of the citizen's latest request, when an operator has closed it. */
async function lastClosedRequest({ dialogue, deps }: Turn): Promise<string | undefined> {
  const chatId = dialogue.ctx.chat?.id;
  if (chatId === undefined) return undefined;
  return dialogue.conversation.external(async () => {
    const requests = await deps.handoff.requests.list({ citizenChatId: chatId });
    const latest = latestRequest(requests);
    return latest?.status === "closed" ? latest.reference : undefined;
  });
}
