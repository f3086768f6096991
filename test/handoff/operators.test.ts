import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { askForOperator, notificationOf, shown, until, untilEdited } from "./steps.js";

const operators: TestGroup = { id: -1001200, title: "Operatori WeMi", type: "supergroup" };
const anna: TestUser = { id: 501, first_name: "Anna", last_name: "Rossi" };
const marco: TestUser = { id: 502, first_name: "Marco", last_name: "Bianchi" };
const outsider: TestUser = { id: 503, first_name: "Luca" };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ operatorChatId: operators.id });
  const { emulator } = harness;
  emulator.addGroup(operators);
  emulator.setMember(operators, anna, "member");
  emulator.setMember(operators, marco, "administrator");
});
afterAll(async () => {
  await harness.close();
});

/** A citizen's request, notified to the operators: the citizen, its reference and notification. */
async function newRequest(name: string) {
  const user = citizen(name);
  const reference = await askForOperator(harness.emulator, user);
  const notification = await notificationOf(harness.emulator, harness.app, operators, reference);
  return { user, reference, notification };
}

describe("an operator takes a request and talks with the citizen", () => {
  it("claim, replies both ways, close: each side sees what the other does", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Teresa");

    const claim = emulator.pressButton(anna, notification, `o:claim:${reference}`);
    expect((await emulator.waitForCallbackAnswer(claim)).text).toMatch(/Presa in carico/);
    await until(emulator, user.id, new RegExp(`ha preso in carico la tua richiesta ${reference}`));
    const claimed = await untilEdited(emulator, notification, (t) => /presa in carico da/.test(t));
    expect(shown(claimed)).toMatch(/presa in carico da Anna Rossi/);
    expect(emulator.buttonsOf(claimed).map((b) => b.data)).toEqual([`o:close:${reference}`]);

    const reply = emulator.sendInGroup(operators, anna, "Buongiorno, la chiamo domani alle 10", {
      reply_to_message: notification,
    });
    const relayed = await until(emulator, user.id, /Operatore WeMi/);
    expect(shown(relayed)).toBe("👤 Operatore WeMi: Buongiorno, la chiamo domani alle 10");
    await emulator.waitFor(() => emulator.reactionsOf(operators.id, reply.message_id).length > 0);
    expect(emulator.reactionsOf(operators.id, reply.message_id)).toEqual(["👍"]);

    emulator.sendText(user, "grazie, a domani");
    await until(emulator, user.id, /Inviato all'operatore/);
    const fromCitizen = await until(emulator, operators.id, /il cittadino scrive/);
    expect(shown(fromCitizen)).toBe(`💬 ${reference} – il cittadino scrive: grazie, a domani`);
    expect(fromCitizen.reply_to_message?.message_id).toBe(notification.message_id);

    const close = emulator.pressButton(anna, notification, `o:close:${reference}`);
    expect((await emulator.waitForCallbackAnswer(close)).text).toBe("Chiusa.");
    await until(emulator, user.id, new RegExp(`La tua richiesta ${reference} è stata chiusa`));
    const closed = await untilEdited(emulator, notification, (t) => /chiusa da/.test(t));
    expect(shown(closed)).toMatch(/chiusa da Anna Rossi/);
    expect(emulator.buttonsOf(closed)).toEqual([]);

    // Once closed, the citizen's words go back to the bot, not to the operators.
    const before = emulator.sentMessages(operators.id).length;
    emulator.sendText(user, "cerco una colf");
    await until(emulator, user.id, /Dove rivolgerti/);
    expect(emulator.sentMessages(operators.id)).toHaveLength(before);
  });

  it("messages of Telegram's full length reach the other side whole, in two parts", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Gemma");
    emulator.pressButton(anna, notification, `o:claim:${reference}`);
    await until(emulator, user.id, /ha preso in carico/);
    const long = `${"Le spiego i documenti che servono. ".repeat(117)}Fine.`.slice(0, 4096);
    emulator.sendInGroup(operators, anna, long, { reply_to_message: notification });
    const toCitizen = await emulator.waitForMessages(user.id, 2);
    expect(
      toCitizen
        .map(shown)
        .join(" ")
        .replace(/👤 Operatore WeMi: /g, ""),
    ).toBe(long);
    emulator.sendText(user, long);
    await until(emulator, user.id, /Inviato all'operatore/);
    const toOperators = emulator
      .sentMessages(operators.id)
      .filter((m) => shown(m).startsWith(`💬 ${reference} – il cittadino scrive`));
    expect(toOperators).toHaveLength(2);
  });

  // Session 39 typed trial: an operator answered the citizen's words by replying to them, as one
  // does in a group, not to the card above; nothing reached the citizen and she was not told.
  it("a reply to the citizen's relayed words reaches the citizen, and «chiudi» there closes", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Pia");
    emulator.pressButton(anna, notification, `o:claim:${reference}`);
    await until(emulator, user.id, /ha preso in carico/);
    emulator.sendText(user, "mi chiami dopo le 17");
    const words = await until(emulator, operators.id, new RegExp(`${reference} – il cittadino`));

    const reply = emulator.sendInGroup(operators, anna, "va bene, alle 17:30", {
      reply_to_message: words,
    });
    const relayed = await until(emulator, user.id, /Operatore WeMi/);
    expect(shown(relayed)).toBe("👤 Operatore WeMi: va bene, alle 17:30");
    await emulator.waitFor(() => emulator.reactionsOf(operators.id, reply.message_id).length > 0);

    emulator.sendInGroup(operators, anna, "chiudi", { reply_to_message: words });
    await until(emulator, user.id, new RegExp(`La tua richiesta ${reference} è stata chiusa`));
    expect(shown(await until(emulator, operators.id, /^Chiusa/))).toBe("Chiusa.");
  });

  it("a reply to a request not yet claimed is not passed on: the operator is asked to claim it", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Bruna");
    emulator.sendInGroup(operators, anna, "la chiamo io", { reply_to_message: notification });
    await until(emulator, operators.id, new RegExp(`Prendi in carico la richiesta ${reference}`));
    expect(emulator.unreadMessages(user.id)).toEqual([]);
  });

  it("two operators press «Prendo in carico» at the same moment: the first has it, the second is told who", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Silvana");
    const [first, second] = await Promise.all([
      emulator.waitForCallbackAnswer(
        emulator.pressButton(anna, notification, `o:claim:${reference}`),
      ),
      emulator.waitForCallbackAnswer(
        emulator.pressButton(marco, notification, `o:claim:${reference}`),
      ),
    ]);
    expect(first?.text).toMatch(/Presa in carico/);
    expect(second).toMatchObject({ text: "L'ha già presa Anna Rossi.", show_alert: true });
    expect((await harness.app.requests.get(reference))?.operator).toEqual({
      userId: anna.id,
      name: "Anna Rossi",
    });
    await until(emulator, user.id, /ha preso in carico/);
    expect(emulator.unreadMessages(user.id)).toEqual([]);
  });

  it("a claim tapped twice, a reply, a close, then another operator's claim from the card he still sees: one claim, closed stays closed", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Ornella");
    const claimBy = (operator: TestUser) =>
      emulator.pressButton(operator, notification, `o:claim:${reference}`);
    // Two taps before the card changes (a slow phone): both reach the bot.
    const [first, again] = [claimBy(anna), claimBy(anna)];
    expect((await emulator.waitForCallbackAnswer(first))?.text).toMatch(/Presa in carico/);
    await emulator.waitForCallbackAnswer(again);
    await until(emulator, user.id, /ha preso in carico/);
    const settled = () => new Promise((resolve) => setTimeout(resolve, 300));
    const taken = () =>
      emulator.unreadMessages(user.id).filter((m) => /preso in carico/.test(m.text ?? ""));
    await settled();
    expect(taken()).toEqual([]);
    emulator.sendInGroup(operators, anna, "Buongiorno, la chiamo oggi pomeriggio", {
      reply_to_message: notification,
    });
    await until(emulator, user.id, /la chiamo oggi pomeriggio/);

    // Marco taps «Prendo in carico» on the card as his chat still shows it, just after the close.
    await untilEdited(emulator, notification, (t) => /presa in carico da/.test(t));
    const close = emulator.pressButton(anna, notification, `o:close:${reference}`);
    const query = emulator.pressButton(anna, notification, `o:close:${reference}`);
    query.from = { id: marco.id, is_bot: false, first_name: marco.first_name };
    query.data = `o:claim:${reference}`;
    expect((await emulator.waitForCallbackAnswer(close))?.text).toBe("Chiusa.");
    const late = await emulator.waitForCallbackAnswer(query);
    expect(late?.text).not.toMatch(/Presa in carico/);
    await until(emulator, user.id, new RegExp(`La tua richiesta ${reference} è stata chiusa`));
    const request = await harness.app.requests.get(reference);
    expect(request?.status).toBe("closed");
    expect(request?.operator).toEqual({ userId: anna.id, name: "Anna Rossi" });
    // One «taken» for the citizen, not one per tap nor one for Marco.
    await settled();
    expect(taken()).toEqual([]);
  });

  it("someone outside the operators' group cannot claim or close", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Iolanda");
    for (const data of [`o:claim:${reference}`, `o:close:${reference}`]) {
      const answer = await emulator.waitForCallbackAnswer(
        emulator.pressButton(outsider, notification, data),
      );
      expect(answer).toMatchObject({
        text: "Solo gli operatori di questo gruppo possono farlo.",
        show_alert: true,
      });
    }
    emulator.setMember(operators, outsider, "left");
    const left = await emulator.waitForCallbackAnswer(
      emulator.pressButton(outsider, notification, `o:claim:${reference}`),
    );
    expect(left.text).toMatch(/Solo gli operatori/);
    expect((await harness.app.requests.get(reference))?.status).toBe("open");
    expect(emulator.unreadMessages(user.id)).toEqual([]);
  });

  it("forged buttons (an unknown reference, or another request's on this notification) do nothing", async () => {
    const { emulator } = harness;
    const mine = await newRequest("Elvira");
    const other = await newRequest("Cesare");
    const forge = (data: string) => {
      const query = emulator.pressButton(anna, mine.notification, `o:claim:${mine.reference}`);
      // A client may send any data with a press: rewritten before the bot sees it.
      query.data = data;
      return emulator.waitForCallbackAnswer(query);
    };
    for (const data of [
      "o:claim:WM-ZZZZ",
      `o:claim:${other.reference}`,
      `o:close:${other.reference}`,
    ]) {
      expect((await forge(data)).text, data).toBe("Richiesta non trovata.");
    }
    expect((await harness.app.requests.get(other.reference))?.status).toBe("open");
    expect((await harness.app.requests.get(mine.reference))?.status).toBe("open");
    expect(emulator.unreadMessages(other.user.id)).toEqual([]);
  });

  it("a citizen who blocks the bot while waiting: the operators are told at once", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Bruna");
    emulator.blockBot(user.id);
    const warning = await until(
      emulator,
      operators.id,
      new RegExp(`${reference}: il cittadino ha bloccato il bot`),
    );
    expect(warning.reply_to_message?.message_id).toBe(notification.message_id);
  });

  it("a citizen who blocked the bot: the operator who writes to them is told", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Aldo");
    emulator.pressButton(anna, notification, `o:claim:${reference}`);
    await until(emulator, user.id, /ha preso in carico/);
    emulator.blockBot(user.id);
    emulator.sendInGroup(operators, anna, "Buongiorno Aldo, la chiamo alle 11?", {
      reply_to_message: notification,
    });
    const warning = await until(emulator, operators.id, /ha bloccato il bot/);
    expect(shown(warning)).toBe(
      `⚠️ ${reference}: il cittadino ha bloccato il bot, i messaggi non gli arrivano più.`,
    );
    expect(warning.reply_to_message?.message_id).toBe(notification.message_id);
  });
});

describe("erasure reaches the operators' chat", () => {
  it("after /cancella_dati the card shows no name or phone and the citizen's relayed words are gone", async () => {
    const { emulator } = harness;
    const { user, reference, notification } = await newRequest("Ornella");
    emulator.pressButton(anna, notification, `o:claim:${reference}`);
    await until(emulator, user.id, /ha preso in carico/);
    emulator.sendText(user, "il mio indirizzo è via Tortona 12, terzo piano");
    const relayed = await until(emulator, operators.id, /il cittadino scrive/);
    expect(shown(await emulator.nextBotMessage(user.id))).toMatch(/Inviato/);

    emulator.sendText(user, "/cancella_dati");
    const confirm = await until(emulator, user.id, /cancell/i);
    emulator.pressButton(user, confirm, "e:yes");
    await until(emulator, user.id, /cancellat/i);
    await emulator.waitFor(
      () => emulator.isDeleted(operators.id, relayed.message_id),
      10_000,
      "waiting for the relayed message to be deleted",
    );
    const card = emulator.messageById(operators.id, notification.message_id);
    expect(shown(card ?? notification)).not.toMatch(/\+39|Ornella/);
    expect(shown(card ?? notification)).toMatch(/dati cancellati/);
  });
});

describe("a notification that reached the operators' chat twice", () => {
  it("either copy's buttons act on the one request, and replies under either reach the citizen", async () => {
    const { emulator, app } = harness;
    // Telegram takes the card but its answer is lost: the bot cannot know, and sends it again.
    emulator.dropNext("sendMessage", { kind: "lose-response", chatId: operators.id });
    const user = citizen("Vera");
    const reference = await askForOperator(emulator, user);
    await app.outbox.flush();
    await emulator.waitFor(
      () => shown(emulator.lastMessage(operators.id) ?? ({} as never)).includes(reference),
      10_000,
    );
    // The retry waits for its backoff; the test moves it along.
    await emulator.waitFor(
      () =>
        emulator
          .sentMessages(operators.id)
          .filter((m) => shown(m).includes(`Richiesta ${reference}`)).length === 2,
      15_000,
      "waiting for the second copy",
    );
    const [first, second] = emulator
      .sentMessages(operators.id)
      .filter((m) => shown(m).includes(`Richiesta ${reference}`));
    expect(shown(second as never)).toMatch(/Può ripetere una notifica già arrivata/);

    const claim = emulator.pressButton(marco, first as never, `o:claim:${reference}`);
    expect((await emulator.waitForCallbackAnswer(claim)).text).toMatch(/Presa in carico/);
    expect((await app.requests.get(reference))?.status).toBe("claimed");
    emulator.sendInGroup(operators, marco, "La chiamo oggi", { reply_to_message: first as never });
    await until(emulator, user.id, /La chiamo oggi/);
  }, 30_000);
});
