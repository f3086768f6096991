import type { Bot } from "grammy";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { BotContext } from "../../src/bot/context.js";
import { afterFirstAnswer } from "../../src/runtime/first-answer.js";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A bot, of which afterFirstAnswer only wraps handleUpdate. */
function botAndLater() {
  let answering: Promise<void> = Promise.resolve();
  const bot = { handleUpdate: () => answering } as unknown as Bot<BotContext>;
  const due = vi.fn();
  const work = vi.fn();
  const later = afterFirstAnswer(bot, { due, whenQuiet: work });
  /** A citizen's message; the bot answers it at once, or when `answered` settles. */
  const message = (answered: Promise<void> = Promise.resolve()) => {
    answering = answered;
    bot.handleUpdate({ update_id: 1 });
  };
  return { due, work, later, message };
}

it("the collections left for after the first answer wait until citizens stop writing, so the ones who write within a second of it are not kept waiting", async () => {
  const { work, later, message } = botAndLater();
  later.arm();
  await message();
  await vi.advanceTimersByTimeAsync(1000);
  await message();
  await vi.advanceTimersByTimeAsync(1000);
  await message();
  await vi.advanceTimersByTimeAsync(1900);
  expect(work).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(200);
  expect(work).toHaveBeenCalledTimes(1);
  await message();
  await vi.advanceTimersByTimeAsync(10_000);
  expect(work).toHaveBeenCalledTimes(1);
});

it("an answer that takes longer than the quiet wait (a slow network) is not stopped halfway by the collections", async () => {
  const { work, later, message } = botAndLater();
  let answer = () => {};
  const slow = new Promise<void>((resolve) => {
    answer = resolve;
  });
  later.arm();
  await message(slow);
  await vi.advanceTimersByTimeAsync(5000);
  expect(work).not.toHaveBeenCalled();
  answer();
  await vi.advanceTimersByTimeAsync(2000);
  expect(work).toHaveBeenCalledTimes(1);
});

it("citizens who never stop writing do not put the first retention sweep off for more than half a minute, and are never stopped by the collections", async () => {
  const { due, work, later, message } = botAndLater();
  later.arm();
  for (let second = 0; second < 29; second++) {
    await message();
    await vi.advanceTimersByTimeAsync(1000);
  }
  expect(due).not.toHaveBeenCalled();
  await message();
  await vi.advanceTimersByTimeAsync(1000);
  expect(due).toHaveBeenCalledTimes(1);
  for (let tick = 0; tick < 50 * 60; tick++) {
    await message();
    await vi.advanceTimersByTimeAsync(20);
  }
  expect(work).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(2000);
  expect(work).toHaveBeenCalledTimes(1);
  expect(due).toHaveBeenCalledTimes(1);
});

it("with no citizen at all the work runs two seconds after start, and not at all once the bot is closing", async () => {
  const idle = botAndLater();
  idle.later.arm();
  await vi.advanceTimersByTimeAsync(2000);
  expect(idle.work).toHaveBeenCalledTimes(1);
  expect(idle.due).toHaveBeenCalledTimes(1);
  const closing = botAndLater();
  closing.later.arm();
  closing.later.cancel();
  await closing.message();
  await vi.advanceTimersByTimeAsync(60_000);
  expect(closing.work).not.toHaveBeenCalled();
  expect(closing.due).not.toHaveBeenCalled();
});
