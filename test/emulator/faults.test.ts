import { Bot, GrammyError, HttpError } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiEmulator, type TestUser } from "../../src/emulator/bot-api-emulator.js";

const anna: TestUser = { id: 4301, first_name: "Anna", language_code: "it" };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(): Promise<{ emulator: BotApiEmulator; bot: Bot }> {
  const emulator = new BotApiEmulator();
  await emulator.start();
  cleanups.push(() => emulator.stop());
  emulator.addUser(anna);
  const bot = new Bot(emulator.token, {
    botInfo: emulator.botInfo,
    client: { apiRoot: emulator.apiRoot },
  });
  return { emulator, bot };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );

describe("faults on demand", () => {
  it("fails every call of any method until healed, as a Bot API server lacking it would", async () => {
    const { emulator, bot } = await setUp();
    emulator.failAlways("setMyCommands", { status: 404, description: "Not Found" });
    for (let k = 0; k < 3; k++) {
      const error = await failure(bot.api.setMyCommands([{ command: "start", description: "x" }]));
      expect(error).toBeInstanceOf(GrammyError);
      expect((error as GrammyError).error_code).toBe(404);
    }
    emulator.heal("setMyCommands");
    await expect(bot.api.setMyCommands([{ command: "start", description: "x" }])).resolves.toBe(
      true,
    );

    emulator.failAlways("*", { status: 500 });
    expect(await failure(bot.api.getChat(anna.id))).toBeInstanceOf(GrammyError);
    expect(await failure(bot.api.sendMessage(anna.id, "a"))).toBeInstanceOf(GrammyError);
    emulator.heal();
    await expect(bot.api.sendMessage(anna.id, "b")).resolves.toMatchObject({ text: "b" });
  });

  it("loses a response after the message was sent, so the bot cannot know it was", async () => {
    const { emulator, bot } = await setUp();
    emulator.dropNext("sendMessage", { kind: "lose-response" });
    expect(await failure(bot.api.sendMessage(anna.id, "arrived"))).toBeInstanceOf(HttpError);
    expect(emulator.sentMessages(anna.id).map((m) => m.text)).toEqual(["arrived"]);

    emulator.dropNext("sendMessage", { kind: "refuse" });
    expect(await failure(bot.api.sendMessage(anna.id, "lost"))).toBeInstanceOf(HttpError);
    expect(emulator.sentMessages(anna.id).map((m) => m.text)).toEqual(["arrived"]);
  });

  it("holds an answer for a while, and cuts every connection while offline", async () => {
    const { emulator, bot } = await setUp();
    emulator.delayNext("getChat", 300);
    const started = Date.now();
    await bot.api.getChat(anna.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);

    emulator.setOffline(true);
    expect(await failure(bot.api.sendMessage(anna.id, "x"))).toBeInstanceOf(HttpError);
    emulator.setOffline(false);
    await expect(bot.api.sendMessage(anna.id, "y")).resolves.toMatchObject({ text: "y" });
  });
});
