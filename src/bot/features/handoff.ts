import { type Api, GrammyError } from "grammy";
import { ERASE } from "../../conversations/erase.js";
import { HANDOFF } from "../../conversations/handoff.js";
import { ORIENTATION } from "../../conversations/orientation.js";
import { WITHDRAW } from "../../conversations/withdraw.js";
import type { HandoffRepository } from "../../handoff/repository.js";
import {
  erase,
  type HandoffRequest,
  isErased,
  isOpen,
  oldestFirst,
  withdraw,
} from "../../handoff/request.js";
import type { KnowledgeHolder } from "../../knowledge/index.js";
import type { Logger } from "../../logging/index.js";
import { describeError } from "../../logging/index.js";
import type { KeyValueStore } from "../../storage/json-directory-store.js";
import type { ChatProfile } from "../../storage/profiles.js";
import type { AskedInWords } from "../asked-in-words.js";
import { parseAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";
import { notificationKeyboard, renderNotification } from "../operators.js";
import { relayParts } from "../relay.js";
import { escapeHtml, LANGUAGE_TAGS, type Locale, localized, type Texts } from "../texts.js";
import { operatorThread } from "./operators.js";

export interface CitizenHandoffDependencies {
  readonly requests: HandoffRepository;
  readonly profiles: KeyValueStore<ChatProfile>;
  /** Forgets a chat's dialogue state and its words left for review; before its profile goes. */
  readonly forgetConversations: (chatKey: string) => Promise<void>;
  /**
   * The chat waits for its reply to a question the citizen asked for with a command
   * (/annulla_richiesta, /cancella_dati): that reply is the bot's, not the operator's.
   */
  readonly answering: (chatKey: string) => Promise<boolean>;
  readonly knowledge: KnowledgeHolder;
  readonly texts: Texts;
  readonly logger: Logger;
  /** The command a typed message asks for in words («cancella i miei dati»), if any. */
  readonly asked: AskedInWords;
  readonly now?: () => number;
}

/**
 * While an operator has a citizen's request, what the citizen writes goes to the operator
 * (commands still work). Installed before the conversations: the bot steps aside.
 */
export function citizenRelayFeature({
  requests,
  texts,
  logger,
  answering,
  asked,
}: CitizenHandoffDependencies) {
  const composer = new LeanComposer<BotContext>();
  composer.chatType("private").on("message", async (ctx, next) => {
    if (ctx.message.text?.startsWith("/")) return next();
    // «ritiro la richiesta», «cancella i miei dati», «a che punto è la mia richiesta?» are
    // about the request itself, asked of the bot as its commands are: not words for the operator.
    if (ABOUT_THE_REQUEST.has(asked(ctx) ?? "")) return next();
    const [taken] = await requests.list({ citizenChatId: ctx.chat.id, status: "claimed" });
    // An operator has pressed its card, so the card is there even when the bot has not yet
    // noted which message it is (operatorThread then writes in the chat without a reply).
    if (taken === undefined) return next();
    // «sì» to «Vuoi ritirare la richiesta?» withdraws it; relayed, it reached the operator.
    if (await answering(String(ctx.chat.id))) return next();
    const t = texts.for("it");
    const where = operatorThread(taken);
    try {
      if (ctx.message.text !== undefined) {
        for (const part of relayParts(ctx.message.text)) {
          await ctx.api.sendMessage(
            taken.notification.chatId,
            t("op-citizen-says", { reference: taken.reference, text: escapeHtml(part) }),
            { parse_mode: "HTML", ...where },
          );
        }
      } else {
        await ctx.api.sendMessage(
          taken.notification.chatId,
          t("op-citizen-sent-media", { reference: taken.reference }),
          {
            parse_mode: "HTML",
            ...where,
          },
        );
        await ctx.api.copyMessage(
          taken.notification.chatId,
          ctx.chat.id,
          ctx.message.message_id,
          where,
        );
      }
      await ctx.reply(ctx.t("handoff-relayed"));
    } catch (error) {
      logger.error(
        { error: describeError(error), reference: taken.reference },
        "could not relay to operators",
      );
      await ctx.reply(ctx.t("error-generic"));
    }
  });
  return composer;
}

/** Commands asked in words that are about the citizen's requests or data. */
const ABOUT_THE_REQUEST: ReadonlySet<string> = new Set(["withdraw", "erase", "status"]);

/**
 * Stops the dialogue in progress before /annulla_richiesta or /cancella_dati enters its own,
 * noting whether a request was being written: the contact steps wait inside a dialogue (every
 * other question waits outside one).
 */
const stopFor =
  (dialogue: string) =>
  async (ctx: BotContext, next: () => Promise<void>): Promise<void> => {
    const active = ctx.conversation.active();
    const stopped = (active[HANDOFF] ?? 0) + (active[ORIENTATION] ?? 0) > 0;
    ctx.entering = { dialogue, stopped };
    await ctx.conversation.exitAll();
    await next();
  };

/** Room for /stato's lines, leaving space for the "and N more" line. */
const STATUS_ROOM = 3900;

/** /operatore (closing the question in progress), /stato, /annulla_richiesta and /cancella_dati. */
export function citizenHandoffFeature(deps: CitizenHandoffDependencies) {
  const { requests, profiles, knowledge, texts, logger } = deps;
  const now = deps.now ?? Date.now;
  const composer = new LeanComposer<BotContext>();
  const feature = composer.chatType("private");

  // A conversation can only be entered below where it is registered, which is after this
  // feature: the question in progress is closed here and handoffEntryFeature enters the
  // handoff. The "be contacted" button (op) takes the need buttons' path into the orientation.
  feature.command(["operatore", "operator"], async (ctx, next) => {
    await ctx.conversation.exitAll();
    await next();
  });

  const mine = async (chatId: number) =>
    oldestFirst(await requests.list({ citizenChatId: chatId }));
  const needLabel = (request: HandoffRequest, locale: Locale) => {
    const label = knowledge.current.intent(request.intent)?.label;
    return label ? localized(label, locale) : request.intent;
  };

  /** /stato, or «a che punto è la mia richiesta?»: the citizen's requests and where each stands. */
  async function showStatus(ctx: BotContext & { chat: { id: number } }) {
    const list = await mine(ctx.chat.id);
    if (list.length === 0) {
      await ctx.reply(ctx.t("status-none"));
      return;
    }
    const lines = list.map((r) =>
      ctx.t("status-line", {
        reference: r.reference,
        need: escapeHtml(needLabel(r, ctx.locale)),
        status: ctx.t(`status-${r.status}`),
        date: new Date(r.createdAt).toLocaleDateString(LANGUAGE_TAGS[ctx.locale]),
      }),
    );
    // Newest first, as many as one message holds (4,096 characters), then how many are left.
    const shown = [ctx.t("status-title")];
    const newestFirst = lines.reverse();
    let length = shown[0]?.length ?? 0;
    for (const line of newestFirst) {
      if (length + line.length + 1 > STATUS_ROOM) break;
      shown.push(line);
      length += line.length + 1;
    }
    const left = newestFirst.length - (shown.length - 1);
    if (left > 0) shown.push(ctx.t("status-more", { count: left }));
    await ctx.reply(shown.join("\n"), { parse_mode: "HTML" });
  }
  feature.command(["stato", "status"], showStatus);
  // Asked in words at any moment: the question in progress still waits after the list.
  feature.on("message:text").filter((ctx) => deps.asked(ctx) === "status", showStatus);

  /** Withdraws and tells the operators, in the request's topic or under its notification. */
  async function withdrawRequest(api: Api, chatId: number, reference: string): Promise<boolean> {
    const current = await requests.get(reference);
    if (current === undefined || current.citizenChatId !== chatId || !isOpen(current)) return false;
    const updated = await requests.update(reference, (r) => withdraw(r, now()));
    if (updated === undefined) return false;
    await tellOperatorsWithdrawn(api, updated);
    return true;
  }
  const openRequests = async (chatId: number) =>
    (await mine(chatId)).filter(isOpen).map((r) => r.reference);

  const tellOperatorsWithdrawn = async (api: Api, request: HandoffRequest) => {
    const { chatId, messageId } = request.notification;
    if (messageId === undefined) return;
    try {
      await api.sendMessage(
        chatId,
        // Erased, the operators must not wait for the citizen to come back: say so plainly.
        texts.for("it")(isErased(request) ? "op-citizen-erased" : "op-withdrawn", {
          reference: request.reference,
        }),
        operatorThread(request),
      );
      const keyboard = notificationKeyboard(request, texts);
      await api.editMessageText(chatId, messageId, renderNotification(request, knowledge, texts), {
        parse_mode: "HTML",
        ...(keyboard ? { reply_markup: keyboard } : {}),
      });
    } catch (error) {
      if (!(error instanceof GrammyError)) throw error;
      logger.warn(
        { error: describeError(error), reference: request.reference },
        "could not tell operators of a withdrawal",
      );
    }
  };

  // The question is a conversation (entered in handoffEntryFeature), so a typed "sì" is understood.
  // At a contact step or the summary, it is the request being written that goes (see withdraw.ts).
  feature.command(["annulla_richiesta", "withdraw"], stopFor(WITHDRAW));
  // «ritiro la richiesta», typed after «con /annulla_richiesta puoi ritirarla»: the same.
  feature.on("message:text").filter((ctx) => deps.asked(ctx) === "withdraw", stopFor(WITHDRAW));
  // A press on a withdrawal question no longer waiting (e.g. after a restart) still counts.
  feature.callbackQuery(/^w:/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const action = parseAction(ctx.callbackQuery.data);
    await ctx.conversation.exitAll();
    if (action.kind === "withdraw") {
      const done = await withdrawRequest(ctx.api, ctx.chat.id, action.reference);
      const reference = action.reference;
      await ctx.reply(done ? ctx.t("withdraw-done", { reference }) : ctx.t("withdraw-none"));
    } else await ctx.reply(ctx.t("withdraw-kept"));
  });

  // Telegram says at once when a citizen blocks the bot: operators handling their request learn it now.
  feature.on("my_chat_member", async (ctx) => {
    if (ctx.myChatMember.new_chat_member.status !== "kicked") return;
    for (const request of (await mine(ctx.chat.id)).filter(isOpen)) {
      if (request.notification.messageId === undefined) continue;
      await ctx.api
        .sendMessage(
          request.notification.chatId,
          texts.for("it")("op-citizen-blocked", { reference: request.reference }),
          operatorThread(request),
        )
        .catch((error) =>
          logger.warn({ error: describeError(error) }, "could not tell operators of a block"),
        );
    }
  });

  // The question is a conversation (entered in handoffEntryFeature), so a typed "sì" is understood.
  feature.command(["cancella_dati", "delete_my_data"], stopFor(ERASE));
  feature.on("message:text").filter((ctx) => deps.asked(ctx) === "erase", stopFor(ERASE));
  // A press on an erasure question no longer waiting (e.g. after a restart) still counts.
  feature.callbackQuery(/^e:/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const action = parseAction(ctx.callbackQuery.data);
    if (action.kind !== "erase" || !action.yes) {
      await ctx.reply(ctx.t("erase-kept"));
      return;
    }
    const reply = ctx.t("erase-done");
    await ctx.conversation.exitAll();
    await eraseEverything(ctx.api, ctx.chat.id);
    await ctx.reply(reply, { reply_markup: { remove_keyboard: true } });
  });

  /** Erases everything stored about a chat; open requests are withdrawn and operators told. */
  async function eraseEverything(api: Api, chatId: number): Promise<void> {
    const chatKey = String(chatId);
    for (const request of await mine(chatId)) {
      const wasOpen = isOpen(request);
      const erased = await requests.update(request.reference, (r) => erase(r, now()));
      if (wasOpen && erased) await tellOperatorsWithdrawn(api, erased);
    }
    await requests.compact();
    // Before the profile: it names the words the chat left for review.
    await deps.forgetConversations(chatKey);
    await profiles.delete(chatKey);
  }
  return { composer, eraseEverything, withdrawRequest, openRequests };
}

/**
 * Enters the handoff for /operatore, and the withdrawal or erasure an update asked for
 * (citizenHandoffFeature read it). Must be installed after those conversations are registered
 * (the conversations plugin refuses to enter one from further up).
 */
export function handoffEntryFeature() {
  const composer = new LeanComposer<BotContext>();
  const feature = composer.chatType("private");
  feature.command(["operatore", "operator"], (ctx) => ctx.conversation.enter(HANDOFF));
  feature.use((ctx, next) => {
    const entry = ctx.entering;
    return entry === undefined ? next() : ctx.conversation.enter(entry.dialogue, entry.stopped);
  });
  return composer;
}
