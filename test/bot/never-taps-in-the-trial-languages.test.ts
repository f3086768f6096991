import { describe, expect, it, vi } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { filesUnder } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { last, readUntil, shown } from "./story.js";

const operators: TestGroup = { id: -1001644, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** What the citizen types, and the bot's message it waits for. */
type Step = readonly [string, RegExp];

describe("a citizen who never taps and types no command, from the need to erasing the data", () => {
  it.each<[string, readonly Step[], string]>([
    [
      "es",
      [
        ["busco a alguien que limpie mi casa dos veces por semana", /En qué zona/],
        ["Bovisa", /Quieres que te contacte/],
        // Without its accent, «si, me interesa» is Albanian to the n-grams (0.80).
        ["si, me interesa", /Estás de acuerdo/],
        ["de acuerdo", /Cómo te llamas/],
        ["me llamo Lucía Gómez", /A qué número/],
        ["+39 333 123 4567", /Cuándo prefieres/],
        ["a partir de las 5", /una nota/],
        ["no", /Revisa tu solicitud[\s\S]*Nota: —/],
        ["confirmo", /Solicitud registrada/],
        ["estado de mi solicitud", /Tus solicitudes[\s\S]*WM-/],
        ["borra todo sobre mí", /borrar todos los datos/],
        ["sí, bórralos", /tus datos están borrados/],
      ],
      "3331234567",
    ],
    [
      "ro",
      [
        ["am nevoie de o badanta pentru tatal meu", /În ce zonă/],
        ["Niguarda", /Vrei să te contacteze/],
        // Without its diacritics, «da, as vrea» is Portuguese to the n-grams (0.78).
        ["da, as vrea", /Ești de acord/],
        ["ok", /Cum te numești/],
        ["numele meu este Maria Ionescu", /La ce număr/],
        ["3337654321", /Când preferi/],
        ["după ora 17", /o notă/],
        ["nu", /Verifică cererea[\s\S]*Notă: —/],
        ["confirm", /Cerere înregistrată/],
        ["stadiul cererii", /Cererile tale[\s\S]*WM-/],
        ["sterge tot despre mine", /ștergi toate datele/],
        ["da, sterge", /datele tale sunt șterse/],
      ],
      "3337654321",
    ],
    [
      "uk",
      [
        ["шукаю няню для дитини", /У якому районі/],
        ["я живу в районі Bovisa", /Хочете, щоб із вами зв'язався/],
        ["так, хотіла б", /Ви згодні/],
        ["згодна", /Як вас звати/],
        ["мене звати Оксана Коваль", /За яким номером/],
        ["333 222 1111", /Коли вам зручніше/],
        ["після 17", /примітку/],
        ["ні", /Перевірте запит[\s\S]*Примітка: —/],
        ["підтверджую", /Запит зареєстровано/],
        ["статус заявки", /Ваші запити[\s\S]*WM-/],
        ["видаліть все про мене", /Видалити всі дані/],
        ["так, видаліть", /ваші дані видалено/],
      ],
      "3332221111",
    ],
  ])(
    "(%s) every step is answered in her language, and afterwards her phone number is in no file",
    async (language, steps, phone) => {
      const { emulator } = harness;
      const user = citizen(`Scrive-${language}`, language);
      for (const [text, next] of steps) {
        emulator.sendText(user, text);
        const said = last(await readUntil(emulator, user, (m) => next.test(shown(m))));
        expect(shown(said), text).toMatch(next);
      }
      // Nothing in Italian or English on the way, nor another language's notice.
      for (const message of emulator.chatHistory(user.id).filter((m) => m.from?.is_bot))
        expect(shown(message)).not.toMatch(/\b(Vuoi|Where|tocca|Entendi|kuptova)\b/i);
      await vi.waitFor(
        async () => {
          const stored = (await filesUnder(harness.dataDir)).map((f) => f.text).join("\n");
          expect(stored).not.toContain(phone);
          expect(stored).not.toContain(phone.slice(3));
        },
        { timeout: 8000, interval: 200 },
      );
    },
  );
});
