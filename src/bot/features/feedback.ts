import { type Api, InlineKeyboard } from "grammy";
import { choiceAtPosition } from "../../conversations/replies.js";
import type { WaitingQuestions } from "../../conversations/waiting.js";
import type { FeedbackStats } from "../../feedback/index.js";
import type { HandoffRepository } from "../../handoff/repository.js";
import type { HandoffRequest } from "../../handoff/request.js";
import type { ReplyReader } from "../../language/replies.js";
import type { KeyValueStore } from "../../storage/json-directory-store.js";
import type { ChatProfile } from "../../storage/profiles.js";
import { answerPress, data, parseAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";
import type { Texts } from "../texts.js";

export interface FeedbackDependencies {
  readonly requests: HandoffRepository;
  readonly feedback: FeedbackStats;
  readonly texts: Texts;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly waiting: WaitingQuestions;
  readonly read: ReplyReader;
}

/**
 * Once a request is closed, asks its citizen once, optionally, whether it was useful; the
 * question waits, so that a typed «sì» or «no» answers it as the buttons do.
 */
export function askFeedback(api: Api, texts: Texts, waiting: WaitingQuestions) {
  return async (request: HandoffRequest): Promise<void> => {
    if (request.citizenChatId === 0) return;
    const { locale, reference } = request;
    const t = texts.for(locale);
    await api.sendMessage(request.citizenChatId, t("feedback-ask"), {
      reply_markup: new InlineKeyboard()
        .text(t("feedback-up"), data.feedback(reference, true))
        .text(t("feedback-down"), data.feedback(reference, false)),
    });
    await waiting.ask(String(request.citizenChatId), { kind: "feedback", locale, reference });
  };
}

/** The question's buttons in order, as a typed position reads them. */
const FEEDBACK_CHOICES = [
  { label: "👍", data: "up" },
  { label: "👎", data: "down" },
] as const;

/**
 * The citizen's 👍/👎, tapped or typed: counted anonymously (the count does not say whose
 * request), once per request, and only from the chat the request belongs to.
 */
export function feedbackFeature(deps: FeedbackDependencies) {
  const composer = new LeanComposer<BotContext>();
  const feature = composer.chatType("private");
  /** Whether this answer is the request's first (then counted). */
  const counted = async (reference: string, chatId: number, useful: boolean) => {
    let first = false;
    await deps.requests.update(reference, (request) => {
      first =
        request.citizenChatId === chatId &&
        request.status === "closed" &&
        request.feedbackGiven !== true;
      return first ? { ...request, feedbackGiven: true } : null;
    });
    if (first) await deps.feedback.record(useful ? "up" : "down");
    return first;
  };
  feature.callbackQuery(/^f:/, async (ctx) => {
    const action = parseAction(ctx.callbackQuery.data);
    if (action.kind !== "feedback") return answerPress(ctx);
    const first = await counted(action.reference, ctx.chat.id, action.useful);
    const chat = String(ctx.chat.id);
    if ((await deps.profiles.get(chat))?.waiting?.kind === "feedback")
      await deps.waiting.forget(chat);
    await answerPress(ctx);
    await ctx
      .editMessageText(ctx.t(first ? "feedback-thanks" : "feedback-already"))
      .catch(() => {});
  });
  // A typed yes or no while the question waits; anything else goes on (and closes it).
  feature.on("message:text", async (ctx, next) => {
    const chat = String(ctx.chat.id);
    const question = (await deps.profiles.get(chat))?.waiting;
    if (question?.kind !== "feedback") return next();
    const { text } = ctx.message;
    const { kind } = deps.read(text, question.locale);
    // «1» or «il primo»: the buttons' order, 👍 then 👎.
    const position = choiceAtPosition(text, FEEDBACK_CHOICES, deps.read)?.data;
    const useful =
      kind === "yes" || kind === "no"
        ? kind === "yes"
        : position === undefined
          ? undefined
          : position === "up";
    if (useful === undefined) return next();
    await deps.waiting.forget(chat);
    const first = await counted(question.reference, ctx.chat.id, useful);
    await ctx.reply(
      deps.texts.for(question.locale)(first ? "feedback-thanks" : "feedback-already"),
    );
  });
  return composer;
}
