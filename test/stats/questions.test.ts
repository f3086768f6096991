import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  type DailyQuestions,
  dailyQuestionsSchema,
  keyValueDailyQuestions,
  QuestionStats,
} from "../../src/stats/questions.js";
import { JsonDirectoryStore } from "../../src/storage/json-directory-store.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-stats-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it("counts needs and fallbacks per day, anonymously, and sums a period across restarts", async () => {
  let clock = Date.UTC(2026, 10, 20, 10);
  const open = () =>
    new QuestionStats(
      keyValueDailyQuestions(new JsonDirectoryStore(dir, dailyQuestionsSchema)),
      () => clock,
      60_000,
    );
  const first = open();
  first.record("badante");
  first.record("badante");
  first.record(null);
  await first.flush();
  clock += 24 * 60 * 60 * 1000;
  const second = open();
  second.record("dsa");

  const week = await second.since(Date.UTC(2026, 10, 15));
  expect(week).toEqual({ total: 4, fallback: 1, intents: { badante: 2, dsa: 1 } });
  const today = await second.since(clock);
  expect(today).toEqual({ total: 1, fallback: 0, intents: { dsa: 1 } });
});

it("counts are kept, not lost, while the store cannot be written, and added once it can", async () => {
  const days = new Map<string, DailyQuestions>();
  let reachable = false;
  const stats = new QuestionStats(
    {
      async add(day, counts) {
        if (!reachable) throw new Error("connection refused");
        days.set(day, counts);
      },
      since: async () => new Map(days),
    },
    () => Date.UTC(2026, 10, 20, 10),
    60_000,
  );
  stats.record("badante");
  await expect(stats.flush()).rejects.toThrow("connection refused");
  expect(days.size).toBe(0);
  stats.record("dsa");
  reachable = true;
  expect(await stats.since(Date.UTC(2026, 10, 20))).toEqual({
    total: 2,
    fallback: 0,
    intents: { badante: 1, dsa: 1 },
  });
});
