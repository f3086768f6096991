import { Api, GrammyError, InlineKeyboard, type Transformer } from "grammy";
import { nameInLatin } from "../handoff/name-in-latin.js";
import type { OperatorNotifier } from "../handoff/outbox.js";
import type { HandoffRepository } from "../handoff/repository.js";
import type { HandoffRequest } from "../handoff/request.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { describeError, type Logger } from "../logging/index.js";
import type { OperatorTrail } from "../storage/operator-trail.js";
import { data } from "./callback-data.js";
import { areaName } from "./render.js";
import { escapeHtml, isLocale, type Texts } from "./texts.js";

/** Operators work in Italian whatever the citizen's language. */
const OPERATORS_LOCALE = "it";

/** The bot's own words a citizen's contact details can hold: the name withheld, a time tapped. */
const OWN_WORDS = [
  "handoff-name-withheld",
  "handoff-time-morning",
  "handoff-time-afternoon",
  "handoff-time-evening",
  "handoff-time-any",
] as const;

/**
 * A contact detail as operators read it: the bot's own words stored in the citizen's language
 * ("(nombre no indicado)", "Tarde") said in theirs; the citizen's own words as written.
 */
function inOperatorsWords(value: string, locale: string, texts: Texts): string {
  return ownWordsForOperators(value, locale, texts) ?? value;
}

/** The name as written, and in Latin letters beside it when it is Cyrillic: the operator calls. */
function nameForOperators(name: string, locale: string, texts: Texts): string {
  const said = inOperatorsWords(name, locale, texts);
  const latin = nameInLatin(said, locale);
  return latin === undefined ? said : `${said} (${latin})`;
}

/** The bot's own words in a contact detail, said in the operators' language; else undefined. */
function ownWordsForOperators(value: string, locale: string, texts: Texts): string | undefined {
  const from = isLocale(locale) ? locale : OPERATORS_LOCALE;
  const key = OWN_WORDS.find((own) => texts.for(from)(own) === value);
  return key ? texts.for(OPERATORS_LOCALE)(key) : undefined;
}

/**
 * The time to call: a slot in the operators' words; a time the citizen typed («after 5pm»,
 * «dopo le 17 ma non il venerdì») as written, marked as their words, so that an operator never
 * takes another language's words, or an odd phrase, for the bot's own.
 */
function timeForOperators(value: string, locale: string, texts: Texts): string {
  if (value === "") return "—";
  return (
    ownWordsForOperators(value, locale, texts) ??
    texts.for(OPERATORS_LOCALE)("op-typed-time", { time: value })
  );
}

/** The card's first sign, so that operators scanning the chat see what is still to take. */
const STATUS_MARKS: Readonly<Record<HandoffRequest["status"], string>> = {
  open: "🆕",
  claimed: "🙋",
  closed: "✅",
  withdrawn: "↩️",
};

export function renderNotification(
  request: HandoffRequest,
  knowledge: KnowledgeHolder,
  texts: Texts,
  options: { maybeRepeat?: boolean } = {},
): string {
  const t = texts.for(OPERATORS_LOCALE);
  const intent = knowledge.current.intent(request.intent);
  const need = intent ? `${intent.label.it} (${request.intent})` : request.intent;
  const spaceName = (id: string) =>
    knowledge.current.directory.spaces.find((s) => s.id === id)?.name ?? id;
  const operator = escapeHtml(request.operator?.name ?? "");
  const status =
    request.status === "open"
      ? t("op-status-open")
      : request.status === "withdrawn"
        ? t("op-status-withdrawn")
        : t(`op-status-${request.status}`, { operator });
  const erased = t("op-erased");
  const contact = request.contact;
  const area = request.area === null ? null : areaName(request.area);
  const municipio = request.municipio === null ? null : `Municipio ${request.municipio}`;
  // An area that is itself the Municipio is named once ("Municipio 2", not "Municipio 2 – Municipio 2").
  const place = [area, area === municipio ? null : municipio].filter(Boolean).join(" – ");
  const card = t("op-notification", {
    mark: STATUS_MARKS[request.status],
    reference: request.reference,
    status,
    need: escapeHtml(need),
    needText: contact ? escapeHtml(contact.needText || "—") : erased,
    place: escapeHtml(place || "—"),
    space: escapeHtml(request.spaceId ? spaceName(request.spaceId) : "—"),
    name: contact ? escapeHtml(nameForOperators(contact.name, request.locale, texts)) : erased,
    phone: contact
      ? contact.phone === null
        ? t("op-phone-telegram")
        : escapeHtml(contact.phone)
      : erased,
    time: contact
      ? escapeHtml(timeForOperators(contact.preferredTime, request.locale, texts))
      : erased,
    note: contact ? escapeHtml(contact.note || "—") : erased,
    summary: t("op-summary", {
      need: escapeHtml(intent?.label.it ?? request.intent),
      spaces: escapeHtml(request.recommendedSpaces.map(spaceName).join(", ") || "—"),
      language: request.language ?? request.locale,
    }),
  });
  return options.maybeRepeat
    ? `${card}\n${t("op-repeat", { reference: request.reference })}`
    : card;
}

export function notificationKeyboard(
  request: HandoffRequest,
  texts: Texts,
): InlineKeyboard | undefined {
  const t = texts.for(OPERATORS_LOCALE);
  if (request.status === "open") {
    return new InlineKeyboard()
      .text(t("op-claim"), data.claim(request.reference))
      .text(t("op-close"), data.close(request.reference));
  }
  if (request.status === "claimed")
    return new InlineKeyboard().text(t("op-close"), data.close(request.reference));
  return undefined;
}

const isThreadGone = (error: unknown) =>
  error instanceof GrammyError &&
  /thread not found|TOPIC_ID_INVALID|TOPIC_DELETED/i.test(error.description);

/**
 * Posts a request to its operators' chat. In a forum supergroup each request gets a topic
 * of its own, created once and remembered before the message is sent, so a retry never
 * opens a second topic; a topic deleted meanwhile is created again.
 */
export function telegramNotifier(
  botApi: Api,
  requests: HandoffRepository,
  knowledge: KnowledgeHolder,
  texts: Texts,
  trail?: OperatorTrail,
): OperatorNotifier {
  // Without the bot's transformers: the outbox retries with its own backoff. Auto-retry
  // would sleep inside a delivery for as long as Telegram asks (retry_after can be an
  // hour), holding back every other notification and the shutdown that waits for them.
  const api = new Api(botApi.token, botApi.options);
  const forums = new Map<number, boolean>();
  const isForum = async (chatId: number) => {
    let forum = forums.get(chatId);
    if (forum === undefined) {
      const chat = await api.getChat(chatId);
      forum = chat.type === "supergroup" && chat.is_forum === true;
      forums.set(chatId, forum);
    }
    return forum;
  };

  return {
    async deliver(request, { maybeRepeat }) {
      const { chatId } = request.notification;
      let threadId = request.notification.threadId;
      if (threadId === undefined && (await isForum(chatId))) {
        const t = texts.for(OPERATORS_LOCALE);
        const topic = await api.createForumTopic(
          chatId,
          t("op-topic", {
            reference: request.reference,
            need: knowledge.current.intent(request.intent)?.label.it ?? request.intent,
          }).slice(0, 128),
        );
        threadId = topic.message_thread_id;
        const remembered = threadId;
        await requests.update(request.reference, (current) => ({
          ...current,
          notification: { ...current.notification, threadId: remembered },
        }));
      }
      const current = (await requests.get(request.reference)) ?? request;
      const keyboard = notificationKeyboard(current, texts);
      try {
        const message = await api.sendMessage(
          chatId,
          renderNotification(current, knowledge, texts, { maybeRepeat }),
          {
            parse_mode: "HTML",
            ...(threadId === undefined ? {} : { message_thread_id: threadId }),
            ...(keyboard ? { reply_markup: keyboard } : {}),
          },
        );
        // Noted so that erasure blanks the card; a failure here only leaves the card as it is.
        await trail?.add(request.reference, chatId).catch(() => {});
        return { messageId: message.message_id, ...(threadId === undefined ? {} : { threadId }) };
      } catch (error) {
        if (threadId !== undefined && isThreadGone(error)) {
          await requests.update(request.reference, (r) => {
            const { threadId: _gone, ...notification } = r.notification;
            return { ...r, notification };
          });
        }
        throw error;
      }
    },
  };
}

const RELAYING = new Set(["sendMessage", "copyMessage", "sendPhoto", "sendDocument"]);

/**
 * Notes in the operator trail every message the bot sends about a request into an operators'
 * chat (in its topic, or as a reply to its card), so that erasure can reach it.
 */
export function recordOperatorTrail(
  requests: HandoffRepository,
  trail: OperatorTrail,
  isOperatorChat: (chatId: number) => boolean,
  logger: Logger,
): Transformer {
  // A citizen's calls pass straight through, without an async step of their own.
  return (prev, method, payload, signal) => {
    const p = payload as {
      chat_id?: unknown;
      message_thread_id?: number;
      reply_parameters?: { message_id?: number };
    };
    const chatId = Number(p.chat_id);
    if (!RELAYING.has(method) || !isOperatorChat(chatId)) return prev(method, payload, signal);
    return noteRelayed(prev(method, payload, signal), chatId, p);
  };

  async function noteRelayed<R extends { ok: boolean; result?: unknown }>(
    call: Promise<R>,
    chatId: number,
    p: { message_thread_id?: number; reply_parameters?: { message_id?: number } },
  ): Promise<R> {
    const result = await call;
    if (!result.ok) return result;
    const request = await requests.findByOperatorMessage(
      chatId,
      p.reply_parameters?.message_id,
      p.message_thread_id,
    );
    const sent = (result.result as { message_id?: number }).message_id;
    if (request !== undefined && sent !== undefined) {
      await trail
        .add(request.reference, chatId, sent)
        .catch((error: unknown) =>
          logger.warn(
            { error: describeError(error) },
            "an operators' message not noted for erasure",
          ),
        );
    }
    return result;
  }
}

/**
 * Once a request is erased, its card in the operators' chat is shown without the personal
 * fields and the messages relayed about it are deleted (or, past Telegram's 48 hours for
 * deleting, blanked). Runs from the background loop; what fails is tried again next time.
 */
export function erasureFollower(
  botApi: Api,
  requests: HandoffRepository,
  trail: OperatorTrail,
  knowledge: KnowledgeHolder,
  texts: Texts,
  logger: Logger,
): () => Promise<void> {
  const api = new Api(botApi.token, botApi.options);
  const t = texts.for(OPERATORS_LOCALE);
  const ignoreUnchanged = (error: unknown) => {
    if (!(error instanceof GrammyError && /not modified|not found/i.test(error.description)))
      throw error;
  };
  return async () => {
    // Erased requests whose messages are still in the operators' chat: read only those.
    for (const request of await requests.list({
      withContact: false,
      references: trail.references,
    })) {
      if (request.contact !== null || !trail.has(request.reference)) continue;
      try {
        const { chatId, messageId } = request.notification;
        if (messageId !== undefined) {
          const keyboard = notificationKeyboard(request, texts);
          await api
            .editMessageText(chatId, messageId, renderNotification(request, knowledge, texts), {
              parse_mode: "HTML",
              ...(keyboard
                ? { reply_markup: keyboard }
                : { reply_markup: { inline_keyboard: [] } }),
            })
            .catch(ignoreUnchanged);
        }
        const entry = await trail.get(request.reference);
        for (const relayed of entry?.messages ?? []) {
          await api.deleteMessage(entry?.chatId ?? chatId, relayed).catch(async () => {
            await api
              .editMessageText(entry?.chatId ?? chatId, relayed, t("op-erased"))
              .catch(ignoreUnchanged);
          });
        }
        await trail.forget(request.reference);
      } catch (error) {
        logger.warn(
          { reference: request.reference, error: describeError(error) },
          "could not yet erase a request's messages in the operators' chat",
        );
      }
    }
  };
}
