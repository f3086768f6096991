import type { NewHandoffRequest } from "../../src/handoff/repository.js";

/** A new request from a citizen's chat, notification pending, for storage stories. */
export function requestDraft(
  citizenChatId: number,
  name = "Rina",
  notification: Partial<NewHandoffRequest["notification"]> = {},
): NewHandoffRequest {
  return {
    status: "open",
    citizenChatId,
    locale: "it",
    intent: "badante",
    municipio: 8,
    area: null,
    spaceId: null,
    recommendedSpaces: [],
    contact: { name, phone: "+393331234567", preferredTime: "", note: "", needText: "" },
    operator: null,
    notification: {
      chatId: -100,
      state: "pending",
      attempts: 0,
      nextAttemptAt: 0,
      ...notification,
    },
    closedAt: null,
  };
}
