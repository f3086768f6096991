import { join } from "node:path";
import type { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotContext } from "./bot/context.js";
import { createBot } from "./bot/create-bot.js";
import { loadTexts, type Texts } from "./bot/texts.js";
import { PROJECT_ROOT } from "./config/paths.js";
import { createLocationResolver, loadGeoIndex } from "./geo/index.js";
import { KnowledgeHolder, loadKnowledge } from "./knowledge/index.js";
import type { Logger } from "./logging/index.js";
import { conversationStore } from "./storage/conversation-store.js";
import { JsonDirectoryStore } from "./storage/json-directory-store.js";
import { chatProfileSchema } from "./storage/profiles.js";

export interface AppOptions {
  readonly token: string;
  readonly apiRoot?: string;
  readonly dataDir: string;
  readonly logger: Logger;
  readonly botInfo?: UserFromGetMe;
  readonly operatorChatIds?: ReadonlySet<number>;
  /** Where intents/, data/ and locales/ are read from. */
  readonly root?: string;
}

export interface App {
  readonly bot: Bot<BotContext>;
  readonly knowledge: KnowledgeHolder;
  readonly texts: Texts;
}

/** Thrown when the shipped content cannot be loaded: the bot must not start half-blind. */
export class StartupError extends Error {
  override readonly name = "StartupError";
}

/** Wires content, storage and the bot together; the runtime and the local chat share it. */
export async function createApp(options: AppOptions): Promise<App> {
  const root = options.root ?? PROJECT_ROOT;
  const geo = await loadGeoIndex();
  const sources = { root, geo, places: createLocationResolver(geo) };
  const loaded = await loadKnowledge(sources);
  if (!loaded.ok) throw new StartupError(`the catalogue has errors:\n${loaded.errors.join("\n")}`);
  const knowledge = new KnowledgeHolder(loaded.knowledge, sources);
  const texts = loadTexts(join(root, "locales"));
  const onCorrupt = (file: string, reason: string) =>
    options.logger.error({ file, reason }, "a stored file was unreadable and has been moved aside");
  const bot = createBot({
    token: options.token,
    ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    knowledge,
    profiles: new JsonDirectoryStore(
      join(options.dataDir, "profiles"),
      chatProfileSchema,
      onCorrupt,
    ),
    conversations: conversationStore(join(options.dataDir, "conversations"), onCorrupt),
    texts,
    logger: options.logger,
    ...(options.operatorChatIds ? { operatorChatIds: options.operatorChatIds } : {}),
  });
  return { bot, knowledge, texts };
}
