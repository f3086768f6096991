import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { ReviewQueue } from "../../src/review/index.js";
import { openStorage, type StorageBackend } from "../../src/storage/backend.js";
import { storageLocations } from "../support/backends.js";
import { requestDraft as draft } from "../support/requests.js";

const run = promisify(execFile);

const locate = storageLocations();
const opened: StorageBackend[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

const npm = (script: string, env: Record<string, string>, args: string[] = []) =>
  run("npm", ["run", "-s", script, "--", ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });

describe("moving from files to PostgreSQL", () => {
  it("db:migrate creates the schema and says its version; again, it is up to date", async () => {
    const { databaseUrl } = await locate("postgres");
    const env = { DATABASE_URL: databaseUrl as string };
    expect((await npm("db:migrate", env)).stdout).toBe(
      "schema at version 2 (applied 1_initial, 2_review_feedback)\n",
    );
    expect((await npm("db:migrate", env)).stdout).toBe("schema at version 2 (up to date)\n");
  }, 30_000);

  it("db:import copies requests, preferences, conversations, counts and the review queue, once, with counts", async () => {
    const files = await locate("files");
    const { databaseUrl } = await locate("postgres");
    const now = () => Date.UTC(2026, 10, 20, 9);
    const source = await openStorage({ dataDir: files.dataDir, now, onCorrupt: () => {} });
    const notified = { state: "sent", attempts: 1, messageId: 7 } as const;
    const first = await source.requests.create(draft(501, "Anna", notified));
    const second = await source.requests.create(draft(502, "Bea", { ...notified, messageId: 8 }));
    await source.requests.update(first.reference, (r) => ({ ...r, status: "claimed" }));
    await source.profiles.set("501", { locale: "en" });
    await source.conversations.set("502", { version: [0, 2], state: {} });
    await source.questions.add("2026-11-20", { total: 3, fallback: 1, intents: { dsa: 2 } });
    await source.feedback.add("2026-11-20", "up");
    await source.feedback.add("2026-11-20", "down");
    const queued = new ReviewQueue(source.review, { retentionDays: 30, now });
    await queued.add("unsure", "cerco un corso di yoga", { locale: "it", names: [] });
    await source.close();

    const env = { DATA_DIR: files.dataDir, DATABASE_URL: databaseUrl as string };
    expect((await npm("db:import", env)).stdout).toBe(
      [
        "requests: 2 copied, 0 already there",
        "profiles: 1 copied, 0 already there",
        "conversations: 1 copied, 0 already there",
        "questionDays: 1 copied, 0 already there",
        "feedbackDays: 1 copied, 0 already there",
        "reviewItems: 1 copied, 0 already there",
        "",
      ].join("\n"),
    );
    expect((await npm("db:import", env)).stdout).toBe(
      [
        "requests: 0 copied, 2 already there",
        "profiles: 0 copied, 1 already there",
        "conversations: 0 copied, 1 already there",
        "questionDays: 0 copied, 1 already there",
        "feedbackDays: 0 copied, 1 already there",
        "reviewItems: 0 copied, 1 already there",
        "",
      ].join("\n"),
    );

    const target = await openStorage({
      dataDir: files.dataDir,
      databaseUrl,
      now,
      onCorrupt: () => {},
    });
    opened.push(target);
    expect(await target.requests.get(first.reference)).toMatchObject({
      status: "claimed",
      contact: { name: "Anna" },
    });
    expect(await target.requests.list({ citizenChatId: 502 })).toEqual([second]);
    expect(await target.requests.findByOperatorMessage(-100, 7, undefined)).toBeDefined();
    expect(await target.profiles.get("501")).toEqual({ locale: "en" });
    expect(await target.conversations.get("502")).toEqual({ version: [0, 2], state: {} });
    expect(await target.questions.since("2026-11-01")).toEqual(
      new Map([["2026-11-20", { total: 3, fallback: 1, intents: { dsa: 2 } }]]),
    );
    expect(await target.feedback.since("2026-11-01")).toEqual({ up: 1, down: 1 });
    expect(await new ReviewQueue(target.review, { retentionDays: 30, now }).list()).toEqual(
      await queued.list(),
    );
    // The operators' export reads the database once the bot runs on it.
    const exported = await npm("handoffs", { DATABASE_URL: databaseUrl as string }, [
      "--status",
      "claimed",
      "--format",
      "json",
    ]);
    expect(JSON.parse(exported.stdout)).toMatchObject([
      { reference: first.reference, name: "Anna" },
    ]);
  }, 60_000);
});
