import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { LogHandoffStore } from "../../src/handoff/log-store.js";
import {
  dailyQuestionsSchema,
  keyValueDailyQuestions,
  QuestionStats,
} from "../../src/stats/questions.js";
import { JsonDirectoryStore } from "../../src/storage/json-directory-store.js";
import { askForOperator, REGISTERED, shown, until } from "../handoff/steps.js";
import { FaultyDisk } from "../support/faulty-disk.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { requestDraft } from "../support/requests.js";

const draft = requestDraft(42);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-full-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("the request log on a full disk", () => {
  it("refuses the write, leaves no broken line, takes writes again once space is freed, and reopens", async () => {
    const disk = new FaultyDisk();
    const file = join(dir, "requests.jsonl");
    const store = await LogHandoffStore.open(file, { disk });
    const first = await store.create(draft);
    disk.fail("ENOSPC");
    await expect(store.create(draft)).rejects.toMatchObject({ code: "ENOSPC" });
    await expect(
      store.update(first.reference, (r) => ({ ...r, status: "claimed" })),
    ).rejects.toMatchObject({ code: "ENOSPC" });
    disk.free();
    const second = await store.create(draft);
    await store.close();

    const reopened = await LogHandoffStore.open(file);
    expect((await reopened.list()).map((r) => r.reference)).toEqual([
      first.reference,
      second.reference,
    ]);
    expect((await reopened.get(first.reference))?.status).toBe("open");
    await reopened.close();
  });
});

describe("question counts on a full disk", () => {
  it("are kept in memory, never crash the timer, and are written once space is freed", async () => {
    const disk = new FaultyDisk();
    const errors: unknown[] = [];
    const store = new JsonDirectoryStore(dir, dailyQuestionsSchema, undefined, disk);
    const stats = new QuestionStats(
      keyValueDailyQuestions(store),
      () => Date.UTC(2026, 10, 20),
      5,
      (e) => errors.push(e),
    );
    disk.fail("ENOSPC");
    stats.record("badante");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors.length).toBeGreaterThan(0);
    stats.record(null);
    disk.free();
    await stats.flush();
    expect(await stats.since(Date.UTC(2026, 10, 1))).toEqual({
      total: 2,
      fallback: 1,
      intents: { badante: 1 },
    });
  });
});

describe("the bot on a disk that fills up while it runs", () => {
  const operators: TestGroup = { id: -1001700, title: "Operatori", type: "supergroup" };
  let harness: Harness;
  const disk = new FaultyDisk();
  beforeEach(async () => {
    harness = await startHarness({ operatorChatId: operators.id, dataDir: dir, disk });
    harness.emulator.addGroup(operators);
  });
  afterEach(async () => {
    disk.free();
    await harness.close();
  });

  it("tells the citizen plainly to come to a space, tells the operators once, and recovers", async () => {
    const { emulator } = harness;
    const anna = citizen("Anna");
    const bruno = citizen("Bruno");
    // Only the request log fills up: the dialogue itself can still be saved.
    disk.fail("ENOSPC", (path) => path.includes("handoffs"));
    emulator.sendText(anna, "vorrei parlare con un operatore, abito a Niguarda");
    await expect(askForOperatorAfterStart(harness, anna)).resolves.toMatch(
      /non riesco a registrare richieste/,
    );
    emulator.sendText(bruno, "vorrei parlare con un operatore, abito a Niguarda");
    await expect(askForOperatorAfterStart(harness, bruno)).resolves.toMatch(
      /non riesco a registrare richieste/,
    );
    await emulator.waitFor(() =>
      emulator.sentMessages(operators.id).some((m) => /non riesce a salvare/.test(shown(m))),
    );
    disk.free();
    const carla = citizen("Carla");
    await askForOperator(emulator, carla);
    await emulator.waitFor(() =>
      emulator.sentMessages(operators.id).some((m) => /di nuovo a salvare/.test(shown(m))),
    );
    const notices = emulator
      .sentMessages(operators.id)
      .filter((m) => /non riesce a salvare/.test(shown(m)));
    expect(notices).toHaveLength(1);

    // And it starts again on the same data, no line to delete by hand.
    await harness.stopBot();
    await harness.startBot();
    expect((await harness.app.requests.list()).map((r) => r.citizenChatId)).toEqual([carla.id]);
  }, 60_000);

  it("a request confirmed while the dialogue's files cannot be written is registered once, card and all, and kept across a restart", async () => {
    const { emulator } = harness;
    const dario = citizen("Dario");
    // The request log still takes writes; the chat's dialogue and preferences do not.
    disk.fail("ENOSPC", (path) => /[/\\](conversations|profiles)[/\\]/.test(path));
    const reference = await askForOperator(emulator, dario);
    await emulator.waitFor(() =>
      emulator.sentMessages(operators.id).some((m) => shown(m).includes(reference)),
    );
    // Space freed, then a restart: what waited in memory is written on the way out.
    disk.free();
    await harness.stopBot();
    await harness.startBot();
    const stored = await harness.app.requests.list();
    expect(stored.map((r) => r.citizenChatId)).toEqual([dario.id]);
    const cards = emulator
      .sentMessages(operators.id)
      .filter((m) => shown(m).includes(reference) && !/non riesce a salvare/.test(shown(m)));
    expect(cards).toHaveLength(1);
  }, 60_000);

  it("does not die when the question counts cannot be written", async () => {
    const { emulator } = harness;
    disk.fail("EROFS", (path) => path.includes("stats"));
    const dario = citizen("Dario");
    emulator.sendText(dario, "mi serve una badante per mia madre, abito a Niguarda");
    await until(emulator, dario.id, /WeMi/);
    await harness.app.outbox.flush();
    // The counts flush every 5 s; stopping flushes them now, and must not throw either.
    await harness.stopBot();
    disk.free();
    await harness.startBot();
  }, 30_000);
});

/** Goes through the handoff until its last answer; returns that answer's text. */
async function askForOperatorAfterStart(harness: Harness, user: { id: number }) {
  const { emulator } = harness;
  const person = { id: user.id, first_name: "X" };
  const consent = await until(emulator, user.id, /Sei d'accordo\?/);
  emulator.pressButton(person, consent, "h:consent:yes");
  emulator.pressButton(person, await until(emulator, user.id, /Come ti chiami/), "h:name");
  await until(emulator, user.id, /A che numero/);
  emulator.shareContact(person, "+39 333 123 4567");
  emulator.pressButton(person, await until(emulator, user.id, /Quando preferisci/), "h:time:any");
  emulator.pressButton(person, await until(emulator, user.id, /nota per l'operatore/), "h:nonote");
  const summary = await until(emulator, user.id, /Controlla la tua richiesta/);
  emulator.pressButton(person, summary, "h:confirm:yes");
  const last = await until(emulator, user.id, /spazio WeMi|Richiesta registrata|qualcosa/);
  expect(REGISTERED.test(shown(last))).toBe(false);
  return shown(last);
}
