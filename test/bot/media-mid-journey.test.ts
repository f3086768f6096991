import { describe, expect, it } from "vitest";
import { sayTo, shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness({ operatorChatId: -1001628 });
const say = sayTo(harness);

type Walk = {
  readonly language: string;
  /** need, area, wants a call, consent: each typed, and what the bot asks next */
  readonly opening: readonly (readonly [string, RegExp])[];
  readonly name: string;
  readonly phone: readonly [string, RegExp];
  readonly time: readonly [string, RegExp];
  readonly note: readonly [string, RegExp];
  /** «I can read only written messages», «you edited a message», in the citizen's language */
  readonly media: RegExp;
  readonly edited: RegExp;
};

const WALKS: readonly Walk[] = [
  {
    language: "es",
    opening: [
      ["Hola, busco una cuidadora para mi padre que tiene 86 años", /En qué zona/],
      ["vivo en Lorenteggio", /Quieres que te contacte/],
      ["sí, quiero que me llamen", /Estás de acuerdo/],
      ["sí, acepto", /Cómo te llamas/],
    ],
    name: "Carmen Rodríguez",
    phone: ["351 234 5678", /Cuándo prefieres/],
    time: ["por la tarde", /una nota/],
    note: ["habla despacio", /Revisa tu solicitud/],
    media: /Solo puedo leer mensajes escritos/,
    edited: /has editado un mensaje/,
  },
  {
    language: "ro",
    opening: [
      ["Buna ziua, caut o femeie care sa faca curatenie acasa", /zon/],
      ["stau in zona Corvetto", /Vrei să te contacteze/],
      ["da, vreau sa fiu sunat", /Ești de acord/],
      ["da, sunt de acord", /Cum te numești/],
    ],
    name: "Ioana Popescu",
    phone: ["+39 351 234 5678", /Când preferi/],
    time: ["dimineata", /o notă/],
    note: ["sunati dupa ora 10", /Verifică cererea/],
    media: /Pot citi doar mesaje scrise/,
    edited: /ai modificat un mesaj/,
  },
  {
    language: "uk",
    opening: [
      ["Шукаю доглядальницю для моєї бабусі, їй 91 рік", /районі Мілана/],
      ["я живу на Лорето", /Хочете, щоб із вами зв'язався/],
      ["так, хочу щоб мені зателефонували", /Ви згодні\?/],
      ["так", /Як вас звати/],
    ],
    name: "Ганна Мельник",
    phone: ["345 678 9012", /Коли вам зручніше/],
    time: ["вранці", /примітку/],
    note: ["ні", /Перевірте запит/],
    media: /лише текстові повідомлення/,
    edited: /ви змінили повідомлення/,
  },
];

describe("a citizen who sends a photo, a sticker, a voice note or edits a message mid-journey", () => {
  it.each(WALKS.map((walk) => [walk.language, walk] as const))(
    "(%s) is answered in their language each time, and the step they were at goes on",
    async (language, walk) => {
      const user = citizen("Ana", language);
      for (const [typed, next] of walk.opening) await say(user, typed, next);
      const either = (step: RegExp) => new RegExp(`${walk.media.source}|${step.source}`);

      harness.emulator.sendPhoto(user);
      expect(shown(await until(harness.emulator, user.id, either(/./)))).toMatch(walk.media);
      const named = harness.emulator.sendText(user, walk.name);
      await until(harness.emulator, user.id, /\?/);

      harness.emulator.sendSticker(user);
      expect(shown(await until(harness.emulator, user.id, walk.media))).toMatch(walk.media);
      await say(user, ...walk.phone);

      harness.emulator.sendVoice(user);
      expect(shown(await until(harness.emulator, user.id, walk.media))).toMatch(walk.media);
      harness.emulator.editText(user, named, "Ana");
      expect(shown(await until(harness.emulator, user.id, walk.edited))).toMatch(walk.edited);
      await say(user, ...walk.time);

      const summary = shown(await say(user, ...walk.note));
      expect(summary).toContain(walk.name);
      expect(summary).toMatch(/\+39/);
    },
  );
});
