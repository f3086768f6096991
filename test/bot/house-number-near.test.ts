import { describe, expect, it } from "vitest";
import { sayTo } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * Session 40 typed trial (pt): asked the house number of via Padova, which crosses two
 * Municipi, Ana typed «perto do número 200» (near number 200) and was answered for Municipio
 * 2 / 3, as if she had said nothing. A number near one's own tells the Municipio as well: a
 * neighbour's door is on the same side of the border but within a few numbers of it, and
 * asking again would not get a surer one.
 */
const harness = useHarness();
const say = sayTo(harness);

const NUMBER_ASKED = /Mi dici il numero civico|Can you tell me the house number|номер будинку/;

describe("a house number said as near one's own", () => {
  it.each([
    [
      "pt",
      "olá, procuro uma cuidadora para a minha mãe",
      "moro na via Padova",
      "perto do número 200",
    ],
    ["it", "cerco una badante per mia madre", "abito in via Padova", "vicino al civico 200"],
    ["uk", "шукаю доглядальницю для мами", "живу на via Padova", "біля будинку 200"],
  ] as const)(
    "(%s) after «%s» and «%s», «%s» is answered for that number's Municipio",
    async (language, need, street, near) => {
      const user = citizen("Ana", language);
      await say(user, need, /zona di Milano|area of Milan|районі Мілана/);
      await say(user, street, NUMBER_ASKED);
      const answer = await say(user, near, /📍/);
      expect(answer.text).toMatch(/Via Padova 200 → Municipio 2\b/);
    },
  );

  it("(it) «tra il 180 e il 200» says no one door: the street's two Municipi", async () => {
    const user = citizen("Ada", "it");
    await say(user, "cerco una badante per mia madre", /zona di Milano/);
    await say(user, "abito in via Padova", NUMBER_ASKED);
    const answer = await say(user, "tra il 180 e il 200", /📍/);
    expect(answer.text).toMatch(/Municipio 2 \/ 3/);
  });
});
