import { join } from "node:path";
import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { UpdateJournal } from "../../src/storage/update-journal.js";
import { askForOperator, notificationOf, until, untilEdited } from "../handoff/steps.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { answerTo, isPlaceQuestion, readUntil, shown } from "./story.js";

const APOLOGY = /qualcosa non ha funzionato/;
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("non-essential calls never spoil the essential answer", () => {
  it("a Bot API server without setMyCommands (or failing it) still lets the bot start and answer", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    await harness.stopBot();
    emulator.failAlways("setMyCommands", {
      status: 404,
      description: "Not Found: method not found",
    });
    await harness.startBot();
    const user = citizen("Gino");
    emulator.sendText(user, "mi serve una badante, abito a Niguarda");
    expect((await answerTo(emulator, user)).text).toMatch(/Dove rivolgerti/);
  });

  it("a map pin that fails after a good answer brings no apology", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    emulator.failAlways("sendVenue", { status: 500 });
    const user = citizen("Ida");
    emulator.sendText(user, "mi serve una badante per mio padre");
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "Niguarda");
    await answerTo(emulator, user);
    await emulator.waitFor(() => emulator.callsTo("sendVenue").length > 0);
    emulator.sendText(user, "/aiuto");
    await emulator.nextBotMessage(user.id);
    expect(emulator.sentMessages(user.id).map(shown).join("\n")).not.toMatch(APOLOGY);
  });
});

describe("the network and Telegram's limits", () => {
  it("after an outage the bot answers within seconds of the network coming back", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    emulator.setOffline(true);
    const user = citizen("Olivia");
    emulator.sendText(user, "mi serve una badante, abito a Niguarda");
    // Long enough for a doubling backoff to reach several seconds.
    await new Promise((resolve) => setTimeout(resolve, 6000));
    emulator.setOffline(false);
    const back = Date.now();
    await emulator.waitFor(() => emulator.sentMessages(user.id).length > 0, 10_000);
    expect(Date.now() - back).toBeLessThan(10_000);
  }, 30_000);

  it("a 429 asking to wait longer than 30 s: the citizen is answered once allowed, with no apology", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const user = citizen("Rita");
    emulator.failNext("sendMessage", { status: 429, retryAfter: 31, chatId: user.id });
    emulator.sendText(user, "/aiuto");
    await emulator.waitFor(() => emulator.sentMessages(user.id).length > 0, 40_000);
    expect(emulator.sentMessages(user.id).map(shown).join("\n")).not.toMatch(APOLOGY);
    expect(emulator.callsTo("sendMessage").filter((c) => c.error_code === 429)).toHaveLength(1);
  }, 60_000);
});

describe("a citizen who blocked the bot", () => {
  it("gets no apology written after a 403: it could not arrive either", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const user = citizen("Bruno");
    emulator.failNext("sendMessage", {
      status: 403,
      description: "Forbidden: bot was blocked by the user",
      chatId: user.id,
    });
    emulator.sendText(user, "/aiuto");
    await emulator.waitFor(() => emulator.callsTo("sendMessage").length > 0);
    emulator.sendText(user, "/privacy");
    await emulator.nextBotMessage(user.id);
    const written = emulator.callsTo("sendMessage").map((call) => String(call.params.text));
    expect(written.join("\n")).not.toMatch(APOLOGY);
  });
});

describe("updates the previous run took and did not finish", () => {
  it("a button pressed just before a kill -9 is still answered after the restart", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    const user = citizen("Sara");
    emulator.sendText(user, "/cancella_dati");
    const question = await emulator.nextBotMessage(user.id);
    await harness.stopBot();
    // What the killed process did: take the update from Telegram, journal it, confirm it.
    const press = emulator.pressButton(user, question, "e:no");
    const api = new Api(emulator.token, { apiRoot: emulator.apiRoot });
    const taken = await api.getUpdates({ timeout: 0 });
    await new UpdateJournal(join(harness.dataDir, "updates")).record(taken);
    await api.getUpdates({ offset: (taken.at(-1)?.update_id ?? 0) + 1, timeout: 0 });
    expect(emulator.pendingUpdateCount).toBe(0);

    await harness.startBot();
    await emulator.waitForCallbackAnswer(press);
    expect(shown(await emulator.nextBotMessage(user.id))).toMatch(/non ho cancellato nulla/);
  });

  it("a message journaled but not yet confirmed before a kill -9 is answered once, and then confirmed", async () => {
    harness = await startHarness();
    const { emulator } = harness;
    await harness.stopBot();
    // The killed process took the update and journaled it; Telegram still holds it.
    const user = citizen("Ugo");
    emulator.sendText(user, "/aiuto");
    const api = new Api(emulator.token, { apiRoot: emulator.apiRoot });
    await new UpdateJournal(join(harness.dataDir, "updates")).record(
      await api.getUpdates({ timeout: 0 }),
    );

    await harness.startBot();
    await emulator.nextBotMessage(user.id);
    // Telegram sends it again; the bot, which answered it from the journal, lets it go
    // (confirms it) without a second answer, and without asking for it again and again.
    await emulator.waitFor(() => emulator.pendingUpdateCount === 0, 3000, "the update confirmed");
    emulator.sendText(user, "/privacy");
    await emulator.nextBotMessage(user.id);
    expect(emulator.sentMessages(user.id)).toHaveLength(2);
  });
});

describe("operators' actions", () => {
  const operators: TestGroup = { id: -1001800, title: "Operatori", type: "supergroup" };
  const maria = { id: 801, first_name: "Maria" };

  /** A citizen's request, its card in the operators' chat, where Maria is a member. */
  async function requestOnCard(name: string) {
    harness = await startHarness({ operatorChatId: operators.id });
    const { emulator, app } = harness;
    emulator.addGroup(operators);
    emulator.setMember(operators, maria);
    const user = citizen(name);
    const reference = await askForOperator(emulator, user);
    const card = await notificationOf(emulator, app, operators, reference);
    return { emulator, app, user, reference, card };
  }

  it("a getChatMember that keeps failing does not hold an operator's button for long", async () => {
    const { emulator, app, reference, card } = await requestOnCard("Teo");
    await emulator.waitForCallbackAnswer(emulator.pressButton(maria, card, "🙋 Prendo in carico"));

    emulator.failAlways("getChatMember", { status: 500 });
    const started = Date.now();
    const answer = await emulator.waitForCallbackAnswer(
      emulator.pressButton(maria, card, "✅ Chiudi"),
      10_000,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(answer.text).toMatch(/chiusa/i);
    expect((await app.requests.get(reference))?.status).toBe("closed");
  });

  it("a press whose answer Telegram refuses still takes the request: the citizen is told, the card changes", async () => {
    const { emulator, user, card } = await requestOnCard("Livia");
    // More 500s than the bot retries: the answer to the press is lost for good.
    emulator.failNext("answerCallbackQuery", { status: 500, times: 3 });
    emulator.pressButton(maria, card, "🙋 Prendo in carico");
    await until(emulator, user.id, /ha preso in carico/);
    await untilEdited(emulator, card, (text) => /presa in carico da Maria/.test(text));
  });

  it("when Telegram cannot say who is in the group, a new operator is asked to try again, not refused", async () => {
    const { emulator, card } = await requestOnCard("Nadia");
    emulator.failAlways("getChatMember", { status: 429, retryAfter: 31 });
    const answer = await emulator.waitForCallbackAnswer(
      emulator.pressButton(maria, card, "🙋 Prendo in carico"),
      10_000,
    );
    expect(answer.text).not.toMatch(/Solo gli operatori/);
    expect(answer.text).toMatch(/riprova/i);
  });

  it("a reaction Telegram refuses still leaves the operator a sign that the reply went through", async () => {
    const { emulator, user, card } = await requestOnCard("Ugo");
    await emulator.waitForCallbackAnswer(emulator.pressButton(maria, card, "🙋 Prendo in carico"));
    emulator.failAlways("setMessageReaction", {
      status: 400,
      description: "Bad Request: REACTION_INVALID",
    });
    emulator.sendInGroup(operators, maria, "La chiamo alle 10", { reply_to_message: card });
    await emulator.waitFor(() =>
      emulator.sentMessages(user.id).some((m) => /La chiamo alle 10/.test(shown(m))),
    );
    await emulator.waitFor(() =>
      emulator.sentMessages(operators.id).some((m) => /Inviato|inviato/.test(shown(m))),
    );
  });
});
