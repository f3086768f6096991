import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { emergencyNumbers, isPlaceQuestion, shown } from "./story.js";

const operators: TestGroup = { id: -1001400, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/**
 * A carer in danger at the home of the family she works for. Since session 32 the place is read
 * as the employer's, not hers (src/geo/employer.ts); the danger answer takes no place from the
 * message either way (its words are not kept), as for «abito a Niguarda, mio marito mi
 * picchia»: 112 and 1522 first, then a person, and the request goes to the operators with the
 * area not given, without asking it. A question more stands between her and a person in no
 * language.
 */
describe("a carer in danger at her employer's home gets 112 and 1522, then a person, with no area asked", () => {
  it.each([
    [
      "it",
      "sono la badante di una signora a Città Studi, suo figlio stasera mi ha spinta e ho paura",
      /Zona: non indicata/,
    ],
    [
      "ro",
      "Lucrez ca badantă la o doamnă în Niguarda. Fiul ei m-a împins aseară și acum e încă în casă.",
      /Zonă: nespecificată/,
    ],
    [
      "en",
      "I'm the nanny for a family in Portello, the father hit me tonight and I'm scared",
      /Area: not given/,
    ],
  ])("(%s) «%s»", async (language, text, noArea) => {
    const user = citizen("Ana", language);
    const said: Message[] = [];
    const next = async () => {
      const message = await harness.emulator.nextBotMessage(user.id);
      said.push(message);
      return message;
    };
    /** Presses the button at `index` of the last message. */
    const press = (message: Message, index = 0) => {
      const button = harness.emulator.buttonsOf(message)[index];
      harness.emulator.pressButton(user, message, button?.data ?? button?.text ?? "");
    };
    harness.emulator.sendText(user, text);
    const first = await next();
    expect(emergencyNumbers(shown(first))).toBe(true);
    press(first); // a person
    press(await next()); // consent
    await next(); // the name
    harness.emulator.sendText(user, "Ana");
    await next(); // the phone
    harness.emulator.sendText(user, "3331234567");
    await next(); // the number said back
    press(await next(), 2); // any time
    press(await next()); // no note
    const summary = await next();
    expect(shown(summary)).toMatch(noArea);
    expect(said.some(isPlaceQuestion)).toBe(false);
  });
});
