import { Bot, GrammyError } from "grammy";
import { afterEach, expect } from "vitest";
import { BotApiEmulator, type TestUser } from "../../src/emulator/bot-api-emulator.js";

export const anna: TestUser = { id: 4201, first_name: "Anna", language_code: "it" };
export const marco: TestUser = { id: 4202, first_name: "Marco", language_code: "en" };

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export async function startEmulator(): Promise<BotApiEmulator> {
  const emulator = new BotApiEmulator();
  await emulator.start();
  cleanups.push(() => emulator.stop());
  return emulator;
}

export function botFor(emulator: BotApiEmulator, token = emulator.token): Bot {
  return new Bot(token, { botInfo: emulator.botInfo, client: { apiRoot: emulator.apiRoot } });
}

/** Starts long polling; the cleanup stops the bot before the emulator, as real shutdown would. */
export function poll(bot: Bot): { errors: unknown[] } {
  const errors: unknown[] = [];
  bot.catch((err) => {
    errors.push(err.error);
  });
  const running = bot.start({ timeout: 30 });
  cleanups.push(async () => {
    if (bot.isRunning()) await bot.stop();
    await running;
  });
  return { errors };
}

export async function apiError(promise: Promise<unknown>): Promise<GrammyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}
