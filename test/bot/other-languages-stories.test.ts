import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

const text = (message: Message) => message.text ?? "";

/** Stories that imply a need without naming it, told in a language other than Italian. */
describe("a family's story in another language is understood without the need being named", () => {
  it("Ukrainian: a mother who stopped cooking, her daughter far away, gets the meals service in Ukrainian", async () => {
    const user = citizen("Olena", "uk");
    harness.emulator.sendText(
      user,
      "Мама живе сама в Niguarda, їй 87. Вона перестала готувати, у холодильнику тільки хліб і чай. Я працюю в Генуї.",
    );
    const answer = await harness.emulator.nextBotMessage(user.id);
    expect(text(answer)).toMatch(/Зрозумів: Niguarda/);
    expect(text(answer)).toMatch(/Доставка обідів додому/);
  });

  it("French: parents working late with a four-year-old are asked where they live, not what they meant", async () => {
    const user = citizen("Awa", "fr");
    harness.emulator.sendText(
      user,
      "Je travaille à la caisse d'un supermarché jusqu'à 20h et mon mari est chauffeur de nuit. Notre fils a 4 ans et l'école maternelle ferme à 16h30. Ma mère est restée au Maroc.",
    );
    // French is read, not spoken: one line in French, then the question in Italian.
    const notice = await harness.emulator.nextBotMessage(user.id);
    expect(text(notice)).toMatch(/je réponds seulement en italien/);
    const next = await harness.emulator.nextBotMessage(user.id);
    expect(text(next)).toMatch(/In che zona di Milano abiti\?/);
  });
});
