import {
  type Conversation,
  type ConversationFlavor,
  conversations,
  createConversation,
  type VersionedState,
} from "@grammyjs/conversations";
import { Composer, Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { StoredDialogues } from "../../src/bot/stored-dialogues.js";

/**
 * The conversations plugin runs only for a chat with a dialogue stored, or once an update
 * enters one: a dialogue entered, waited on and resumed must go as with the plugin always
 * installed, and a chat with nothing stored must not touch the plugin.
 */
type Ctx = ConversationFlavor<Context>;

let nextUpdate = 1;
const message = (text: string): Update => ({
  update_id: nextUpdate++,
  message: {
    message_id: nextUpdate,
    date: 0,
    chat: { id: 7, type: "private", first_name: "Ada" },
    from: { id: 7, is_bot: false, first_name: "Ada" },
    text,
    ...(text.startsWith("/")
      ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.length }] }
      : {}),
  },
});

/** A bot of two conversations: "/ask" asks a name and waits for it; anything else is echoed. */
function bot() {
  const said: string[] = [];
  const store = new Map<string, VersionedState<unknown>>();
  let pluginRuns = 0;
  let guardRuns = 0;
  const plugin = conversations<Ctx, Context>({
    storage: {
      type: "key",
      version: 1,
      adapter: {
        read: (key) => store.get(key) as never,
        write: (key, state) => void store.set(key, state),
        delete: (key) => void store.delete(key),
      },
    },
  });
  const dialogues = new StoredDialogues<Ctx>(
    (key) => store.get(key),
    async (_ctx, next) => {
      guardRuns++;
      await next();
    },
    async (ctx, next) => {
      pluginRuns++;
      await plugin(ctx, next);
    },
  );
  const ask = async (conversation: Conversation<Ctx, Context>) => {
    await conversation.external(() => said.push("your name?"));
    const reply = await conversation.waitFor("message:text");
    said.push(`hello ${reply.message.text}`);
  };
  const composer = new Composer<Ctx>();
  composer.use(dialogues.middleware);
  composer.command("busy", (ctx) => {
    said.push(`active: ${JSON.stringify(ctx.conversation.active())}`);
  });
  composer.use(dialogues.register(createConversation(ask, "ask")));
  composer.use(dialogues.register(createConversation(async () => {}, "other")));
  composer.command("ask", (ctx) => ctx.conversation.enter("ask"));
  composer.on("message:text", (ctx) => {
    said.push(`echo ${ctx.message.text}`);
  });
  const handle = (text: string) =>
    composer.middleware()(
      new Context(message(text), {} as never, {} as UserFromGetMe) as Ctx,
      async () => {},
    );
  return { said, store, handle, runs: () => ({ plugin: pluginRuns, guard: guardRuns }) };
}

describe("dialogues, where one is stored", () => {
  it("with nothing stored, a message goes by without the plugin or the replay guard", async () => {
    const { said, handle, runs } = bot();
    await handle("ciao");
    await handle("/busy");
    expect(said).toEqual(["echo ciao", "active: {}"]);
    expect(runs()).toEqual({ plugin: 0, guard: 0 });
  });

  it("a dialogue entered is stored, and the next message resumes it through the plugin", async () => {
    const { said, store, handle, runs } = bot();
    await handle("/ask");
    expect(said).toEqual(["your name?"]);
    expect(store.size).toBe(1);
    expect(runs()).toEqual({ plugin: 1, guard: 0 });
    await handle("Ada");
    expect(said).toEqual(["your name?", "hello Ada"]);
    expect(runs()).toEqual({ plugin: 2, guard: 1 });
    expect(store.size).toBe(0);
    await handle("ciao");
    expect(said.at(-1)).toBe("echo ciao");
    expect(runs()).toEqual({ plugin: 2, guard: 1 });
  });
});
