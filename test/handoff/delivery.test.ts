import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { BotApiEmulator, type TestGroup } from "../../src/emulator/bot-api-emulator.js";
import type { HandoffRequest } from "../../src/handoff/request.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import {
  askForOperator,
  notificationOf,
  notificationsOf,
  REGISTERED,
  referenceIn,
  shown,
  until,
  untilPhoneQuestion,
} from "./steps.js";

describe("operators working in a forum supergroup", () => {
  const forum: TestGroup = { id: -1001300, title: "WeMi", type: "supergroup", is_forum: true };
  const operator = { id: 601, first_name: "Chiara", last_name: "Verdi" };
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ operatorChatId: forum.id });
    harness.emulator.addGroup(forum);
    harness.emulator.setMember(forum, operator);
  });
  afterAll(async () => {
    await harness.close();
  });

  it("each request gets a topic of its own, and what is written in it reaches the citizen and back", async () => {
    const { emulator, app } = harness;
    const first = citizen("Lidia");
    const second = citizen("Mario");
    const firstReference = await askForOperator(emulator, first);
    const secondReference = await askForOperator(emulator, second);
    const firstNotification = await notificationOf(emulator, app, forum, firstReference);
    const secondNotification = await notificationOf(emulator, app, forum, secondReference);

    const topics = emulator.topicsOf(forum.id);
    expect(topics.map((t) => t.name).sort()).toEqual(
      [
        `${firstReference} · Parlare con un operatore`,
        `${secondReference} · Parlare con un operatore`,
      ].sort(),
    );
    const topicOf = (reference: string) =>
      topics.find((t) => t.name.startsWith(reference))?.message_thread_id;
    expect(firstNotification.message_thread_id).toBe(topicOf(firstReference));
    expect(secondNotification.message_thread_id).toBe(topicOf(secondReference));

    emulator.pressButton(operator, firstNotification, `o:claim:${firstReference}`);
    await until(emulator, first.id, /ha preso in carico/);
    // Not a reply: any message in the topic is for that request's citizen.
    emulator.sendInGroup(forum, operator, "Ciao Lidia, ti chiamo oggi pomeriggio", {
      message_thread_id: topicOf(firstReference) as number,
    });
    expect(shown(await until(emulator, first.id, /Operatore WeMi/))).toBe(
      "👤 Operatore WeMi: Ciao Lidia, ti chiamo oggi pomeriggio",
    );
    expect(emulator.unreadMessages(second.id)).toEqual([]);

    emulator.sendText(first, "va benissimo");
    const relayed = await until(emulator, forum.id, /il cittadino scrive: va benissimo/);
    expect(relayed.message_thread_id).toBe(topicOf(firstReference));
  });
});

describe("Telegram failing when the operators are notified", () => {
  const operators: TestGroup = { id: -1001400, title: "Operatori", type: "supergroup" };
  let harness: Harness;
  let offset = 0;
  beforeAll(async () => {
    // The app's clock, moved forward by the story instead of waiting for the backoff.
    harness = await startHarness({ operatorChatId: operators.id, now: () => Date.now() + offset });
    harness.emulator.addGroup(operators);
  });
  afterAll(async () => {
    await harness.close();
  });

  it("a 500 then a 429: retried after the backoff and Telegram's retry_after, delivered exactly once", async () => {
    const { emulator, app } = harness;
    const toOperators = () =>
      emulator.callsTo("sendMessage").filter((c) => Number(c.params.chat_id) === operators.id);
    emulator.failNext("sendMessage", { status: 500, chatId: operators.id });
    emulator.failNext("sendMessage", { status: 429, retryAfter: 30, chatId: operators.id });

    const user = citizen("Pietro");
    const reference = await askForOperator(emulator, user);
    await emulator.waitFor(() => toOperators().length === 1);
    await app.outbox.flush();
    expect((await app.requests.get(reference))?.notification).toMatchObject({
      state: "pending",
      attempts: 1,
    });
    // Before the backoff (2 s) has passed, nothing is tried again.
    await app.outbox.flush();
    expect(toOperators()).toHaveLength(1);

    offset += 2_500;
    await app.outbox.flush();
    expect(toOperators().map((c) => c.error_code)).toEqual([500, 429]);
    offset += 20_000;
    await app.outbox.flush();
    expect(toOperators()).toHaveLength(2);

    offset += 11_000;
    await app.outbox.flush();
    expect(toOperators().map((c) => c.ok)).toEqual([false, false, true]);
    expect(notificationsOf(emulator, operators, reference)).toHaveLength(1);
    expect((await app.requests.get(reference))?.notification).toMatchObject({
      state: "sent",
      attempts: 3,
    });
    offset += 3_600_000;
    await app.outbox.flush();
    expect(notificationsOf(emulator, operators, reference)).toHaveLength(1);
    // The citizen was told at once, whatever Telegram did to the operators' message.
    expect(emulator.sentMessages(user.id).some((m) => REGISTERED.test(shown(m)))).toBe(true);
  });
});

describe("the bot process killed right after a request is confirmed", () => {
  const operators: TestGroup = { id: -1001500, title: "Operatori", type: "supergroup" };
  const emulator = new BotApiEmulator({ token: `424242:${"K".repeat(35)}` });
  let dataDir: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await emulator.start();
    emulator.addGroup(operators);
    dataDir = await mkdtemp(join(tmpdir(), "wemi-kill-"));
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** `npm start`, as deployed: the real entry point in its own process. */
  const startBot = () => {
    // It polls while it loads; it is up (signal handlers, outbox) once its menu is published.
    const menus = emulator.callsTo("setMyCommands").length;
    const up = () =>
      emulator.waitFor(
        () => emulator.callsTo("setMyCommands").length > menus,
        90_000,
        "the bot's start-up",
      );
    // node itself, not the tsx wrapper: the signals must reach the bot's own process.
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        BOT_TOKEN: emulator.token,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        DATA_DIR: dataDir,
        OPERATOR_CHAT_ID: String(operators.id),
        LOG_LEVEL: "error",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    children.push(child);
    const exited = new Promise<number | string | null>((resolve) =>
      child.once("exit", (code, signal) => resolve(code ?? signal)),
    );
    return { child, exited, up, stderr: () => stderr };
  };

  it("after a restart the request is there and the operators get exactly one notification", async () => {
    const user = citizen("Vittoria");
    const first = startBot();
    await first.up();
    await untilPhoneQuestion(emulator, user);
    emulator.shareContact(user, "+39 333 765 4321");
    emulator.pressButton(user, await until(emulator, user.id, /Quando preferisci/), "h:time:any");
    emulator.pressButton(user, await until(emulator, user.id, /nota per l'operatore/), "h:nonote");
    const summary = await until(emulator, user.id, /Controlla la tua richiesta/);
    emulator.pressButton(user, summary, "h:confirm:yes");
    await emulator.waitFor(() =>
      emulator.unreadMessages(user.id).some((m) => REGISTERED.test(shown(m))),
    );
    first.child.kill("SIGKILL");
    const reference = referenceIn(await until(emulator, user.id, REGISTERED));
    expect(await first.exited).toBe("SIGKILL");

    const log = join(dataDir, "handoffs", "requests.jsonl");
    expect(await readFile(log, "utf8")).toContain(reference);

    const second = startBot();
    await second.up();
    await emulator.waitFor(
      () => notificationsOf(emulator, operators, reference).length > 0,
      20_000,
      `waiting for the notification of ${reference} after the restart`,
    );
    // A graceful stop waits for the delivery in progress, which records the message sent.
    second.child.kill("SIGTERM");
    expect(await second.exited, second.stderr()).toBe(0);

    const versions = (await readFile(log, "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { put?: HandoffRequest })
      .flatMap((entry) => (entry.put?.reference === reference ? [entry.put] : []));
    expect(versions.at(-1)?.notification.state).toBe("sent");
    expect(versions.at(-1)?.contact?.phone).toBe("+393337654321");
    expect(notificationsOf(emulator, operators, reference)).toHaveLength(1);
    // The confirmation may be handled again after the kill (it was taken, not finished): the
    // citizen then reads "registered" twice, for the one request.
    const registered = emulator.sentMessages(user.id).filter((m) => REGISTERED.test(shown(m)));
    expect(new Set(registered.map(referenceIn))).toEqual(new Set([reference]));
    const all = (await readFile(log, "utf8")).trim().split("\n").slice(1);
    const requestsOfUser = new Set(
      all
        .map((line) => JSON.parse(line) as { put: HandoffRequest })
        .filter((entry) => entry.put.citizenChatId === user.id)
        .map((entry) => entry.put.reference),
    );
    expect(requestsOfUser).toEqual(new Set([reference]));
  }, 240_000);
});
