import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { replyAtTheOffer, shown } from "./story.js";

/**
 * Session 38 typed trial (Milanese): a son told in dialect that his mother cannot carry the
 * shopping, got the answer in Italian, then at the offer said he would rather speak to someone
 * in person: «no, mi voeri parlà cont vun de persona». The bot went on in Spanish: the n-grams
 * guess Spanish there (0.69) or Romanian («ghe voeur vun al telefon», 0.60), and a message at
 * the offer is read afresh. In a dialogue going on, a language the n-grams only guess keeps
 * the dialogue's; a message plainly in Spanish, Romanian or Ukrainian still turns it.
 */
const harness = useHarness();

const STORY =
  "la mia sciura l'è vegia e la sta de per lee in via Padova 120, la riess pu a fa la spesa e a purtà i borse";

async function atTheOffer(reply: string, until: RegExp) {
  const read = await replyAtTheOffer(harness.emulator, citizen("Ambrogio"), {
    first: STORY,
    answered: /Dove rivolgerti/,
    reply,
    until,
  });
  return read.map(shown).join("\n");
}

describe("Milanese in an Italian dialogue is answered in Italian", () => {
  it("«no, mi voeri parlà cont vun de persona» gets the spaces to go to, in Italian", async () => {
    const said = await atTheOffer(
      "no, mi voeri parlà cont vun de persona",
      /Va bene|De acuerdo|Bine/,
    );
    expect(said).toMatch(/Va bene, niente chiamata/);
    expect(said).not.toMatch(/De acuerdo|espacios/);
  });

  it("«ghe voeur vun al telefon, mi capissi nagott» is told of a person in Italian", async () => {
    const said = await atTheOffer(
      "ghe voeur vun al telefon, mi capissi nagott",
      /operatore|operador|operator/,
    );
    expect(said).toMatch(/operatore/);
  });
});

describe("a language plainly written still turns the dialogue", () => {
  it.each([
    ["es", "y también necesito una cuidadora para mi madre", /Uso la zona que me dijiste/],
    ["ro", "și pentru mama mea am nevoie de o îngrijitoare", /Îngrijitoare și asistență/],
    [
      "uk (Latin letters)",
      "potribna doglyadalnytsya dlya mamy",
      /Доглядальниця і спеціалізований догляд/,
    ],
  ])("(%s) «%s» after the Italian answer is answered in it", async (_language, text, answer) => {
    const said = await atTheOffer(text, answer);
    expect(said).toMatch(answer);
  });
});
