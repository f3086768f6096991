import type { Message } from "grammy/types";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import {
  askForOperator,
  giveContactDetails,
  notificationOf,
  untilEdited,
} from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { answerTo, isPlaceQuestion, readUntil, shown } from "./story.js";

const operators: TestGroup = { id: -1001710, title: "Operatori WeMi", type: "supergroup" };
const anna: TestUser = { id: 9710, first_name: "Anna", last_name: "Rossi" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
beforeAll(() => harness.emulator.setMember(operators, anna, "member"));

describe("the operators' card", () => {
  it("an area across two Municipi is named with both («Navigli – Municipio 5 / 6»)", async () => {
    const user = citizen("Nadia");
    harness.emulator.sendText(user, "cerco una colf");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "Navigli");
    await answerTo(harness.emulator, user);
    harness.emulator.sendText(user, "sì");
    const reference = await giveContactDetails(harness.emulator, user);
    const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
    expect(card).toMatch(/Zona: Navigli – Municipio 5 \/ 6\n/);
  });

  it("says what became of the request: 🆕 while open, not once taken or closed", async () => {
    const { emulator } = harness;
    const reference = await askForOperator(emulator, citizen("Chiara"));
    const card = await notificationOf(emulator, harness.app, operators, reference);
    expect(shown(card)).toMatch(/^🆕 Richiesta/);

    emulator.pressButton(anna, card, `o:claim:${reference}`);
    const claimed = await untilEdited(emulator, card, (text) => /presa in carico da/.test(text));
    expect(shown(claimed)).not.toMatch(/🆕/);

    emulator.pressButton(anna, card, `o:close:${reference}`);
    const closed = await untilEdited(emulator, card, (text) => /chiusa da/.test(text));
    expect(shown(closed)).not.toMatch(/🆕/);
    expect(shown(closed)).toMatch(/^✅ Richiesta/);
  });
});

describe("the card of a citizen who wrote in another language, read by an Italian operator", () => {
  /** A citizen's typed request, from the need to the confirmation: the operators' card. */
  async function cardAfter(user: TestUser, steps: readonly [string, RegExp][]) {
    let said = "";
    for (const [text, next] of steps) {
      harness.emulator.sendText(user, text);
      const read = await readUntil(harness.emulator, user, (m) => next.test(m.text ?? ""));
      said = read.at(-1)?.text ?? "";
    }
    const reference = /WM-\w+/.exec(said)?.[0] as string;
    return shown(await notificationOf(harness.emulator, harness.app, operators, reference));
  }

  it("(uk) names the language in Italian and writes the Cyrillic name in Latin letters too, so the operator can call her", async () => {
    const card = await cardAfter(citizen("Olena", "uk"), [
      ["Мені потрібна няня для сина, йому 4 роки", /районі Мілана/],
      ["Кварто Оджаро", /Хочете, щоб із вами зв'язався/],
      ["так", /Ви згодні\?/],
      ["так", /Як вас звати/],
      ["Юлія Згурська", /За яким номером/],
      ["333 765 4321", /Коли вам зручніше/],
      ["вранці", /примітку/],
      ["ні", /Перевірте запит/],
      ["так, підтверджую", /Запит зареєстровано/],
    ]);
    expect(card).toMatch(/Nome: Юлія Згурська \(Yuliia Zghurska\)\n/);
    expect(card).toMatch(/Lingua: ucraino\./);
  });

  it("(es) a name in Latin letters is written once; the language is «spagnolo»", async () => {
    const card = await cardAfter(citizen("Carmen", "es"), [
      ["busco una cuidadora para mi padre", /En qué zona/],
      ["Lorenteggio", /Quieres que te contacte/],
      ["sí", /Estás de acuerdo/],
      ["sí", /Cómo te llamas/],
      ["Carmen Rodríguez", /A qué número/],
      ["351 234 5678", /Cuándo prefieres/],
      ["por la tarde", /una nota/],
      ["no", /Revisa tu solicitud/],
      ["sí, confirmo", /Solicitud registrada/],
    ]);
    expect(card).toMatch(/Nome: Carmen Rodríguez\n/);
    expect(card).toMatch(/Lingua: spagnolo\./);
  });
});

describe("the card of a request for the second need, tapped from «➕ Hai chiesto anche…»", () => {
  const BOTH = "mi servono una badante e i pasti a domicilio per mio padre, abita a Baggio";

  it.each(["tapped", "typed"])(
    "%s, carries the words of the message that asked both, in the area corrected since",
    async (how) => {
      const { emulator } = harness;
      const user = citizen("Bruno");
      emulator.sendText(user, BOTH);
      const first = await readUntil(emulator, user, (m) =>
        emulator.buttonsOf(m).some((b) => /Hai chiesto anche/.test(b.text)),
      );
      const answer = first.at(-1) as Message;
      emulator.sendText(user, "cambia zona");
      await readUntil(emulator, user, isPlaceQuestion);
      emulator.sendText(user, "Lambrate");
      await answerTo(emulator, user);
      const also = emulator.buttonsOf(answer).find((b) => /Hai chiesto anche/.test(b.text));
      if (how === "tapped") emulator.pressButton(user, answer, also?.text ?? "");
      else emulator.sendText(user, also?.text.replace("➕ ", "") ?? "");
      const second = shown(await answerTo(emulator, user));
      expect(second).toMatch(/Lambrate/);
      expect(second).not.toMatch(/Baggio/);
      emulator.sendText(user, "sì");
      const reference = await giveContactDetails(emulator, user);
      const card = shown(await notificationOf(emulator, harness.app, operators, reference));
      expect(card).toMatch(/Parole del cittadino:.*una badante e i pasti a domicilio/);
      expect(card).toMatch(/Zona: Lambrate/);
    },
  );
});
