import { type Api, InlineKeyboard } from "grammy";
import type { FeedbackStats } from "../../feedback/index.js";
import type { HandoffRepository } from "../../handoff/repository.js";
import type { HandoffRequest } from "../../handoff/request.js";
import { answerPress, data, parseAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";
import type { Texts } from "../texts.js";

export interface FeedbackDependencies {
  readonly requests: HandoffRepository;
  readonly feedback: FeedbackStats;
  readonly texts: Texts;
}

/** Once a request is closed, asks its citizen once, optionally, whether it was useful. */
export function askFeedback(api: Api, texts: Texts) {
  return async (request: HandoffRequest): Promise<void> => {
    if (request.citizenChatId === 0) return;
    const t = texts.for(request.locale);
    await api.sendMessage(request.citizenChatId, t("feedback-ask"), {
      reply_markup: new InlineKeyboard()
        .text(t("feedback-up"), data.feedback(request.reference, true))
        .text(t("feedback-down"), data.feedback(request.reference, false)),
    });
  };
}

/**
 * The citizen's 👍/👎: counted anonymously (the count does not say whose request), once
 * per request, and only from the chat the request belongs to.
 */
export function feedbackFeature(deps: FeedbackDependencies) {
  const composer = new LeanComposer<BotContext>();
  composer.chatType("private").callbackQuery(/^f:/, async (ctx) => {
    const action = parseAction(ctx.callbackQuery.data);
    if (action.kind !== "feedback") return answerPress(ctx);
    let first = false;
    await deps.requests.update(action.reference, (request) => {
      first =
        request.citizenChatId === ctx.chat.id &&
        request.status === "closed" &&
        request.feedbackGiven !== true;
      return first ? { ...request, feedbackGiven: true } : null;
    });
    if (first) await deps.feedback.record(action.useful ? "up" : "down");
    await answerPress(ctx);
    await ctx
      .editMessageText(ctx.t(first ? "feedback-thanks" : "feedback-already"))
      .catch(() => {});
  });
  return composer;
}
