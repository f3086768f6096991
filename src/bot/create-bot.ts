import { autoRetry } from "@grammyjs/auto-retry";
import {
  type ConversationData,
  conversations,
  createConversation,
  type VersionedStateStorage,
} from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { type Api, Bot, type BotError, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createOrientation, ORIENTATION } from "../conversations/orientation.js";
import type { KnowledgeHolder } from "../knowledge/index.js";
import { describeError, type Logger } from "../logging/index.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import type { ChatProfile } from "../storage/profiles.js";
import type { BotContext } from "./context.js";
import { commandsFeature } from "./features/commands.js";
import { groupsFeature } from "./features/groups.js";
import { guidanceFeature } from "./features/guidance.js";
import { localeMiddleware } from "./features/locale.js";
import { needButtonsFeature, orientationEntryFeature } from "./features/orientation.js";
import { LOCALES, type Texts } from "./texts.js";

/**
 * Bump when the orientation's sequence of waits changes: stored conversations of the old
 * shape would replay wrongly, and the plugin drops them instead.
 */
export const CONVERSATION_VERSION = 1;

export interface BotDependencies {
  readonly token: string;
  readonly apiRoot?: string;
  /** Skips getMe: tests and restarts that already know the bot. */
  readonly botInfo?: UserFromGetMe;
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly conversations: VersionedStateStorage<string, ConversationData>;
  readonly texts: Texts;
  readonly logger: Logger;
  readonly operatorChatIds?: ReadonlySet<number>;
}

// Telegram's 429 carries retry_after; bounded, so a flood never blocks a chat for long.
const retry = () => autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 });

export function createBot(deps: BotDependencies): Bot<BotContext> {
  const { knowledge, profiles, texts, logger } = deps;
  const bot = new Bot<BotContext>(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: deps.apiRoot ? { apiRoot: deps.apiRoot } : {},
  });
  bot.api.config.use(retry());

  const onError = async (error: BotError<BotContext>) => {
    logger.error(
      { error: describeError(error.error), update: error.ctx.update.update_id },
      "update failed",
    );
    if (error.ctx.chat?.type === "private") {
      await error.ctx
        .reply(error.ctx.t?.("error-generic") ?? texts.for("it")("error-generic"))
        .catch(() => {});
    }
  };
  bot.catch(onError);

  // One update at a time per chat, so a conversation never sees two of its updates at once
  // when the runner handles many chats concurrently.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.use(localeMiddleware(texts, profiles));
  const features = bot.errorBoundary(onError);
  features.use(groupsFeature(deps.operatorChatIds ?? new Set(), logger));
  features.use(
    conversations<BotContext, Context>({
      storage: { type: "key", version: CONVERSATION_VERSION, adapter: deps.conversations },
      // API transformers on bot.api do not reach the conversations' own Api objects.
      plugins: [
        async (ctx, next) => {
          ctx.api.config.use(retry());
          await next();
        },
      ],
    }),
  );
  features.use(commandsFeature({ knowledge, profiles, texts }));
  features.use(guidanceFeature());
  features.use(needButtonsFeature({ knowledge, profiles }));
  features.use(
    createConversation(createOrientation({ knowledge, profiles, texts, logger }), ORIENTATION),
  );
  features.use(orientationEntryFeature({ knowledge, profiles }));
  return bot;
}

const MENU = ["start", "aiuto", "annulla", "spazi", "privacy", "lingua"] as const;

/** The command menu in Italian (default) and English. */
export async function publishCommands(api: Api, texts: Texts): Promise<void> {
  for (const locale of LOCALES) {
    const t = texts.for(locale);
    const commands = MENU.map((command) => ({ command, description: t(`command-${command}`) }));
    await api.setMyCommands(commands, locale === "it" ? {} : { language_code: locale });
  }
}
