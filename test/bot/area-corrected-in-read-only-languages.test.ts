import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil, shown } from "./story.js";

/**
 * Session 39 typed trials: an Albanian son told of his mother in Lorenteggio, got the carer's
 * answer, then at the offer corrected her home: «jo, gabova, ajo jeton në Baggio» (no, I was
 * wrong, she lives in Baggio). He got a goodbye, and his «dhe për ushqimin?» (and the food?)
 * after it «I can't help»: Albanian had no words opening a correction, and its words of living
 * were the writer's own («jetoj», not «jeton»). A French daughter's «non pardon, elle habite à
 * Baggio» got «I can't help» for the same reason, a Sinhala son's «නැහැ, ඇය ඉන්නේ Niguarda වල»
 * (no, she is in Niguarda) a goodbye. Each now gets the answer again for the new area.
 */
const harness = useHarness();

const ANSWERED = /Municipio \d\.|non posso aiutarti|Se ti serve altro/;

async function story(user: ReturnType<typeof citizen>, lines: readonly string[]) {
  const said: string[] = [];
  for (const line of lines) {
    harness.emulator.sendText(user, line);
    const read = await readUntil(harness.emulator, user, (m) => ANSWERED.test(shown(m)));
    said.push(read.map(shown).join("\n"));
  }
  return said;
}

describe("a home corrected at the offer, in a language the bot only reads", () => {
  it.each([
    [
      "sq",
      "Nëna ime është 80 vjeç, jeton vetëm në Lorenteggio, kam nevojë për një kujdestare",
      "jo, gabova, ajo jeton në Baggio",
    ],
    [
      "fr",
      "Ma mère a 80 ans, elle vit seule à Lorenteggio et a besoin d'une aide-soignante",
      "non pardon, elle habite à Baggio",
    ],
    [
      "si",
      "මගේ අම්මාට වයස අවුරුදු 78යි, ඇය Lorenteggio වල තනියම ජීවත් වෙනවා, ඇයට බලාගන්න කෙනෙක් ඕනේ",
      "නැහැ, ඇය ඉන්නේ Baggio වල",
    ],
    [
      "pt",
      "Minha mãe tem 80 anos, mora sozinha em Lorenteggio e precisa de uma cuidadora",
      "não, me enganei, ela mora em Baggio",
    ],
  ])("(%s) «%s», then «%s»: the answer again for Baggio", async (_language, need, correction) => {
    const [first, corrected] = await story(citizen("Arben"), [need, correction]);
    expect(first).toMatch(/Lorenteggio → Municipio 6/);
    expect(corrected).toMatch(/Baggio → Municipio 7/);
    expect(corrected).toMatch(/Badante e assistenza specializzata|Carer and specialised care/);
  });

  it("(sq) then «dhe për ushqimin?» gets meals at home for Baggio", async () => {
    const [, , meals] = await story(citizen("Arben"), [
      "Nëna ime është 80 vjeç, jeton vetëm në Lorenteggio, kam nevojë për një kujdestare",
      "jo, gabova, ajo jeton në Baggio",
      "dhe për ushqimin?",
    ]);
    expect(meals).toMatch(/Pasti a domicilio/);
    expect(meals).toMatch(/Baggio, Municipio 7/);
  });
});
