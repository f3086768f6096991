import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { answerTo, isAnswer, isPlaceQuestion, last, readUntil, spacesIn } from "./story.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

describe("changing one's mind", () => {
  it("/annulla during the place question: the next message is a new need, not a place", async () => {
    const user = citizen("Nadia");
    harness.emulator.sendText(user, "cerco una badante per mio padre");
    await readUntil(harness.emulator, user, isPlaceQuestion);

    harness.emulator.sendText(user, "/annulla");
    const cancelled = await harness.emulator.nextBotMessage(user.id);
    expect(cancelled.text).toMatch(/ho interrotto/);
    expect(harness.emulator.replyKeyboardOf(user.id)).toBeUndefined();

    harness.emulator.sendText(user, "mio figlio ha la dislessia");
    const [next] = await readUntil(harness.emulator, user, isPlaceQuestion);
    expect(next && isPlaceQuestion(next)).toBe(true);
    harness.emulator.sendText(user, "Municipio 8");
    const answer = await answerTo(harness.emulator, user);
    expect(answer.text).toMatch(/DSA/);
    expect(answer.text).not.toMatch(/badante/i);
  });

  it("/annulla with nothing in progress says so", async () => {
    const user = citizen("Olga");
    harness.emulator.sendText(user, "/annulla");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(
      /nessuna domanda in corso/,
    );
  });
});

describe("buttons that no longer mean anything", () => {
  it("/annulla at «Intendevi…?» stops the question, though no dialogue waits on disk", async () => {
    const user = citizen("Berto");
    harness.emulator.sendText(user, "per mia nonna anziana");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(/Intendevi/);
    harness.emulator.sendText(user, "/annulla");
    expect((await harness.emulator.nextBotMessage(user.id)).text).toMatch(/ho interrotto/);
  });

  it("a button of an earlier «Intendevi…?» still does what it says, its need carried by the button", async () => {
    const user = citizen("Bruno");
    harness.emulator.sendText(user, "per mia nonna anziana");
    const didYouMean = await harness.emulator.nextBotMessage(user.id);
    expect(didYouMean.text).toMatch(/Intendevi/);
    harness.emulator.sendText(user, "/annulla");
    await harness.emulator.nextBotMessage(user.id);

    const guess = harness.emulator.buttonsOf(didYouMean).find((b) => b.data?.startsWith("a:"));
    harness.emulator.pressButton(user, didYouMean, guess?.data as string);
    const next = await harness.emulator.nextBotMessage(user.id);
    expect(next.text).toMatch(/In che zona/);
  });

  it("forged callback data is answered politely, in and out of a question", async () => {
    const user = citizen("Carla");
    harness.emulator.sendText(user, "/start");
    const welcome = await harness.emulator.nextBotMessage(user.id);
    const forge = (data: string) => {
      const query = harness.emulator.pressButton(user, welcome, "n:badante");
      // A client may send anything: rewrite the data before the bot sees it.
      query.data = data;
      return query;
    };
    for (const data of ["n:nonexistent", "zz:<b>", "m:../../etc", "l:fr", "x".repeat(64)]) {
      const answer = await harness.emulator.waitForCallbackAnswer(forge(data));
      expect(answer.text, data).toMatch(/non è più attivo/);
    }

    harness.emulator.sendText(user, "mi serve una colf");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    const inQuestion = await harness.emulator.waitForCallbackAnswer(forge("zz:forged"));
    expect(inQuestion).toBeDefined();
    // The question is still open: a place still answers it.
    harness.emulator.sendText(user, "Municipio 4");
    const answer = await answerTo(harness.emulator, user);
    expect(spacesIn(answer)).toContain("WeMi Piazzetta");
  });
});

describe("messages the bot cannot read", () => {
  it("a sticker, a photo, a voice note and a document get guidance; the place question stays open", async () => {
    const user = citizen("Dario");
    harness.emulator.sendText(user, "mia nonna ha bisogno dei pasti a domicilio");
    await readUntil(harness.emulator, user, isPlaceQuestion);

    harness.emulator.sendSticker(user);
    harness.emulator.sendPhoto(user, "la mia via");
    harness.emulator.sendVoice(user);
    harness.emulator.sendDocument(user);
    const replies = await harness.emulator.waitForMessages(user.id, 4);
    for (const reply of replies) {
      expect(reply.text).toMatch(/solo messaggi scritti/);
      // The area is asked: not «tell me what you need», which sends the citizen elsewhere.
      expect(reply.text).not.toMatch(/di cosa hai bisogno/);
    }

    harness.emulator.sendText(user, "Municipio 8");
    const answer = await answerTo(harness.emulator, user);
    expect(answer.text).toMatch(/Pasti a domicilio/);
    expect(spacesIn(answer)).toContain("WeMi Pacinotti");
  });

  it("a 10,000-character message is understood by its opening and answered within Telegram's limits", async () => {
    const user = citizen("Gianna");
    const opening = "mia madre ha 87 anni e non riesce più a stare da sola, cerco una badante. ";
    const long = `${opening}${"Vi racconto tutta la situazione. ".repeat(400)}`.slice(0, 10_000);
    expect(long).toHaveLength(10_000);
    harness.emulator.sendText(user, long);

    // The need at the opening must not be lost in the story: asked straight, or offered first.
    const [first] = await readUntil(harness.emulator, user, () => true);
    if (!first) throw new Error("no reply");
    if (!isPlaceQuestion(first)) {
      expect(first.text).toMatch(/Intendevi/);
      expect(harness.emulator.buttonsOf(first)[0]?.data).toBe("a:badante");
      harness.emulator.pressButton(user, first, "a:badante");
      await readUntil(harness.emulator, user, isPlaceQuestion);
    }
    harness.emulator.sendText(user, "Municipio 1");
    const answer = await answerTo(harness.emulator, user);
    expect(answer.text).toMatch(/badante/i);
    expect(spacesIn(answer)).toContain("WeMi Tate/Colf/Badanti");
    const refused = harness.emulator.calls.filter(
      (call) => !call.ok && String(call.params.chat_id) === String(user.id),
    );
    expect(refused).toEqual([]);
  });

  it("an edited message is acknowledged and does not disturb the question in progress", async () => {
    const user = citizen("Enzo");
    const first = harness.emulator.sendText(user, "cerco una badante");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.editText(user, first, "cerco una colf");
    const reply = await harness.emulator.nextBotMessage(user.id);
    expect(reply.text).toMatch(/modificato un messaggio/);
    harness.emulator.sendText(user, "Municipio 9");
    const answer = await answerTo(harness.emulator, user);
    expect(spacesIn(answer)).toContain("WeMi Ornato");
  });
});

describe("groups", () => {
  it("in a group that is not the operators' the bot says it works in private, and leaves", async () => {
    const group = { id: -100_777, title: "Condominio via Padova", type: "group" as const };
    const member = citizen("Fabio");
    harness.emulator.sendInGroup(group, member, "cerco una badante");
    const said = await harness.emulator.nextBotMessage(group.id);
    expect(said.text).toMatch(/chat privata/);
    await harness.emulator.waitFor(() => harness.emulator.hasLeft(group.id));
    expect(harness.emulator.sentMessages(group.id)).toHaveLength(1);
  });
});

describe("Telegram errors", () => {
  it("a refused message inside the dialogue does not leave the chat stuck (conversations #155)", async () => {
    const user = citizen("Irene");
    harness.emulator.sendText(user, "cerco una badante per mio padre");
    await readUntil(harness.emulator, user, isPlaceQuestion);

    harness.emulator.failNext("sendMessage", { status: 400, description: "Bad Request: test" });
    harness.emulator.sendText(user, "Municipio 8");
    const apology = await readUntil(harness.emulator, user, (m) =>
      /qualcosa non ha funzionato/.test(m.text ?? ""),
    );
    expect(apology.some(isAnswer)).toBe(false);

    // The area given before the failure is remembered: the next need is answered for it.
    harness.emulator.sendText(user, "mi serve una colf per le pulizie di casa");
    const answer = await answerTo(harness.emulator, user);
    expect(answer.text).toMatch(/Uso la zona che mi hai indicato: Municipio 8/);
    expect(answer.text).toMatch(/Colf/);
    expect(spacesIn(answer)).toContain("WeMi Capuana");
  });

  it("a refused first question is apologised for, and the next message starts afresh", async () => {
    const user = citizen("Mirco");
    harness.emulator.failNext("sendMessage", { status: 400, description: "Bad Request: test" });
    harness.emulator.sendText(user, "cerco una badante per mio padre");
    await readUntil(harness.emulator, user, (m) => /qualcosa non ha funzionato/.test(m.text ?? ""));

    harness.emulator.sendText(user, "mio figlio ha la dislessia");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "Municipio 8");
    expect((await answerTo(harness.emulator, user)).text).toMatch(/DSA/);
  });

  it("a button pressed too long ago still does its job", async () => {
    const user = citizen("Luca");
    harness.emulator.sendText(user, "per mia nonna anziana");
    const didYouMean = await harness.emulator.nextBotMessage(user.id);
    expect(didYouMean.text).toMatch(/Intendevi/);
    // What Telegram says when the bot answers a press after its 15-second window.
    const tooOld = {
      status: 400,
      description:
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
    };
    harness.emulator.failNext("answerCallbackQuery", tooOld);
    harness.emulator.pressButton(user, didYouMean, "a:badante");
    await readUntil(harness.emulator, user, isPlaceQuestion);

    harness.emulator.sendText(user, "/start");
    const welcome = await readUntil(harness.emulator, user, (m) =>
      /Di cosa hai bisogno/.test(m.text ?? ""),
    );
    harness.emulator.failNext("answerCallbackQuery", tooOld);
    harness.emulator.pressButton(user, last(welcome), "n:dsa");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "Municipio 8");
    expect((await answerTo(harness.emulator, user)).text).toMatch(/DSA/);
  });
});
