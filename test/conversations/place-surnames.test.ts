import { describe, expect, it } from "vitest";
import { isPlaceQuestion, readUntil, shown } from "../bot/story.js";
import { ASK_FOR_OPERATOR, answeredForNiguarda, sayTo } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/** Surnames that are also towns or places: a name, not where the citizen lives. */
const operators = { id: -1001740, title: "Operatori WeMi", type: "supergroup" as const };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const say = sayTo(harness);

describe("a surname that is a place", () => {
  it.each(["Emma Lodi", "Marco Como", "Anna Bergamo", "mi chiamo Luca Monza"])(
    "«%s» at the name question is the name, and the area stays Niguarda",
    async (name) => {
      const user = citizen("Cognome");
      await say(user, ASK_FOR_OPERATOR, /Sei d'accordo\?/);
      await say(user, "sì", /Come ti chiami/);
      await say(user, name, /A che numero/);
      await say(user, "333 222 1140", /Quando preferisci/);
      await say(user, "mattina", /nota per l'operatore/);
      const summary = shown(await say(user, "no", /Controlla la tua richiesta/));
      expect(summary).toContain(`Nome: ${name.replace("mi chiamo ", "")}`);
      expect(summary).toMatch(/Zona: .*Niguarda/);
    },
  );

  it.each([
    "buongiorno, sono Emma Lodi e cerco una badante per mia madre",
    "Salve, mi chiamo Marco Como, cerco una colf per le pulizie di casa",
    "vorrei parlare con un operatore, sono Emma Lodi",
    "Sono Marco Como, vorrei parlare con una persona",
    "I'm Anna Bergamo, I would like to talk to a person",
    "buonasera sono Giulia Monza, cerco un corso di italiano per mio marito",
    "Sono Anna Bergamo, mi serve una babysitter per mio figlio",
    "Hi, I'm Anna Bergamo and I need a babysitter for my son",
  ])("«%s»: the area is asked, not read from the surname", async (text) => {
    const user = citizen("Presentazione");
    harness.emulator.sendText(user, text);
    const read = await readUntil(
      harness.emulator,
      user,
      (m) => isPlaceQuestion(m) || /Ho capito|Got it|Uso la zona/.test(shown(m)),
    );
    expect(read.map(shown).join("\n")).not.toMatch(/Lodi|Como|Bergamo|fuori Milano|outside Milan/);
    expect(read.some(isPlaceQuestion)).toBe(true);
  });

  it.each(["Sono Emma Lodi", "Marco Como", "mi chiamo Anna Bergamo"])(
    "«%s» as a message of its own is no town outside Milan",
    async (text) => {
      const user = citizen("Solo");
      harness.emulator.sendText(user, text);
      const reply = shown(await harness.emulator.nextBotMessage(user.id));
      expect(reply).not.toMatch(/Lodi|Como|Bergamo|fuori Milano/);
    },
  );

  it("a name typed right after an answer does not move the area to that town", async () => {
    const user = citizen("Dopo");
    await answeredForNiguarda(harness.emulator, user);
    harness.emulator.sendText(user, "Anna Bergamo");
    const reply = shown(await harness.emulator.nextBotMessage(user.id));
    expect(reply).not.toMatch(/Bergamo|fuori Milano/);
  });
});
