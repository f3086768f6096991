import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { last, readUntil, shown } from "./story.js";

const operators: TestGroup = { id: -1001643, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The citizen types a message; the bot's message matching `next`, once it comes. */
const says = (user: TestUser) => async (text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return last(await readUntil(harness.emulator, user, (m) => next.test(shown(m))));
};
/** The citizen taps a button of `message`; the bot's message matching `next`, once it comes. */
const taps = (user: TestUser) => async (message: Message, data: string, next: RegExp) => {
  harness.emulator.pressButton(user, message, data);
  return last(await readUntil(harness.emulator, user, (m) => next.test(shown(m))));
};
/** What Telegram shows over a button tapped: the bot's short answer to the press. */
const toastOf = async (user: TestUser, message: Message, data: string) =>
  (await harness.emulator.waitForCallbackAnswer(harness.emulator.pressButton(user, message, data)))
    .text ?? "";

interface Trial {
  readonly need: string;
  readonly area: string;
  /** The answer's closing question, in the citizen's language. */
  readonly offer: RegExp;
  readonly consent: RegExp;
  readonly name: RegExp;
  readonly phone: RegExp;
  readonly time: RegExp;
  readonly note: RegExp;
  /** The note asked again, after a press that does not answer it. */
  readonly noteAgain: RegExp;
  readonly summary: RegExp;
  readonly registered: RegExp;
  /** The line of a button whose question is gone. */
  readonly gone: RegExp;
}

const TRIALS: Record<"es" | "ro" | "uk", Trial> = {
  es: {
    need: "necesito una cuidadora para mi abuela",
    area: "Niguarda",
    offer: /Quieres que te contacte/,
    consent: /Estás de acuerdo/,
    name: /Cómo te llamas/,
    phone: /A qué número/,
    time: /Cuándo prefieres/,
    note: /una nota/,
    noteAgain: /Escribe la nota/,
    summary: /Revisa tu solicitud/,
    registered: /Solicitud registrada/,
    gone: /ya no está activo/,
  },
  ro: {
    need: "caut o bona pentru fetita mea",
    area: "Lorenteggio",
    offer: /Vrei să te contacteze/,
    consent: /Ești de acord/,
    name: /Cum te numești/,
    phone: /La ce număr/,
    time: /Când preferi/,
    note: /o notă/,
    noteAgain: /Scrie nota/,
    summary: /Verifică cererea/,
    registered: /Cerere înregistrată/,
    gone: /nu mai este activ/,
  },
  uk: {
    need: "потрібна доглядальниця для мами",
    area: "Niguarda",
    offer: /Хочете, щоб із вами зв'язався/,
    consent: /Ви згодні/,
    name: /Як вас звати/,
    phone: /За яким номером/,
    time: /Коли вам зручніше/,
    note: /примітку/,
    noteAgain: /Напишіть примітку/,
    summary: /Перевірте запит/,
    registered: /Запит зареєстровано/,
    gone: /вже не діє/,
  },
};
const YES = { es: "sí", ro: "da", uk: "так" } as const;
const NO = { es: "no", ro: "nu", uk: "ні" } as const;

describe("buttons from before a restart, tapped after it, in the trial languages", () => {
  it.each(Object.keys(TRIALS) as Array<keyof typeof TRIALS>)(
    "(%s) each old button does what it says once, in the citizen's language; one pressed again says it is gone; a press that answers nothing asks the question again",
    async (language) => {
      const trial = TRIALS[language];
      const user = citizen(`Riavvio-${language}`, language);
      const say = says(user);
      const tap = taps(user);
      await say(trial.need, /Milán|Milano|Мілана/);
      const answer = await say(trial.area, trial.offer);
      const consent = await say(YES[language], trial.consent);
      await tap(consent, "h:consent:yes", trial.name);
      await say("Elena Ortiz", trial.phone);
      const time = await say("333 444 5555", trial.time);

      await harness.stopBot();
      await harness.startBot();

      // The time question waited across the restart: its button answers it.
      const note = await tap(time, "h:time:morning", trial.note);
      // The consent of before answers nothing now: the note is asked again, in her language.
      await tap(consent, "h:consent:yes", trial.noteAgain);
      const summary = await say(NO[language], trial.summary);
      expect(shown(summary)).toMatch(/(Nota|Notă|Примітка): —/);
      const registered = await tap(summary, "h:confirm:yes", trial.registered);
      const reference = shown(registered).match(/WM-\w+/)?.[0];
      // Tapped again, the summary sends no second request, and says its button is gone.
      expect(await toastOf(user, summary, "h:confirm:yes")).toMatch(trial.gone);
      expect(await toastOf(user, note, "h:nonote")).toMatch(trial.gone);
      const mine = await harness.app.requests.list({ citizenChatId: user.id });
      expect(mine.map((r) => r.reference)).toEqual([reference]);
      // Nothing of it in Italian or English: the restart kept her language.
      const chat = harness.emulator.chatHistory(user.id).filter((m) => m.from?.is_bot);
      for (const message of chat) expect(shown(message)).not.toMatch(/\b(Vuoi|Where|tocca)\b/);
      expect(shown(answer)).toMatch(/Municipio 9|Municipio 6/);
    },
  );
});
