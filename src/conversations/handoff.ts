import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import { data, parseAction } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { areaForOperators, describePlace } from "../bot/render.js";
import { savedLocale } from "../bot/reply-language.js";
import { apologyFor } from "../bot/resilience.js";
import { escapeHtml, type Locale, localized, type Texts } from "../bot/texts.js";
import type { HandoffRepository } from "../handoff/repository.js";
import { CONTACT_LIMITS } from "../handoff/request.js";
import { describeOpening } from "../handoff/working-hours.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import type { ReplyReader } from "../language/replies.js";
import { describeError, type Logger } from "../logging/index.js";
import { namesNeed, OPERATOR_INTENT } from "../nlu/need.js";
import type { ChatMemory } from "../storage/chat-memory.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import type { ChatProfile } from "../storage/profiles.js";
import { askContactDetails, correctedAtSummary } from "./contact.js";
import { askNewArea, changesArea } from "./contact-area.js";
import { correctedName, correctedPhone, namedDetail } from "./contact-steering.js";
import { cannotHandOff, destination } from "./handoff-destination.js";
import type { PlaceInUse } from "./place-in-use.js";
import {
  asksCostOnly,
  type Choice,
  choiceAtPosition,
  type Dialogue,
  keyboardOf,
  type Reply,
  readReply,
  saysNoFirst,
  typedOrPlacedChoice,
  waitChoice,
} from "./replies.js";
import type { WaitingQuestion, WaitingQuestions, WaitingWords } from "./waiting.js";

export const HANDOFF = "handoff";

export interface HandoffDependencies {
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly requests: HandoffRepository;
  /** Asks the outbox to send due notifications now rather than at its next tick. */
  readonly notifyOperators: () => void;
  /** The operators' chat for a space: its own when configured, else the common one. */
  readonly operatorChatFor: (spaceId: string | null) => number | undefined;
  readonly retentionDays: number;
  /** When the chat's operators are next at work, if not now and their hours are known. */
  readonly nextOpening?: (operatorChatId: number) => number | null;
  /** The consent question waits outside any dialogue. */
  readonly waiting: WaitingQuestions;
  /** The area in use, whole: the street the summary says back is in memory only. */
  readonly places: ChatMemory<PlaceInUse>;
}

/** What the bot already knows when the citizen asks for a person. */
export interface HandoffContext {
  readonly intent: string;
  readonly needText: string;
  readonly spaces: readonly string[];
}

type HandoffConversation = Conversation<BotContext, Context>;

const MAX_ATTEMPTS = 3;

const consentChoices = (t: Dialogue["t"]): Choice[] => [
  { label: t("handoff-consent-yes"), data: data.consent(true), means: ["yes"] },
  { label: t("handoff-consent-no"), data: data.consent(false), means: ["no", "cancel"] },
];

/**
 * The citizen's side of a handoff begins: what will happen and who sees the data, and the
 * question of consent (nothing is stored without it). The dialogue ends there, so that what
 * the citizen wrote waits in memory only until they agree: see consentAnswered.
 */
export async function askConsent(
  dialogue: Dialogue,
  context: HandoffContext,
  deps: HandoffDependencies,
): Promise<void> {
  const { conversation, ctx, locale, t } = dialogue;
  if (await cannotHandOff(dialogue, await destination(dialogue, context, deps))) return;
  await ctx.reply(t("handoff-explain", { days: deps.retentionDays }), {
    parse_mode: "HTML",
    reply_markup: keyboardOf([consentChoices(t)]),
  });
  const chat = String(ctx.chat?.id);
  const { intent, spaces, needText } = context;
  await conversation.external(() =>
    deps.waiting.ask(
      chat,
      { kind: "consent", locale, intent, spaces: [...spaces], attempt: 1 },
      { text: needText },
    ),
  );
}

type ConsentWaiting = Extract<WaitingQuestion, { kind: "consent" }>;

/**
 * The reply to the consent question (a button, or typed: "sì", "no", "annulla"). With
 * consent: name, phone (or "contact me here on Telegram"), preferred time, note, summary and
 * confirmation, in this dialogue; every question understands typed answers; "annulla" or
 * "basta" stops it and nothing is stored. The request is written before the citizen is told
 * it is registered. A reply that is neither asks again, up to three times; a need typed
 * instead ("prima mi serve una babysitter") or the area corrected ("cambia zona") is not a
 * reply: false, and nothing was consented.
 */
export async function consentAnswered(
  dialogue: Dialogue,
  { question, words }: { readonly question: ConsentWaiting; readonly words: WaitingWords },
  reply: Reply,
  deps: HandoffDependencies,
): Promise<boolean> {
  const { conversation, ctx, locale, t } = dialogue;
  const { knowledge, requests } = deps;
  // «1» or «il primo»: the button in that place, as at the summary.
  const typed =
    reply.kind === "text"
      ? typedOrPlacedChoice(reply.text, consentChoices(t), dialogue.read, locale)
      : undefined;
  // «è gratis?»: no price is known here; said honestly, then consent asked again (no try spent).
  if (reply.kind === "text" && typed === undefined && asksCostOnly(dialogue, reply.text)) {
    await ctx.reply(t("handoff-cost-unknown-consent"), {
      reply_markup: keyboardOf([consentChoices(t)]),
    });
    await conversation.external(() => deps.waiting.ask(String(ctx.chat?.id), question, words));
    return true;
  }
  if (reply.kind === "text" && typed === undefined) {
    const { text } = reply;
    // The area corrected ("cambia zona", "in realtà abito a…") is no reply either.
    const newPlace =
      dialogue.read.mentions("home", text) || readReply(dialogue, text).kind === "change";
    // Asking for a person again ("no aspetta, prima voglio andarci di persona") is no new
    // need: read as one, it would only bring this same question back.
    const movedOn =
      newPlace ||
      (await conversation.external(() => {
        const need = knowledge.current.classifier.classify(text);
        return namesNeed(need) && need.intent !== OPERATOR_INTENT;
      }));
    if (movedOn) return false;
  }
  // «no, non voglio dare il nome»: a no that goes on is still the no.
  const noFirst = reply.kind === "text" && typed === undefined && saysNoFirst(dialogue, reply.text);
  const action = parseAction(
    reply.kind === "action"
      ? reply.data
      : (typed?.data ?? (noFirst ? data.consent(false) : undefined)),
  );
  // «my name is Mark Jones» or «333 1234567» before the yes: that detail is asked next, and
  // this costs no try.
  const detailFirst =
    action.kind === "consent"
      ? undefined
      : correctedName(dialogue, reply) !== undefined
        ? "handoff-consent-name-first"
        : correctedPhone(dialogue, reply) !== undefined
          ? "handoff-consent-phone-first"
          : undefined;
  if (detailFirst) {
    await ctx.reply(t(detailFirst));
    await conversation.external(() => deps.waiting.ask(String(ctx.chat?.id), question, words));
    return true;
  }
  if (action.kind !== "consent" && question.attempt < MAX_ATTEMPTS) {
    await ctx.reply(t("handoff-ask-consent-again"));
    const again = { ...question, attempt: question.attempt + 1 };
    await conversation.external(() => deps.waiting.ask(String(ctx.chat?.id), again, words));
    return true;
  }
  const context = { intent: question.intent, spaces: question.spaces, needText: words.text ?? "" };
  const to = await destination(dialogue, context, deps);
  if (action.kind !== "consent" || !action.yes) {
    const text = to.anySpace ? "handoff-no-consent" : "handoff-no-consent-any";
    await ctx.reply(t(text), { reply_markup: { remove_keyboard: true } });
    await to.showSpace();
    return true;
  }
  if (await cannotHandOff(dialogue, to)) return true;
  const { chatId } = to;
  let { place, spaces, spaceId } = to;
  let operatorChat = to.operatorChat as number;
  const stop = () => ctx.reply(t("handoff-cancelled"), { reply_markup: { remove_keyboard: true } });
  /** «cambia zona» at any step: the new area, and the spaces and operators it leads to. */
  const newArea = async (reply: Reply) => {
    if (!(await askNewArea(dialogue, deps, reply))) return false;
    const moved = await destination(dialogue, { ...context, spaces: [] }, deps);
    ({ place, spaces, spaceId } = moved);
    operatorChat = moved.operatorChat ?? operatorChat;
    return true;
  };
  const contactDeps = { knowledge, newArea };

  let details = await askContactDetails(dialogue, contactDeps);
  const intent = knowledge.current.intent(context.intent);
  const needLabel = intent ? localized(intent.label, locale) : context.intent;
  const confirmChoices: Choice[] = [
    { label: t("handoff-confirm"), data: data.confirm(true), means: ["yes"] },
    // A bare «no» or «nessuna» at a summary that asks nothing may mean «nothing to change» as
    // well as «don't send»: asked again (handoff-confirm-again), never taken for «annulla»,
    // which throws away all that was typed.
    { label: t("handoff-cancel"), data: data.confirm(false), means: ["cancel"] },
  ];
  let confirmed: boolean | undefined;
  while (details !== null && confirmed === undefined) {
    const { name, phone, preferredTime, note } = details;
    const space = knowledge.current.directory.spaces.find((s) => s.id === spaceId);
    await ctx.reply(
      t("handoff-summary", {
        need: escapeHtml(needLabel),
        place: place ? describePlace(place, t) : t("handoff-place-unknown"),
        space: space ? escapeHtml(space.name) : t("handoff-space-unknown"),
        name: escapeHtml(name),
        phone: phone === null ? t("handoff-phone-here") : escapeHtml(phone),
        time: escapeHtml(preferredTime || "—"),
        note: note === "" ? t("handoff-none") : escapeHtml(note),
      }),
      { parse_mode: "HTML", reply_markup: keyboardOf([confirmChoices]) },
    );
    for (;;) {
      const reply = await waitChoice(dialogue, confirmChoices);
      // «1» or «la prima»: the button in that place.
      const pressed =
        reply.kind === "action"
          ? reply.data
          : reply.kind === "text"
            ? choiceAtPosition(reply.text, confirmChoices, dialogue.read)?.data
            : undefined;
      const action = pressed === undefined ? undefined : parseAction(pressed);
      if (action?.kind === "confirm") {
        confirmed = action.yes;
        break;
      }
      // «cambia zona» at the summary: the area, then the summary again.
      if (await changesArea(dialogue, knowledge, reply)) {
        await newArea(reply);
        break;
      }
      // «scusa, mi chiamo Anna Neri», «333 222 1181» (its message edited): corrected, then
      // the summary again.
      const corrected = await correctedAtSummary(dialogue, contactDeps, details, reply);
      if (corrected !== undefined) {
        details = corrected;
        break;
      }
      // «ma è gratuito?»: no price is known here; said honestly, then how to confirm.
      if (reply.kind === "text" && asksCostOnly(dialogue, reply.text)) {
        await ctx.reply(t("handoff-cost-unknown-summary"));
        continue;
      }
      // "cambia" or "indietro" at the summary: the details are asked again.
      const kind = reply.kind === "text" ? readReply(dialogue, reply.text).kind : null;
      if (kind === "change" || kind === "back") {
        // «cambia il nome»: that detail alone; «cambia» or «indietro»: every one again.
        const only =
          kind === "change" && reply.kind === "text"
            ? namedDetail(dialogue, reply.text)
            : undefined;
        details = await askContactDetails(dialogue, contactDeps, only && { details, only });
        break;
      }
      await ctx.reply(t("handoff-confirm-again"));
    }
  }
  if (details === null || !confirmed) {
    await stop();
    return true;
  }
  const { name, phone, preferredTime, note } = details;

  const contact = {
    name,
    phone,
    preferredTime,
    note,
    needText: context.needText.slice(0, CONTACT_LIMITS.needText),
  };
  const created = await conversation.external(async () => {
    const request = await requests.create({
      status: "open",
      citizenChatId: chatId,
      locale,
      ...(to.language !== undefined && { language: to.language }),
      intent: context.intent,
      municipio: place?.remembered.municipio ?? null,
      area: place ? areaForOperators(place) : null,
      spaceId,
      recommendedSpaces: [...spaces],
      contact,
      operator: null,
      notification: { chatId: operatorChat, state: "pending", attempts: 0, nextAttemptAt: 0 },
      closedAt: null,
    });
    return request.reference;
  });
  await ctx.reply(
    t(phone === null ? "handoff-registered-here" : "handoff-registered", { reference: created }),
    { parse_mode: "HTML" },
  );
  const opening = await conversation.external(() => deps.nextOpening?.(operatorChat) ?? null);
  if (opening !== null)
    await ctx.reply(t("handoff-after-hours", { when: describeOpening(opening, locale) }));
  // Only now: sent alongside the reply, the notification's "sent" record could be lost with
  // a crash right after the citizen is told, and a restart would notify twice. Should the
  // reply fail, the outbox's next tick sends it anyway.
  await conversation.external(() => deps.notifyOperators());
  return true;
}

export interface HandoffConversationDependencies extends HandoffDependencies {
  readonly texts: Texts;
  readonly logger: Logger;
  readonly read: ReplyReader;
}

/**
 * /operatore: whatever question waited is over, and consent is asked for the last need
 * answered (the orientation reads the reply, as any reply to a question waiting).
 */
export function createHandoffConversation(deps: HandoffConversationDependencies) {
  return async function handoff(conversation: HandoffConversation, ctx: Context) {
    const chat = String(ctx.chat?.id);
    const profile = (await conversation.external(() => deps.profiles.get(chat))) ?? {};
    await conversation.external(() => deps.waiting.forget(chat));
    const locale: Locale = savedLocale(profile, ctx.from?.language_code, deps.texts);
    const t = deps.texts.for(locale);
    const last = profile.lastNeed;
    const context = last
      ? { intent: last.intent, needText: last.text, spaces: last.spaces }
      : { intent: OPERATOR_INTENT, needText: "", spaces: [] };
    try {
      await askConsent(
        { conversation, ctx, locale, t, read: deps.read, texts: deps.texts },
        context,
        deps,
      );
    } catch (error) {
      await conversation.external(() =>
        deps.logger.error({ error: describeError(error) }, "handoff failed"),
      );
      const apology = apologyFor(error);
      if (apology) await ctx.reply(t(apology)).catch(() => {});
    }
  };
}
