import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { isAnswerOrPlaceQuestion, isPlaceQuestion, readUntil, shown } from "./story.js";

const harness = useHarness();

describe("a citizen who says the number of her Municipio in her own language", () => {
  it.each([
    ["es", "Necesito una cuidadora para mi madre, vivo en el municipio número 8"],
    ["ro", "Caut o badantă pentru mama mea, locuim în municipiul 8"],
    ["uk", "Шукаю доглядальницю для мами, живемо у 8 муніципалітеті"],
    ["fr", "Je cherche une dame pour s'occuper de ma mère, on habite dans le 8e arrondissement"],
    ["ar", "أبحث عن امرأة تعتني بأمي، نسكن في البلدية رقم ٨"],
  ])("(%s) «%s» is answered for Municipio 8 without being asked", async (language, need) => {
    const user = citizen("Lucía", language);
    harness.emulator.sendText(user, need);
    const read = await readUntil(harness.emulator, user, isAnswerOrPlaceQuestion);
    expect(read.some(isPlaceQuestion)).toBe(false);
    expect(read.map(shown).join("\n")).toMatch(/📍 [^\n]*: Municipio 8\./);
  });

  it.each([
    ["uk", "Шукаю доглядальницю для мами", "у 8-му муніципалітеті"],
    ["ro", "Caut o badantă pentru mama mea", "sectorul 8"],
  ])(
    "(%s) typed alone after the area question, «%s» … «%s» is Municipio 8",
    async (language, need, area) => {
      const user = citizen("Iryna", language);
      harness.emulator.sendText(user, need);
      await readUntil(harness.emulator, user, isPlaceQuestion);
      harness.emulator.sendText(user, area);
      const read = await readUntil(harness.emulator, user, isAnswerOrPlaceQuestion);
      expect(read.map(shown).join("\n")).toMatch(/📍 [^\n]*: Municipio 8\./);
    },
  );

  it("(es) a town hall is no Municipio: «el municipio de Sesto» is not answered as Milan", async () => {
    const user = citizen("Pilar", "es");
    harness.emulator.sendText(
      user,
      "Necesito una cuidadora para mi madre, vive sola en el municipio de Sesto",
    );
    const read = await readUntil(harness.emulator, user, (m) =>
      /Sesto|Milán|Milano/.test(m.text ?? ""),
    );
    expect(read.map(shown).join("\n")).not.toMatch(/→ Municipio \d/);
  });
});
