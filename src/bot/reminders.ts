import type { Api } from "grammy";
import type { HandoffRequest } from "../handoff/request.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import type { Texts } from "./texts.js";

const HOUR_MS = 60 * 60 * 1000;

/** Reminds the operators of a waiting request in its topic, as a reply to its card. */
export function telegramClaimReminder(api: Api, knowledge: KnowledgeHolder, texts: Texts) {
  const t = texts.for("it");
  return async (request: HandoffRequest, waitedMs: number): Promise<void> => {
    const { chatId, messageId, threadId } = request.notification;
    const need = knowledge.current.intent(request.intent)?.label.it ?? request.intent;
    await api.sendMessage(
      chatId,
      t("op-claim-reminder", {
        reference: request.reference,
        need,
        hours: Math.floor(waitedMs / HOUR_MS),
      }),
      {
        ...(threadId === undefined ? {} : { message_thread_id: threadId }),
        ...(messageId === undefined
          ? {}
          : { reply_parameters: { message_id: messageId, allow_sending_without_reply: true } }),
      },
    );
  };
}
