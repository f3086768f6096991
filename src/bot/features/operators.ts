import { GrammyError } from "grammy";
import type { Message } from "grammy/types";
import type { HandoffRepository } from "../../handoff/repository.js";
import { claim, close, type HandoffRequest, isErased } from "../../handoff/request.js";
import type { KnowledgeHolder } from "../../knowledge/index.js";
import { describeError, type Logger } from "../../logging/index.js";
import { parseAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";
import { notificationKeyboard, renderNotification } from "../operators.js";
import { relayParts } from "../relay.js";
import { escapeHtml, type Texts } from "../texts.js";

export interface OperatorsDependencies {
  readonly requests: HandoffRepository;
  readonly knowledge: KnowledgeHolder;
  readonly texts: Texts;
  readonly logger: Logger;
  readonly isOperatorChat: (chatId: number) => boolean;
  readonly now?: () => number;
  /** After a request is closed and its citizen told (the "was it useful?" question). */
  readonly afterClose?: (request: HandoffRequest) => Promise<void>;
}

const MEMBER_STATUSES = new Set(["creator", "administrator", "member"]);
/** A slow or failing getChatMember must not hold an operator's button for long. */
const MEMBERSHIP_TIMEOUT_MS = 3000;
/** Who was a member a moment ago still is, when Telegram cannot say so right now. */
const MEMBERSHIP_REMEMBERED_MS = 10 * 60 * 1000;

/**
 * The request a message of the bot in the operators' chat is about: its card (Telegram may
 * hold more than one copy of a notification, see README, "Duplicates") or a message about it
 * (the citizen's words relayed, a warning, a reminder). Each names its request first, and any
 * of them acts on that one request: an operator answers the citizen's words by replying to them.
 */
export async function requestOfBotMessage(
  requests: HandoffRepository,
  chatId: number,
  message: Message | undefined,
  botId: number,
): Promise<HandoffRequest | undefined> {
  if (message === undefined || message.from?.id !== botId) return undefined;
  const reference = /\b(WM-[A-Z0-9]{4,6})\b/.exec(message.text ?? "")?.[1];
  const request = reference === undefined ? undefined : await requests.get(reference);
  return request?.notification.chatId === chatId ? request : undefined;
}

const isBlocked = (error: unknown) => error instanceof GrammyError && error.error_code === 403;

/** Where to write about a request in the operators' chat: its topic, or a reply to its notification. */
export function operatorThread(request: HandoffRequest) {
  const { threadId, messageId } = request.notification;
  if (threadId !== undefined) return { message_thread_id: threadId };
  if (messageId !== undefined)
    return { reply_parameters: { message_id: messageId, allow_sending_without_reply: true } };
  return {};
}

/** Why an operator's words under a request reach nobody (its message's key), if they do not. */
function whyUnreachable(request: HandoffRequest): string | undefined {
  if (isErased(request)) return "op-citizen-erased";
  if (request.status === "claimed") return undefined;
  if (request.status === "open") return "op-claim-first";
  return request.status === "withdrawn" ? "op-withdrawn" : "op-not-open";
}

type CardAction = "claim" | "close";

/** An operator as the group knows them: their Telegram name. */
const nameOf = (user: { first_name: string; last_name?: string }) =>
  [user.first_name, user.last_name].filter(Boolean).join(" ");

/**
 * Ways operators type a card's buttons, besides their labels: the whole message, in
 * Italian, the operators' language. A sentence that goes on («chiudi pure la pratica
 * vecchia…») is a message for the citizen.
 */
const TYPED_CARD_ACTIONS: Readonly<Record<CardAction, readonly string[]>> = {
  claim: ["prendo", "prendo io", "la prendo", "la prendo io", "presa", "presa in carico"],
  close: ["chiudi", "chiudo", "la chiudo", "chiusa", "chiuso", "chiudi la richiesta"],
};

const wordsOf = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).join(" ");

/** The card button an operator's message types, when the whole message is one. */
function typedCardAction(text: string, t: (key: string) => string): CardAction | undefined {
  const typed = wordsOf(text);
  const labels = { claim: wordsOf(t("op-claim")), close: wordsOf(t("op-close")) };
  return (["claim", "close"] as const).find(
    (kind) => typed === labels[kind] || TYPED_CARD_ACTIONS[kind].includes(typed),
  );
}

/**
 * The operators' side, in their Telegram chat: claim and close buttons (members only; the
 * first claim wins; repeated presses are harmless), typed as well under the card, and
 * replies relayed to the citizen while a request is taken.
 */
export function operatorsFeature(deps: OperatorsDependencies) {
  const { requests, knowledge, texts, logger } = deps;
  const now = deps.now ?? Date.now;
  const t = texts.for("it");
  const composer = new LeanComposer<BotContext>();
  const chats = composer
    .chatType(["group", "supergroup"])
    .filter((ctx) => deps.isOperatorChat(ctx.chat.id));

  const members = new Map<string, number>();
  /** Whether the user is in the operators' chat; undefined when Telegram cannot say now. */
  const isMember = async (
    ctx: BotContext,
    chatId: number,
    userId: number,
  ): Promise<boolean | undefined> => {
    const key = `${chatId}:${userId}`;
    try {
      const member = await ctx.api.getChatMember(
        chatId,
        userId,
        // grammY types its signal with the abort-controller polyfill's type.
        AbortSignal.timeout(MEMBERSHIP_TIMEOUT_MS) as Parameters<
          BotContext["api"]["getChatMember"]
        >[2],
      );
      const yes = MEMBER_STATUSES.has(member.status);
      if (yes) members.set(key, now());
      else members.delete(key);
      return yes;
    } catch (error) {
      logger.warn({ error: describeError(error) }, "could not check an operator's membership");
      const seen = members.get(key);
      return seen !== undefined && now() - seen < MEMBERSHIP_REMEMBERED_MS ? true : undefined;
    }
  };

  const refreshNotification = async (
    ctx: BotContext,
    request: HandoffRequest,
    card: number | undefined,
  ) => {
    const { chatId } = request.notification;
    // The card pressed or replied to, when the bot has not yet noted which message it is.
    const messageId = request.notification.messageId ?? card;
    if (messageId === undefined) return;
    const keyboard = notificationKeyboard(request, texts);
    await ctx.api
      .editMessageText(chatId, messageId, renderNotification(request, knowledge, texts), {
        parse_mode: "HTML",
        ...(keyboard ? { reply_markup: keyboard } : {}),
      })
      .catch((error) =>
        logger.warn({ error: describeError(error) }, "could not update a notification"),
      );
  };

  const tellCitizen = async (ctx: BotContext, request: HandoffRequest, key: string) => {
    try {
      await ctx.api.sendMessage(
        request.citizenChatId,
        texts.for(request.locale)(key, { reference: request.reference }),
      );
    } catch (error) {
      if (!isBlocked(error)) throw error;
      await ctx.reply(
        t("op-citizen-blocked", { reference: request.reference }),
        operatorThread(request),
      );
    }
  };

  /**
   * Claims or closes a request for whoever pressed its button or typed its twin (members
   * only; the first claim wins): what to tell that operator, and whether as an alert.
   */
  const act = async (
    ctx: BotContext,
    request: HandoffRequest,
    kind: CardAction,
    card: number | undefined,
  ): Promise<{ text: string; alert?: boolean }> => {
    // Before anything else: a card still on screen after the citizen erased their data.
    if (isErased(request))
      return { text: t("op-citizen-erased", { reference: request.reference }), alert: true };
    const from = ctx.from;
    const member = from && (await isMember(ctx, request.notification.chatId, from.id));
    if (from === undefined || member !== true)
      return { text: t(member === false ? "op-not-allowed" : "op-check-failed"), alert: true };
    const operator = {
      userId: from.id,
      name: nameOf(from),
    };
    if (kind === "claim") {
      let outcome: ReturnType<typeof claim> | undefined;
      const updated = await requests.update(request.reference, (current) => {
        outcome = claim(current, operator, now());
        return outcome.kind === "claimed" ? outcome.request : null;
      });
      if (outcome?.kind === "claimed" && updated) {
        await refreshNotification(ctx, updated, card);
        await tellCitizen(ctx, updated, "handoff-claimed-citizen");
        return { text: t("op-claimed") };
      }
      if (outcome?.kind === "already-yours") return { text: t("op-already-yours") };
      if (outcome?.kind === "taken") {
        const name = outcome.request.operator?.name ?? "?";
        return { text: t("op-taken", { operator: name }), alert: true };
      }
      return { text: t("op-not-open") };
    }
    let closed = false;
    const updated = await requests.update(request.reference, (current) => {
      const outcome = close(current, operator, now());
      closed = outcome.kind === "closed";
      return closed ? outcome.request : null;
    });
    if (!closed || updated === undefined) return { text: t("op-not-open") };
    await refreshNotification(ctx, updated, card);
    await tellCitizen(ctx, updated, "handoff-closed-citizen");
    await deps.afterClose?.(updated).catch((error) => {
      if (!isBlocked(error)) logger.warn({ error: describeError(error) }, "after closing failed");
    });
    return { text: t("op-closed") };
  };

  chats.callbackQuery(/^o:/, async (ctx) => {
    const action = parseAction(ctx.callbackQuery.data);
    const request =
      action.kind === "claim" || action.kind === "close"
        ? await requests.get(action.reference)
        : undefined;
    // The button must sit on a notification of that request in this chat: anything else is forged.
    const card = ctx.callbackQuery.message as Message | undefined;
    const onItsCard =
      request !== undefined &&
      request.notification.chatId === ctx.chat.id &&
      (request.notification.messageId === card?.message_id ||
        (await requestOfBotMessage(requests, ctx.chat.id, card, ctx.me.id))?.reference ===
          request.reference);
    if (
      request === undefined ||
      !onItsCard ||
      (action.kind !== "claim" && action.kind !== "close")
    ) {
      await ctx.answerCallbackQuery({ text: t("op-unknown") });
      return;
    }
    const { text, alert } = await act(ctx, request, action.kind, card?.message_id);
    await ctx.answerCallbackQuery({ text, ...(alert ? { show_alert: true } : {}) });
  });

  // An operator's reply to a notification or to a message about it, or any message in a
  // request's topic, goes to the citizen.
  chats.on("message", async (ctx, next) => {
    const message = ctx.message as Message;
    if (message.from?.is_bot || message.text?.startsWith("/")) return next();
    const replyTo = message.reply_to_message?.message_id;
    const thread = message.is_topic_message ? message.message_thread_id : undefined;
    const request =
      (await requests.findByOperatorMessage(ctx.chat.id, replyTo, thread)) ??
      (await requestOfBotMessage(
        requests,
        ctx.chat.id,
        message.reply_to_message as Message,
        ctx.me.id,
      ));
    if (request === undefined) return next();
    // «prendo», «chiudi» typed under the card do what its buttons do: never words for the citizen.
    const typed = message.text === undefined ? undefined : typedCardAction(message.text, t);
    if (typed !== undefined) {
      const { text } = await act(ctx, request, typed, replyTo);
      await ctx.reply(text, operatorThread(request));
      return;
    }
    // Only a claimed request reaches its citizen: one withdrawn, closed or erased meanwhile (the
    // citizen left while the operator was writing) reaches nobody, and the operator is told so.
    const unreachable = whyUnreachable(request);
    if (unreachable !== undefined) {
      await ctx.reply(t(unreachable, { reference: request.reference }), operatorThread(request));
      return;
    }
    try {
      if (message.text !== undefined) {
        for (const part of relayParts(message.text)) {
          await ctx.api.sendMessage(
            request.citizenChatId,
            texts.for(request.locale)("handoff-operator-says", { text: escapeHtml(part) }),
            { parse_mode: "HTML" },
          );
        }
      } else {
        await ctx.api.copyMessage(request.citizenChatId, ctx.chat.id, message.message_id);
      }
      await ctx.react("👍").catch(() => ctx.reply(t("op-relayed"), operatorThread(request)));
      // Another operator than the one who claimed it wrote: the reply went (the citizen asked
      // for WeMi, not for one person), and the group is told plainly who wrote under whose
      // request, so that the claimer is not surprised by an answer she did not give. No words.
      const claimer = request.operator;
      if (claimer && message.from && message.from.id !== claimer.userId) {
        const replier = nameOf(message.from);
        await ctx.reply(
          t("op-replied-by-another", {
            reference: request.reference,
            replier,
            operator: claimer.name,
          }),
          operatorThread(request),
        );
      }
    } catch (error) {
      if (!isBlocked(error)) throw error;
      await ctx.reply(
        t("op-citizen-blocked", { reference: request.reference }),
        operatorThread(request),
      );
    }
  });
  return composer;
}
