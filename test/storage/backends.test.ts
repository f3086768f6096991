import { afterEach, describe, expect, it } from "vitest";
import { close, erase } from "../../src/handoff/request.js";
import { applyRetention } from "../../src/handoff/retention.js";
import { ReviewQueue } from "../../src/review/index.js";
import { openStorage, type StorageBackend } from "../../src/storage/backend.js";
import { BACKENDS, storageLocations } from "../support/backends.js";
import { requestDraft as draft } from "../support/requests.js";

const DAY = 24 * 60 * 60 * 1000;

const locate = storageLocations();

describe.each(BACKENDS)("the %s storage", (kind) => {
  const opened: StorageBackend[] = [];
  let clock = Date.UTC(2026, 10, 20, 9);
  /** A store, and a function opening the same place again (a restart, or another instance). */
  const fresh = async () => {
    const location = await locate(kind);
    const open = async () => {
      const storage = await openStorage({ ...location, now: () => clock, onCorrupt: () => {} });
      opened.push(storage);
      return storage;
    };
    return { storage: await open(), open };
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((storage) => storage.close()));
  });

  it("keeps a chat's language and place across a restart, and forgets them on delete", async () => {
    const { storage, open } = await fresh();
    await storage.profiles.set("42", { locale: "en" });
    await storage.profiles.set("-100123:5", { locale: "it" });
    await storage.close();
    const again = await open();
    expect(await again.profiles.get("42")).toEqual({ locale: "en" });
    expect((await again.profiles.keys()).sort()).toEqual(["-100123:5", "42"]);
    await again.profiles.delete("42");
    expect(await again.profiles.get("42")).toBeUndefined();
  });

  it("forgets preferences and unfinished conversations not written for longer than asked", async () => {
    // The files' age is their modification time: the store's clock is the real one here.
    clock = Date.now();
    const { storage } = await fresh();
    await storage.profiles.set("7", { locale: "it" });
    await storage.conversations.set("7", { version: [0, 2], state: {} });
    const later = Date.now() + 2 * DAY;
    expect(await storage.profiles.deleteOlderThan(3 * DAY, later)).toBe(0);
    expect(await storage.conversations.deleteOlderThan(DAY, later)).toBe(1);
    expect(await storage.conversations.get("7")).toBeUndefined();
    expect(await storage.profiles.get("7")).toEqual({ locale: "it" });
  });

  it("a request is registered with a reference, found again after a restart by chat and status", async () => {
    const { storage, open } = await fresh();
    const mine = await storage.requests.create(draft(501, "Anna"));
    clock += DAY;
    const other = await storage.requests.create(draft(999, "Bea"));
    expect(mine.reference).toMatch(/^WM-[A-Z0-9]{4,6}$/);
    expect(other.reference).not.toBe(mine.reference);
    await storage.close();
    const again = await open();
    expect(await again.requests.get(mine.reference)).toEqual(mine);
    expect((await again.requests.list({ citizenChatId: 501 })).map((r) => r.reference)).toEqual([
      mine.reference,
    ]);
    expect(await again.requests.list({ citizenChatId: 501, status: "closed" })).toEqual([]);
    expect((await again.requests.list({ createdSince: clock })).map((r) => r.reference)).toEqual([
      other.reference,
    ]);
    await again.requests.update(mine.reference, (r) => erase(r, clock));
    expect(await again.requests.list({ citizenChatId: 501 })).toEqual([]);
    expect(await again.requests.list()).toHaveLength(2);
  });

  it("concurrent updates of one request are applied one after the other, none lost", async () => {
    const { storage } = await fresh();
    const request = await storage.requests.create(draft(1));
    await Promise.all(
      Array.from({ length: 20 }, () =>
        storage.requests.update(request.reference, (r) => ({
          ...r,
          notification: { ...r.notification, attempts: r.notification.attempts + 1 },
        })),
      ),
    );
    expect((await storage.requests.get(request.reference))?.notification.attempts).toBe(20);
    expect(await storage.requests.update("WM-ZZZZ", (r) => r)).toBeUndefined();
  });

  it("an operator's reply is traced to its request by message, and by topic first", async () => {
    const { storage } = await fresh();
    const byMessage = await storage.requests.create(draft(1));
    const byTopic = await storage.requests.create(draft(2));
    await storage.requests.update(byMessage.reference, (r) => ({
      ...r,
      notification: { ...r.notification, state: "sent", messageId: 10 },
    }));
    await storage.requests.update(byTopic.reference, (r) => ({
      ...r,
      notification: { ...r.notification, state: "sent", messageId: 11, threadId: 5 },
    }));
    const found = (messageId?: number, threadId?: number) =>
      storage.requests.findByOperatorMessage(-100, messageId, threadId).then((r) => r?.reference);
    expect(await found(10)).toBe(byMessage.reference);
    expect(await found(10, 5)).toBe(byTopic.reference);
    expect(await found(99)).toBeUndefined();
  });

  it("only pending notifications that are due are taken for delivery", async () => {
    const { storage } = await fresh();
    const due = await storage.requests.create(draft(1));
    const later = await storage.requests.create({
      ...draft(2),
      notification: { chatId: -100, state: "pending", attempts: 1, nextAttemptAt: clock + 60_000 },
    });
    const sent = await storage.requests.create(draft(3));
    await storage.requests.update(sent.reference, (r) => ({
      ...r,
      notification: { ...r.notification, state: "sent", messageId: 1 },
    }));
    const taken = await storage.requests.takeDueNotifications(clock, 30_000);
    expect(taken.map((r) => r.reference)).toEqual([due.reference]);
    const afterwards = await storage.requests.takeDueNotifications(clock + 120_000, 30_000);
    expect(afterwards.map((r) => r.reference)).toContain(later.reference);
  });

  it("closed requests past the retention period lose their personal fields; others keep them", async () => {
    const { storage } = await fresh();
    const operator = { userId: 7, name: "Luca" };
    const old = await storage.requests.create(draft(1, "Maria Vecchia"));
    const open = await storage.requests.create(draft(2, "Anna Aperta"));
    await storage.requests.update(old.reference, (r) => close(r, operator, clock).request);
    clock += 91 * DAY;
    expect(await applyRetention(storage.requests, 90, clock)).toBe(1);
    expect(await storage.requests.get(old.reference)).toMatchObject({
      status: "closed",
      contact: null,
      citizenChatId: 0,
    });
    expect((await storage.requests.get(open.reference))?.contact?.name).toBe("Anna Aperta");
    expect(await applyRetention(storage.requests, 90, clock)).toBe(0);
  });

  it("lists erased requests among given references, and those closed before a time", async () => {
    const { storage } = await fresh();
    const operator = { userId: 7, name: "Luca" };
    const [a, b, c] = [
      await storage.requests.create(draft(1)),
      await storage.requests.create(draft(2)),
      await storage.requests.create(draft(3)),
    ];
    for (const r of [a, b]) await storage.requests.update(r.reference, (x) => erase(x, clock));
    await storage.requests.update(c.reference, (x) => close(x, operator, clock + DAY).request);
    const refs = (list: Array<{ reference: string }>) => list.map((r) => r.reference).sort();
    const withCard = new Set([a.reference, c.reference]);
    expect(refs(await storage.requests.list({ withContact: false, references: withCard }))).toEqual(
      [a.reference],
    );
    expect(refs(await storage.requests.list({ withContact: true }))).toEqual([c.reference]);
    expect(refs(await storage.requests.list({ closedBefore: clock + DAY }))).toEqual(
      [a.reference, b.reference].sort(),
    );
    expect(await storage.requests.list({ createdBefore: a.createdAt })).toEqual([]);
    expect(await storage.requests.list({ createdBefore: a.createdAt + 1 })).toHaveLength(3);
  });

  it("adds the anonymous daily counts and sums a period", async () => {
    const { storage } = await fresh();
    await storage.questions.add("2026-11-19", { total: 1, fallback: 1, intents: {} });
    await storage.questions.add("2026-11-20", { total: 2, fallback: 0, intents: { dsa: 2 } });
    await storage.questions.add("2026-11-20", {
      total: 2,
      fallback: 0,
      intents: { dsa: 1, badante: 1 },
    });
    expect(await storage.questions.since("2026-11-20")).toEqual(
      new Map([["2026-11-20", { total: 4, fallback: 0, intents: { dsa: 3, badante: 1 } }]]),
    );
  });

  it("counts the anonymous answers to 'was it useful?' per day, across a restart", async () => {
    const { storage, open } = await fresh();
    await storage.feedback.add("2026-11-19", "down");
    await storage.feedback.add("2026-11-20", "up");
    await storage.feedback.add("2026-11-20", "up");
    // Another instance (PostgreSQL) or the next start (files) adds to the same day.
    await (await open()).feedback.add("2026-11-20", "down");
    await storage.close();
    const again = await open();
    expect(await again.feedback.since("2026-11-20")).toEqual({ up: 2, down: 1 });
    expect(await again.feedback.since("2026-11-19")).toEqual({ up: 2, down: 2 });
    expect(await again.feedback.since("2026-11-21")).toEqual({ up: 0, down: 0 });
  });

  it("the review queue keeps redacted words in order, counts repeats, and forgets them after REVIEW_RETENTION_DAYS", async () => {
    const { storage, open } = await fresh();
    const queue = new ReviewQueue(storage.review, { retentionDays: 30, now: () => clock });
    const sender = { locale: "it" as const, names: ["Franca"] };
    await queue.add("unsure", "sono Franca, cerco chi accompagni la nonna", sender);
    await queue.add("out-of-scope", "a che ora apre la piscina", sender);
    clock += 20 * DAY;
    await queue.add("out-of-scope", "A che ora apre la piscina", sender);
    await storage.close();

    const again = new ReviewQueue((await open()).review, { retentionDays: 30, now: () => clock });
    const items = await again.list();
    expect(items.map((i) => [i.kind, i.text, i.times])).toEqual([
      ["unsure", expect.not.stringContaining("Franca"), 1],
      ["out-of-scope", "a che ora apre la piscina", 2],
    ]);
    expect(await again.countsByKind()).toEqual({
      "out-of-scope": 2,
      unsure: 1,
      place: 0,
      reply: 0,
    });

    const [first] = items;
    expect(await again.remove(first?.id ?? "")).toBe(true);
    expect(await again.remove(first?.id ?? "")).toBe(false);
    expect(await again.get(first?.id ?? "")).toBeUndefined();

    clock += 11 * DAY; // the repeat is 11 days old, first queued 31 days ago: kept
    expect(await again.applyRetention()).toBe(0);
    clock += 20 * DAY;
    expect(await again.applyRetention()).toBe(1);
    expect(await again.list()).toEqual([]);
  });

  it("with review switched off, the queue keeps nothing and forgets what it held", async () => {
    const { storage } = await fresh();
    const sender = { locale: "it" as const, names: [] };
    await new ReviewQueue(storage.review, { retentionDays: 30, now: () => clock }).add(
      "place",
      "abito vicino al parco",
      sender,
    );
    const off = new ReviewQueue(storage.review, { retentionDays: 0, now: () => clock });
    await off.add("place", "in via Padova", sender);
    expect(await off.applyRetention()).toBe(1);
    expect(await storage.review.list()).toEqual([]);
  });
});
