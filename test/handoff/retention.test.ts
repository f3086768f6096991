import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LogHandoffStore } from "../../src/handoff/log-store.js";
import { claim, close, erase, type HandoffRequest } from "../../src/handoff/request.js";
import { applyRetention } from "../../src/handoff/retention.js";

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let clock: number;
let store: LogHandoffStore;

const draft = (name: string): Omit<HandoffRequest, "reference" | "createdAt" | "updatedAt"> => ({
  status: "open",
  citizenChatId: 501,
  locale: "it",
  intent: "badante",
  municipio: 8,
  area: "Quarto Oggiaro",
  spaceId: "capuana",
  recommendedSpaces: ["tate_colf_badanti", "capuana"],
  contact: {
    name,
    phone: "+393331234567",
    preferredTime: "Mattina",
    note: "citofono rotto",
    needText: "mia madre",
  },
  operator: null,
  notification: { chatId: -100, state: "sent", attempts: 1, nextAttemptAt: 0, messageId: 9 },
  closedAt: null,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-retention-"));
  clock = Date.UTC(2026, 0, 1);
  store = await LogHandoffStore.open(join(dir, "requests.jsonl"), { now: () => clock });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe("closed requests lose their personal fields after the retention period", () => {
  it("erases only what is closed and old enough, everywhere in the file", async () => {
    const operator = { userId: 7, name: "Luca" };
    const old = await store.create(draft("Maria Vecchia"));
    const recent = await store.create(draft("Paola Recente"));
    const open = await store.create(draft("Anna Aperta"));
    await store.update(old.reference, (r) => close(r, operator, clock).request);
    clock += 60 * DAY;
    await store.update(recent.reference, (r) => close(r, operator, clock).request);
    clock += 31 * DAY;

    expect(await applyRetention(store, 90, clock)).toBe(1);

    expect((await store.get(old.reference))?.contact).toBeNull();
    expect((await store.get(old.reference))?.status).toBe("closed");
    expect((await store.get(recent.reference))?.contact?.name).toBe("Paola Recente");
    expect((await store.get(open.reference))?.contact?.name).toBe("Anna Aperta");
    const file = await readFile(join(dir, "requests.jsonl"), "utf8");
    expect(file).not.toContain("Maria Vecchia");
    expect(file).toContain("Paola Recente");
  });

  it("does nothing, and rewrites nothing, when nothing is due", async () => {
    await store.create(draft("Anna"));
    const before = await readFile(join(dir, "requests.jsonl"), "utf8");
    expect(await applyRetention(store, 90, clock + 365 * DAY)).toBe(0);
    expect(await readFile(join(dir, "requests.jsonl"), "utf8")).toBe(before);
  });
});

describe("claiming", () => {
  it("is won by the first operator; the second is told who has it; repeating is harmless", async () => {
    const request = await store.create(draft("Anna"));
    const first = claim(request, { userId: 1, name: "Anna Rossi" }, clock);
    expect(first.kind).toBe("claimed");
    const taken = first.request;
    expect(claim(taken, { userId: 2, name: "Bruno" }, clock)).toMatchObject({
      kind: "taken",
      request: { operator: { name: "Anna Rossi" } },
    });
    expect(claim(taken, { userId: 1, name: "Anna Rossi" }, clock).kind).toBe("already-yours");
    expect(
      claim(
        close(taken, { userId: 1, name: "Anna Rossi" }, clock).request,
        { userId: 2, name: "Bruno" },
        clock,
      ).kind,
    ).toBe("not-open");
  });
});

describe("finding a citizen's requests", () => {
  it("by chat, and no longer once erased", async () => {
    const mine = await store.create(draft("Anna"));
    await store.create({ ...draft("Bea"), citizenChatId: 999 });
    expect((await store.list({ citizenChatId: 501 })).map((r) => r.reference)).toEqual([
      mine.reference,
    ]);
    expect(await store.list({ citizenChatId: 501, status: "closed" })).toEqual([]);
    await store.update(mine.reference, (r) => erase(r, clock));
    expect(await store.list({ citizenChatId: 501 })).toEqual([]);
    expect(await store.list()).toHaveLength(2);
  });
});
