import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { ReviewQueue } from "../../src/review/index.js";
import { openStorage, type StorageBackend } from "../../src/storage/backend.js";
import { SchemaVersionError } from "../../src/storage/postgres/migrations.js";
import { storageLocations } from "../support/backends.js";
import { requestDraft as draft } from "../support/requests.js";

/** What only a shared database must do: several instances of the bot on one PostgreSQL. */

const locate = storageLocations();
const opened: StorageBackend[] = [];
const clock = Date.UTC(2026, 10, 20, 9);
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

/** Two instances on one fresh database. */
async function twoInstances(): Promise<[StorageBackend, StorageBackend, string]> {
  const location = await locate("postgres");
  const open = async () => {
    const storage = await openStorage({ ...location, now: () => clock, onCorrupt: () => {} });
    opened.push(storage);
    return storage;
  };
  // Started together, as a deployment starts them: the schema is migrated once.
  const [a, b] = await Promise.all([open(), open()]);
  return [a, b, location.databaseUrl as string];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the schema", () => {
  it("is migrated once when two instances start together, and its version is recorded", async () => {
    const [, , url] = await twoInstances();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT version, name FROM schema_migrations ORDER BY version",
    );
    await client.end();
    expect(rows).toEqual([
      { version: 1, name: "initial" },
      { version: 2, name: "review_feedback" },
    ]);
  });

  it("a database migrated by a newer release stops start-up instead of being written to", async () => {
    const [, , url] = await twoInstances();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO schema_migrations (version, name) VALUES (99, 'future')");
    await client.end();
    const opening = openStorage({
      dataDir: "/nonexistent",
      databaseUrl: url,
      now: Date.now,
      onCorrupt: () => {},
    });
    await expect(opening).rejects.toBeInstanceOf(SchemaVersionError);
    await expect(opening).rejects.toThrow(/version 99, newer than this release knows \(2\)/);
  });
});

describe("operators' notifications", () => {
  it("each due notification is taken by one instance only, until its lease ends", async () => {
    const [a, b] = await twoInstances();
    const created = await Promise.all(
      Array.from({ length: 30 }, (_, i) => a.requests.create(draft(i))),
    );
    const [byA, byB] = await Promise.all([
      a.requests.takeDueNotifications(clock, 30_000),
      b.requests.takeDueNotifications(clock, 30_000),
    ]);
    const taken = [...byA, ...byB].map((r) => r.reference);
    // Twenty at a time per instance: the thirty are split, none twice.
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken.length).toBe(30);
    expect(await a.requests.takeDueNotifications(clock + 29_000, 30_000)).toEqual([]);
    // An instance killed while sending: its lease runs out and another takes them.
    const retaken = await b.requests.takeDueNotifications(clock + 31_000, 30_000);
    expect(retaken).toHaveLength(20);
    // Sent is final: never taken again.
    for (const request of created) {
      await a.requests.update(request.reference, (r) => ({
        ...r,
        notification: { ...r.notification, state: "sent", messageId: 1 },
      }));
    }
    expect(await b.requests.takeDueNotifications(clock + 120_000, 30_000)).toEqual([]);
  });

  it("a notification rescheduled after a failure is due again at its new time, whoever took it", async () => {
    const [a, b] = await twoInstances();
    const request = await a.requests.create(draft(1));
    await a.requests.takeDueNotifications(clock, 30_000);
    await a.requests.update(request.reference, (r) => ({
      ...r,
      notification: { ...r.notification, attempts: 1, nextAttemptAt: clock + 2000 },
    }));
    const again = await b.requests.takeDueNotifications(clock + 2000, 30_000);
    expect(again.map((r) => r.reference)).toEqual([request.reference]);
  });
});

describe("updates", () => {
  it("an update delivered to two instances at once is handled once", async () => {
    const [a, b] = await twoInstances();
    let handled = 0;
    const handle = async () => {
      handled += 1;
      await sleep(50);
    };
    await Promise.all([a.handleUpdate(1, 42, handle), b.handleUpdate(1, 42, handle)]);
    await a.handleUpdate(1, 42, handle);
    expect(handled).toBe(1);
  });

  it("one chat's updates are handled one at a time across instances; other chats go on", async () => {
    const [a, b] = await twoInstances();
    const events: string[] = [];
    const handle = (name: string) => async () => {
      events.push(`${name} start`);
      await sleep(100);
      events.push(`${name} end`);
    };
    await Promise.all([
      a.handleUpdate(10, 7, handle("first")),
      b.handleUpdate(11, 7, handle("second")),
    ]);
    expect(events).toEqual(
      events[0] === "first start"
        ? ["first start", "first end", "second start", "second end"]
        : ["second start", "second end", "first start", "first end"],
    );
    events.length = 0;
    await Promise.all([
      a.handleUpdate(12, 7, handle("mine")),
      b.handleUpdate(13, 8, handle("other")),
    ]);
    expect(events.slice(0, 2).sort()).toEqual(["mine start", "other start"]);
  });

  it("an update whose handling failed is not recorded: a redelivery handles it", async () => {
    const [a, b] = await twoInstances();
    await expect(
      a.handleUpdate(20, 5, async () => {
        throw new Error("crashed mid-update");
      }),
    ).rejects.toThrow("crashed mid-update");
    let handled = false;
    await b.handleUpdate(20, 5, async () => {
      handled = true;
    });
    expect(handled).toBe(true);
  });
});

describe("background work", () => {
  it("the retention sweep runs on one instance at a time", async () => {
    const [a, b] = await twoInstances();
    let sweeps = 0;
    const sweep = async () => {
      sweeps += 1;
      await sleep(200);
    };
    await Promise.all([a.sweep(sweep), b.sweep(sweep)]);
    expect(sweeps).toBe(1);
    await b.sweep(sweep);
    expect(sweeps).toBe(2);
  });

  it("question counts flushed by two instances into the same day add up", async () => {
    const [a, b] = await twoInstances();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).questions.add("2026-11-20", { total: 1, fallback: 0, intents: { dsa: 1 } }),
      ),
    );
    expect(await a.questions.since("2026-11-20")).toEqual(
      new Map([["2026-11-20", { total: 10, fallback: 0, intents: { dsa: 10 } }]]),
    );
  });

  it("answers to 'was it useful?' and repeated misunderstood words from two instances all count", async () => {
    const [a, b] = await twoInstances();
    const sender = { locale: "it" as const, names: [] };
    const queues = [a, b].map((s) => new ReviewQueue(s.review, { retentionDays: 30 }));
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        Promise.all([
          (i % 2 ? a : b).feedback.add("2026-11-20", i < 7 ? "up" : "down"),
          queues[i % 2]?.add(
            "unsure",
            i % 3 ? "cerco un corso di yoga" : "Cerco un corso di YOGA",
            sender,
          ),
        ]),
      ),
    );
    expect(await b.feedback.since("2026-11-20")).toEqual({ up: 7, down: 3 });
    expect(await queues[0]?.list()).toEqual([expect.objectContaining({ times: 10 })]);
  });
});
