import { Api, GrammyError, InlineKeyboard } from "grammy";
import type { OperatorNotifier } from "../handoff/outbox.js";
import type { HandoffRepository } from "../handoff/repository.js";
import type { HandoffRequest } from "../handoff/request.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { data } from "./callback-data.js";
import { areaName } from "./render.js";
import { escapeHtml, type Texts } from "./texts.js";

/** Operators work in Italian whatever the citizen's language. */
const OPERATORS_LOCALE = "it";

export function renderNotification(
  request: HandoffRequest,
  knowledge: KnowledgeHolder,
  texts: Texts,
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
  const place = [area, request.municipio === null ? null : `Municipio ${request.municipio}`]
    .filter(Boolean)
    .join(" – ");
  return t("op-notification", {
    reference: request.reference,
    status,
    need: escapeHtml(need),
    needText: contact ? escapeHtml(contact.needText || "—") : erased,
    place: escapeHtml(place || "—"),
    space: escapeHtml(request.spaceId ? spaceName(request.spaceId) : "—"),
    name: contact ? escapeHtml(contact.name) : erased,
    phone: contact ? escapeHtml(contact.phone) : erased,
    time: contact ? escapeHtml(contact.preferredTime) : erased,
    note: contact ? escapeHtml(contact.note || "—") : erased,
    summary: t("op-summary", {
      need: escapeHtml(intent?.label.it ?? request.intent),
      spaces: escapeHtml(request.recommendedSpaces.map(spaceName).join(", ") || "—"),
      locale: request.locale,
    }),
  });
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
    async deliver(request) {
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
          renderNotification(current, knowledge, texts),
          {
            parse_mode: "HTML",
            ...(threadId === undefined ? {} : { message_thread_id: threadId }),
            ...(keyboard ? { reply_markup: keyboard } : {}),
          },
        );
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
