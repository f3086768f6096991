import { describe, expect, it } from "vitest";
import { shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("a story opened with a greeting", () => {
  it("«buonasera cerco una colff…» is answered with the need, not «Intendevi…?» for the greeting's sake", async () => {
    const user = citizen("Nina");
    harness.emulator.sendText(
      user,
      "buonasera cerco una colff x mia nonna, abita a Quarto Ogiaro, non le serve la badante solo le pulizie 2 volte a settimana",
    );
    const reply = shown(await until(harness.emulator, user.id, /\?/));
    expect(reply).toMatch(/Colf e aiuto per le pulizie/);
    expect(reply).not.toMatch(/Intendevi/);
    // The carer she refused is never offered.
    expect(reply).not.toMatch(/Badante e assistenza/);
  });

  it("«Buongiorno,» before a story of several sentences is not answered with the greeting alone", async () => {
    const user = citizen("Giulia");
    harness.emulator.sendText(
      user,
      "Buongiorno, scrivo per mia zia Carla che ha 91 anni e vive da sola in via Rubattino 10 da quando è morto lo zio. Fino all'anno scorso si arrangiava, ma a febbraio è caduta in bagno e adesso ha paura di fare le scale e non esce più. Io lavoro a Bergamo e ci vado solo la domenica. Non vuole una badante in casa, dice che non è ancora rimbambita, però qualcuno che le porti la spesa e passi a vedere come sta ci vorrebbe proprio.",
    );
    const reply = shown(await until(harness.emulator, user.id, /📍|\?/));
    expect(reply).not.toMatch(/Sono l'assistente/);
    expect(reply).toMatch(/via Rubattino 10 → Municipio 3/);
  });

  // Another language's greeting weighs little against its need: read whole, the message was
  // unsure between two needs, and «Did you mean…?» asked what it had said plainly.
  it.each([
    ["si", "ආයුබෝවන්, මගේ තාත්තාව ගෙදර බලාගන්න කෙනෙක් ඕනේ", /Carer and specialised care/],
    [
      "ru",
      "Здравствуйте, где можно бесплатно учить итальянский? Я из Молдовы, недавно приехала",
      /Italian courses for foreigners/,
    ],
  ])("(%s) «%s» is answered with the need told after the greeting", async (_, text, need) => {
    const user = citizen("Amal");
    harness.emulator.sendText(user, text);
    const asked = shown(await until(harness.emulator, user.id, /\?/));
    expect(asked).not.toMatch(/Did you mean/);
    expect(asked).toMatch(/Where in Milan do you live/);
    harness.emulator.sendText(user, "Municipio 3");
    expect(shown(await until(harness.emulator, user.id, /Where to go/))).toMatch(need);
  });
});
