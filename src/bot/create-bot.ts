import { autoRetry } from "@grammyjs/auto-retry";
import {
  type ConversationData,
  conversations,
  createConversation,
  type VersionedStateStorage,
} from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import type { Api, ApiClientOptions, Bot, BotError, Context, Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createEraseConversation, ERASE } from "../conversations/erase.js";
import { createHandoffConversation, HANDOFF } from "../conversations/handoff.js";
import {
  createOrientation,
  ORIENTATION,
  type OrientationStart,
} from "../conversations/orientation.js";
import type { PlaceInUse } from "../conversations/place-in-use.js";
import { type WaitingWords, waitingQuestions } from "../conversations/waiting.js";
import { createWithdrawConversation, WITHDRAW } from "../conversations/withdraw.js";
import type { FeedbackStats } from "../feedback/index.js";
import type { HandoffRepository } from "../handoff/repository.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import type { ReplyReader } from "../language/replies.js";
import { describeError, type Logger } from "../logging/index.js";
import { chatsReview } from "../review/erasure.js";
import { type BotApiFetch, leanFetch } from "../runtime/http-client.js";
import type { DangerDetector } from "../safety/danger.js";
import { chatMemory } from "../storage/chat-memory.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import type { ChatProfile } from "../storage/profiles.js";
import type { UpdateJournal } from "../storage/update-journal.js";
import type { RecentTexts } from "../util/recent.js";
import { askedInWords } from "./asked-in-words.js";
import type { BotContext } from "./context.js";
import { runDirect } from "./direct-dialogue.js";
import { type AdminDependencies, adminFeature } from "./features/admin.js";
import { commandsFeature } from "./features/commands.js";
import { askFeedback, feedbackFeature } from "./features/feedback.js";
import { groupsFeature } from "./features/groups.js";
import { guidanceFeature } from "./features/guidance.js";
import {
  citizenHandoffFeature,
  citizenRelayFeature,
  handoffEntryFeature,
} from "./features/handoff.js";
import { localeMiddleware } from "./features/locale.js";
import { operatorsFeature } from "./features/operators.js";
import {
  contactOfferFeature,
  needButtonsFeature,
  orientationEntryFeature,
} from "./features/orientation.js";
import { type ReviewDependencies, reviewFeature } from "./features/review.js";
import { safetyFeature } from "./features/safety.js";
import { leanApiCalls } from "./lean-api-call.js";
import { LeanBot } from "./lean-bot.js";
import { LeanComposer } from "./lean-composer.js";
import { ReplayGuard } from "./replay-guard.js";
import { replyLanguages } from "./reply-language.js";
import { apologyFor, boundedRetry, journalUpdates, nonEssentialCalls } from "./resilience.js";
import { StoredDialogues } from "./stored-dialogues.js";
import { LOCALES, type Texts } from "./texts.js";

/**
 * Bump when the orientation's sequence of waits, or what one of its external steps returns,
 * changes: stored conversations of the old shape would replay wrongly, and the plugin drops
 * them instead. 7: the danger step returns the alarm and whether the message is silenced;
 * 8: fewer external steps (profile and waiting question read together, the place read once).
 * Still 8: the opening step's danger reading of the first text (`read`) is optional, and a
 * dialogue stored without it replays the danger step it took then.
 */
export const CONVERSATION_VERSION = 8;

export interface BotDependencies {
  readonly token: string;
  readonly apiRoot?: string;
  /** Skips getMe: tests and restarts that already know the bot. */
  readonly botInfo?: UserFromGetMe;
  /** The Bot API client's `fetch`; by default leanFetch. */
  readonly fetch?: BotApiFetch;
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly conversations: VersionedStateStorage<string, ConversationData>;
  readonly texts: Texts;
  readonly logger: Logger;
  /** The clock of claims and closings (tests move it). */
  readonly now?: () => number;
  /** Handoff to operators. Without an operators' chat, citizens are sent to a space instead. */
  readonly handoff: {
    readonly requests: HandoffRepository;
    /** Every chat where operators work: the common one and any per-space ones. */
    readonly isOperatorChat: (chatId: number) => boolean;
    readonly operatorChatFor: (spaceId: string | null) => number | undefined;
    readonly notifyOperators: () => void;
    readonly nextOpening?: (operatorChatId: number) => number | null;
  };
  /** Days closed requests keep their personal fields (RETENTION_DAYS). */
  readonly retentionDays: number;
  readonly admin: Pick<
    AdminDependencies,
    "adminIds" | "questions" | "statsSections" | "statsChart" | "now"
  >;
  /** Anonymous "was it useful?" answers, asked when a request is closed (issue 14). */
  readonly feedback?: FeedbackStats;
  /** Misunderstood messages kept for /rivedi (issue 14); without it nothing is kept. */
  readonly review?: Omit<ReviewDependencies, "adminIds" | "knowledge">;
  /**
   * Wraps each update's handling: the storage's guard (once per update, one chat at a time
   * across instances sharing a database).
   */
  readonly handleUpdate: (
    updateId: number,
    chatId: number | undefined,
    handle: () => Promise<void>,
  ) => Promise<void>;
  /** Short replies typed instead of tapped, in every language (locales/<lang>/replies.yaml). */
  readonly readReply: ReplyReader;
  /** What was computed from recent texts (readReply's among them): erasure clears it. */
  readonly recentTexts: RecentTexts;
  /** Danger, recognised before anything else (locales/<lang>/danger.yaml). */
  readonly detectDanger: DangerDetector;
  /** Where updates wait until handled, so none is lost to a crash (long polling). */
  readonly journal?: UpdateJournal;
}

/**
 * Telegram's 429 carries retry_after: the chat's answer waits that long (other chats go on),
 * rather than being dropped. Network errors and 5xx are retried with short pauses
 * (boundedRetry), not by auto-retry, whose pause doubles up to an hour.
 */
const LONGEST_RATE_LIMIT_WAIT_S = 15 * 60;
const resilience = (logger: Logger): Transformer[] => [
  autoRetry({
    maxRetryAttempts: 3,
    maxDelaySeconds: LONGEST_RATE_LIMIT_WAIT_S,
    rethrowHttpErrors: true,
    rethrowInternalServerErrors: true,
  }),
  boundedRetry(),
  nonEssentialCalls(logger),
];

export function createBot(deps: BotDependencies): Bot<BotContext> {
  const { knowledge, profiles, texts, logger } = deps;
  const fetch = deps.fetch ?? leanFetch;
  const bot = new LeanBot<BotContext>(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: {
      ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}),
      // The conversations' and operators' own Api objects take these options too.
      fetch: fetch as unknown as ApiClientOptions["fetch"],
    },
  });
  // The bot's plain JSON calls at the bottom, below the retries. Not in the dialogues' own
  // Apis: there the plugin's recording of each call (which a replay answers from) is the
  // bottom, and a call sent past it would be sent again at every replay.
  bot.api.config.use(leanApiCalls(deps.apiRoot ?? "https://api.telegram.org", deps.token, fetch));
  // One set for the bot's Api and every Api the dialogues' replays create.
  const transformers = resilience(logger);
  for (const transformer of transformers) bot.api.config.use(transformer);

  const say = (ctx: BotContext, key: string) => ctx.t?.(key) ?? texts.for("it")(key);
  const replays = new ReplayGuard(deps.conversations, logger, (ctx) =>
    say(ctx as BotContext, "error-replay"),
  );
  bot.api.config.use(replays.noticeAnswers);

  const onError = async (error: BotError<BotContext>) => {
    logger.error(
      { error: describeError(error.error), update: error.ctx.update.update_id },
      "update failed",
    );
    if (await replays.recover(error.ctx, error.error)) return;
    const key = apologyFor(error.error);
    if (error.ctx.chat?.type !== "private" || key === undefined) return;
    await error.ctx.reply(say(error.ctx, key)).catch(() => {});
  };
  bot.catch(onError);
  // Everything in one lean list: each `bot.use` would chain two closures more per update.
  const pipeline = new LeanComposer<BotContext>();
  bot.use(pipeline);
  if (deps.journal) journalUpdates(bot.api, pipeline, deps.journal, logger);

  // One update at a time per chat, so a conversation never sees two of its updates at once
  // when the runner handles many chats concurrently.
  pipeline.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  pipeline.use((ctx, next) => deps.handleUpdate(ctx.update.update_id, ctx.chat?.id, next));
  pipeline.use(localeMiddleware(texts, profiles));
  const features = new LeanComposer<BotContext>();
  pipeline.errorBoundary(onError, features);
  const { handoff, review } = deps;
  const chatsWords =
    review &&
    chatsReview(review.queue, profiles, (error) =>
      logger.error({ error: describeError(error) }, "could not queue for review"),
    );
  const { requests, isOperatorChat } = handoff;
  // What the orientation keeps in memory only; erasure forgets it with the rest.
  const memory = { place: chatMemory<PlaceInUse>() };
  const waiting = waitingQuestions(profiles, chatMemory<WaitingWords>());
  const read = deps.readReply;
  const asked = askedInWords(read.typedCommand);
  // One geo reader per update: the danger model, the classifier and the dialogue's area read
  // a message's places once, and nothing keeps them after it.
  features.use((ctx, next) => {
    ctx.places = knowledge.current.places.forOneUpdate();
    return next();
  });
  features.use(groupsFeature(isOperatorChat, logger));
  features.use(
    operatorsFeature({
      requests,
      knowledge,
      texts,
      logger,
      isOperatorChat,
      ...(deps.now && { now: deps.now }),
      ...(deps.feedback && { afterClose: askFeedback(bot.api, texts, waiting) }),
    }),
  );
  features.use(contactOfferFeature({ profiles, waiting }));
  if (deps.feedback) {
    const { feedback } = deps;
    features.use(feedbackFeature({ requests, feedback, texts, profiles, waiting, read }));
  }
  const citizen = {
    requests,
    profiles,
    forgetConversations: async (chatKey: string) => {
      memory.place.forget(chatKey);
      waiting.forgetWords(chatKey);
      deps.recentTexts.forgetAll();
      await chatsWords?.forget(chatKey);
      await deps.conversations.delete(chatKey);
    },
    answering: async (chatKey: string) => {
      const stored = await deps.conversations.read(chatKey);
      return [WITHDRAW, ERASE].some((name) => (stored?.state[name]?.length ?? 0) > 0);
    },
    knowledge,
    texts,
    logger,
    asked,
  };
  features.use(citizenRelayFeature(citizen));
  const dialogueTransformers = [...transformers, replays.noticeAnswers];
  const dialogues = new StoredDialogues<BotContext>(
    (chatKey) => deps.conversations.read(chatKey),
    replays.middleware,
    conversations<BotContext, Context>({
      storage: { type: "key", version: CONVERSATION_VERSION, adapter: deps.conversations },
      // API transformers on bot.api do not reach the conversations' own Api objects.
      plugins: [
        async (ctx, next) => {
          ctx.api.config.use(...dialogueTransformers);
          await next();
        },
      ],
    }),
  );
  features.use(dialogues.middleware);
  features.use(adminFeature({ ...deps.admin, knowledge, requests }));
  if (review) features.use(reviewFeature({ ...review, adminIds: deps.admin.adminIds, knowledge }));
  features.use(
    commandsFeature({
      knowledge,
      profiles,
      texts,
      retentionDays: deps.retentionDays,
      ...(review ? { reviewRetentionDays: review.queue.retentionDays } : {}),
      forgetQuestion: (chatKey) => waiting.forget(chatKey),
      asked,
    }),
  );
  const citizenHandoff = citizenHandoffFeature(citizen);
  features.use(citizenHandoff.composer);
  features.use(guidanceFeature());
  features.use(safetyFeature(deps.detectDanger));
  features.use(needButtonsFeature({ knowledge, profiles, texts, places: memory.place }));
  const handoffDeps = {
    knowledge,
    profiles,
    requests,
    notifyOperators: handoff.notifyOperators,
    operatorChatFor: handoff.operatorChatFor,
    retentionDays: deps.retentionDays,
    ...(handoff.nextOpening && { nextOpening: handoff.nextOpening }),
    waiting,
    places: memory.place,
  };
  const { questions } = deps.admin;
  const orientation = createOrientation({
    knowledge,
    profiles,
    texts,
    logger,
    read,
    replyLanguage: replyLanguages(deps.recentTexts, read),
    detectDanger: deps.detectDanger,
    handoff: handoffDeps,
    recordQuestion: (intent) => questions.record(intent),
    memory,
    waiting,
    ...(chatsWords && { recordMisunderstood: chatsWords.record }),
  });
  features.use(dialogues.register(createConversation(orientation, ORIENTATION)));
  features.use(
    dialogues.register(
      createConversation(
        createHandoffConversation({ ...handoffDeps, texts, logger, read }),
        HANDOFF,
      ),
    ),
  );
  features.use(
    dialogues.register(
      createConversation(
        createEraseConversation({
          profiles,
          texts,
          read,
          eraseEverything: citizenHandoff.eraseEverything,
        }),
        ERASE,
      ),
    ),
  );
  features.use(
    dialogues.register(
      createConversation(
        createWithdrawConversation({
          profiles,
          texts,
          read,
          openRequests: citizenHandoff.openRequests,
          withdraw: citizenHandoff.withdrawRequest,
        }),
        WITHDRAW,
      ),
    ),
  );
  // Entered only below the conversations they start, where those are registered.
  features.use(handoffEntryFeature());
  // Only a reply to the consent question goes on to ask for contact details, waiting for each
  // (conversations/handoff.ts): every other orientation ends with the update that starts it.
  const startOrientation = async (ctx: BotContext, start: OrientationStart) => {
    const waiting = (await profiles.get(String(ctx.chat?.id)))?.waiting;
    if (waiting?.kind === "consent") return ctx.conversation.enter(ORIENTATION, start);
    return runDirect(orientation, ctx, start);
  };
  features.use(
    orientationEntryFeature({
      knowledge,
      profiles,
      texts,
      places: memory.place,
      startOrientation,
    }),
  );
  return bot;
}

const MENU = [
  "start",
  "aiuto",
  "operatore",
  "stato",
  "annulla_richiesta",
  "annulla",
  "spazi",
  "privacy",
  "cancella_dati",
  "lingua",
] as const;

/** The command menu in Italian (default) and English. */
export async function publishCommands(api: Api, texts: Texts): Promise<void> {
  for (const locale of LOCALES) {
    const t = texts.for(locale);
    const commands = MENU.map((command) => ({ command, description: t(`command-${command}`) }));
    await api.setMyCommands(commands, locale === "it" ? {} : { language_code: locale });
  }
}
