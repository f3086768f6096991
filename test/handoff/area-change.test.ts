import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { ASK_FOR_OPERATOR, notificationOf, sayTo, shown, until } from "./steps.js";

/** The area changed in words while the contact details are asked: it changes the area. */
const operators: TestGroup = { id: -1001730, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const say = sayTo(harness);

const ASK_PLACE =
  /In che zona di Milano abiti|Where in Milan do you live|¿En qué zona de Milán vives|În ce zonă din Milano locuiești|У якому районі Мілана ви живете/;
const ASK_NAME = /Come ti chiami|What is your name|¿Cómo te llamas|Cum te numești|Як вас звати/;
const UNDERSTOOD = /Ho capito|Got it|Entendido|Am înțeles|Зрозумів/;

describe("«cambia zona» while the contact details are asked", () => {
  it.each([
    ["it", "cambia zona", "sì"],
    ["en", "change area", "yes"],
    ["es", "cambiar zona", "sí"],
    ["ro", "schimbă zona", "da"],
    ["uk", "змінити район", "так"],
  ])(
    "(%s) «%s» at the name question asks the area, says it back, and asks the name again",
    async (language, change, yes) => {
      const user = citizen("Zeno", language);
      await say(user, "/operatore", /d'accordo\?|agree\?|acuerdo\?|acord\?|згодні\?/);
      await say(user, yes, ASK_NAME);
      const asked = await say(user, change, ASK_PLACE);
      expect(shown(asked)).not.toMatch(/cambi|change|schimb|змінити/i);
      const read: string[] = [];
      harness.emulator.sendText(user, "Baggio");
      const again = await until(harness.emulator, user.id, ASK_NAME);
      for (const m of harness.emulator.sentMessages(user.id).slice(-3)) read.push(shown(m));
      expect(read.join("\n")).toMatch(UNDERSTOOD);
      expect(read.join("\n")).toMatch(/Baggio → Municipio 7/);
      expect(shown(again)).toMatch(ASK_NAME);
    },
  );

  it("the summary and the operators' card carry the new area, not the one told before", async () => {
    const user = citizen("Zita");
    await say(user, ASK_FOR_OPERATOR, /Sei d'accordo\?/);
    await say(user, "sì", ASK_NAME);
    await say(user, "Zita Bianchi", /A che numero/);
    await say(user, "in realtà abito a Baggio, non a Niguarda", /A che numero/);
    await say(user, "333 222 1130", /Quando preferisci/);
    await say(user, "mattina", /nota per l'operatore/);
    const summary = shown(await say(user, "no", /Controlla la tua richiesta/));
    expect(summary).toMatch(/Municipio 7/);
    expect(summary).not.toMatch(/Niguarda/);
    const registered = shown(await say(user, "cambia zona", ASK_PLACE));
    expect(registered).toMatch(ASK_PLACE);
    await say(user, "Gratosoglio", /Controlla la tua richiesta/);
    const confirmed = shown(await say(user, "confermo", /WM-[A-Z0-9]{4,6}/));
    const reference = /WM-[A-Z0-9]{4,6}/.exec(confirmed)?.[0] as string;
    const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
    // The citizen's own words, quoted on the card, still say Niguarda: the area is Gratosoglio's.
    expect(card).toMatch(/Zona: .*Municipio 5/);
    expect(card).not.toMatch(/Zona: .*Niguarda/);
  });
});
