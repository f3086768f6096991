import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { emergencyNumbers, readUntil, shown } from "./story.js";

/**
 * Session 36: a daughter tells her mother's fall, the mother's address and that she can no
 * longer wash alone («mia mamma ha 86 anni, vive sola in viale Monza, ieri è caduta in bagno,
 * non riesce più a lavarsi da sola», a typed trial). The fall is answered first with 112 and
 * 1522; then «non voglio essere richiamata, mi basta sapere dove andare» got «Su questo non
 * posso aiutarti»: the carer told and the area were lost with the danger answer. Now they are
 * kept, and where to go, asked in a few words, is the carer's answer for viale Monza
 * (Municipio 2). The stories here leave her on the floor, a danger whatever the fall's reading.
 */
const harness = useHarness();

/** The typed trial's story: a fall, the home and the carer told together. */
const MOTHER_FELL =
  "mia mamma ha 86 anni, vive sola in viale Monza, ieri è caduta in bagno ed è rimasta per terra due ore, non riesce più a lavarsi da sola";

/** The main answer of a need, and the area it used. */
const ANSWER = /Dove rivolgerti|Where to go|Adónde ir/;
const CANNOT_HELP = /Su questo non posso aiutarti|I can't help with that|No puedo ayudarte/;
/** The answer's last line, asking whether to call. */
const OFFER_ASKED = /Vuoi essere ricontattato/;
/** What ends the turn after the danger answer: an answer, a question, or «I can't help». */
const TURN_END =
  /Municipio \d|Di che aiuto|What kind of help|Qué tipo de ayuda|In che zona|non posso aiutarti|can't help|No puedo/;

async function twoMessages(language: string, first: string, second: string) {
  const user = citizen("Giulia", language);
  harness.emulator.sendText(user, first);
  const danger = (await readUntil(harness.emulator, user, (m) => /112/.test(shown(m)))).map(shown);
  harness.emulator.sendText(user, second);
  const after = (await readUntil(harness.emulator, user, (m) => TURN_END.test(shown(m)))).map(
    shown,
  );
  return { danger: danger.join("\n"), after: after.join("\n") };
}

/** The English story: the fall, the home and the carer told together. */
const MUM_FELL_EN =
  "my mum is 86 and lives alone in viale Monza, she fell in the bathroom and was on the floor for hours, she can't wash herself anymore";
const WHERE_TO_GO_EN = "I don't want a call, just tell me where to go";

async function whereToGoAnswered(language: string, story: string, whereToGo: string, need: RegExp) {
  const { danger, after } = await twoMessages(language, story, whereToGo);
  expect(emergencyNumbers(danger)).toBe(true);
  expect(after).not.toMatch(CANNOT_HELP);
  expect(after).toMatch(ANSWER);
  expect(after).toMatch(need);
  expect(after).toMatch(/Municipio 2/);
}

describe("the need and the area told with a danger are not lost", () => {
  it.each([
    ["it", MOTHER_FELL, "non voglio essere richiamata, mi basta sapere dove andare", /Badante/],
    [
      "es",
      "mi mamá tiene 86 años y vive sola en viale Monza, se cayó en el baño y estuvo horas en el suelo, ya no puede lavarse sola",
      "no quiero que me llamen, solo quiero saber adónde ir",
      /[Cc]uidador/,
    ],
  ])(
    "(%s) where to go, after the danger answer, is the need's answer for the area",
    whereToGoAnswered,
  );

  // Lost in session 42 (the carer beside the English fall read at 0.62, asked about); won back
  // in session 43 by the model learnt once that session's sealed writers were held out.
  it("(en) where to go, after the danger answer, is the need's answer for the area", () =>
    whereToGoAnswered("en", MUM_FELL_EN, WHERE_TO_GO_EN, /carer|care worker/i));

  it("(it) a call refused with where to go is not offered again at the answer's end", async () => {
    const { after } = await twoMessages(
      "it",
      MOTHER_FELL,
      "non voglio essere richiamata, mi basta sapere dove andare",
    );
    expect(after).toMatch(/Badante/);
    expect(after).not.toMatch(OFFER_ASKED);
  });

  it("(en) a call refused in its own words is not offered again", async () => {
    const { after } = await twoMessages("en", MUM_FELL_EN, WHERE_TO_GO_EN);
    expect(after).not.toMatch(/Would you like a WeMi worker/);
  });

  it.each([
    [
      "es",
      "mi mamá tiene 86 años y vive sola en viale Monza, se cayó en el baño y estuvo horas en el suelo, ya no puede lavarse sola",
      "no quiero que me llamen, solo quiero saber adónde ir",
    ],
  ])(
    "(%s) a call refused in its own words is not offered again",
    async (language, story, whereToGo) => {
      const { after } = await twoMessages(language, story, whereToGo);
      expect(after).not.toMatch(/Would you like a WeMi worker|¿Quieres que te contacte/);
    },
  );

  it("(it) where to go with no call refused still ends asking whether to call", async () => {
    const { after } = await twoMessages("it", MOTHER_FELL, "mi basta sapere dove andare");
    expect(after).toMatch(/Badante/);
    expect(after).toMatch(OFFER_ASKED);
  });

  it("(it) another need asked next is answered for the area kept", async () => {
    const { after } = await twoMessages("it", MOTHER_FELL, "e per la colf?");
    expect(after).toMatch(/Colf/);
    expect(after).toMatch(/viale Monza, Municipio 2/);
  });

  it("(it) with no need told beside the danger, where to go asks which help", async () => {
    const { after } = await twoMessages(
      "it",
      "mio marito mi picchia, stanotte ho paura",
      "mi basta sapere dove andare",
    );
    expect(after).not.toMatch(CANNOT_HELP);
    expect(after).toMatch(/Di che aiuto hai bisogno/);
  });

  it.each([
    [
      "en",
      "panic attack now, shaking all over, I can't stop crying, please someone",
      "just tell me where to go",
      /What kind of help do you need/,
    ],
    [
      "it",
      "attacco di panico adesso, tremo tutta e non riesco a smettere di piangere, aiutatemi",
      "mi basta sapere dove andare",
      /Di che aiuto hai bisogno/,
    ],
  ])(
    "(%s) a panic attack is no need asked: where to go next asks which help, not a carer's answer",
    async (language, story, whereToGo, whichHelp) => {
      const { danger, after } = await twoMessages(language, story, whereToGo);
      expect(emergencyNumbers(danger)).toBe(true);
      expect(after).toMatch(whichHelp);
      expect(after).not.toMatch(ANSWER);
    },
  );

  // Session 37: the model reads a carer in a parent with dementia gone missing (0.8-0.97 over
  // ten writers of the danger sets): the danger's own words, no need told apart from them.
  it.each([
    [
      "it",
      "mio padre ha l'alzheimer ed è uscito di casa in pigiama, non lo troviamo da tre ore",
      "mi basta sapere dove andare",
      /Di che aiuto hai bisogno/,
    ],
    [
      "en",
      "my dad has dementia and walked out of the house in his slippers, we can't find him anywhere",
      "just tell me where to go",
      /What kind of help do you need/,
    ],
    [
      "es",
      "mi padre con alzheimer salió de casa en pijama hace tres horas y no lo encontramos",
      "solo quiero saber adónde ir",
      /Qué tipo de ayuda necesitas/,
    ],
  ])(
    "(%s) a parent with dementia gone missing is no carer asked: where to go next asks which help",
    async (language, story, whereToGo, whichHelp) => {
      const { danger, after } = await twoMessages(language, story, whereToGo);
      expect(emergencyNumbers(danger)).toBe(true);
      expect(after).toMatch(whichHelp);
      expect(after).not.toMatch(ANSWER);
    },
  );

  // Session 37: a need beside the danger read, not surely (meals, 0.5-0.66), was forgotten:
  // where to go got the whole menu. It is asked about now, never answered unasked. (A reading
  // between the bars: re-read when the model changes. With the model learnt from the older
  // writers, the uncle found on the floor, the first story here, reads meals at 0.42 only, below
  // the guess: «Di che aiuto», a question; this one reads meals at 0.65.)
  it("(it) a need read unsure beside the danger is asked about: «Intendevi…?» with it", async () => {
    const user = citizen("Giulia", "it");
    harness.emulator.sendText(
      user,
      "mio marito mi ha dato uno schiaffo davanti ai bambini e stasera torna. volevo chiedere dei pasti a domicilio per mia madre ma adesso ho paura",
    );
    const danger = (await readUntil(harness.emulator, user, (m) => /112/.test(shown(m)))).map(
      shown,
    );
    expect(emergencyNumbers(danger.join("\n"))).toBe(true);
    harness.emulator.sendText(user, "mi basta sapere dove andare");
    const [asked] = await readUntil(harness.emulator, user, (m) =>
      /Intendevi|Di che aiuto/.test(shown(m)),
    );
    expect(shown(asked as Message)).toMatch(/Intendevi/);
    expect(
      harness.emulator
        .buttonsOf(asked as Message)
        .map((b) => b.text)
        .join(" "),
    ).toMatch(/Pasti a domicilio/);
  });

  it("(it) an area told next answers the need told beside the danger, for that area", async () => {
    const { after } = await twoMessages(
      "it",
      "mio padre è caduto in cucina ed è rimasto per terra tutta la notte, non riesce più a lavarsi da solo",
      "abita a Baggio",
    );
    expect(after).toMatch(/Badante/);
    expect(after).toMatch(/Baggio/);
  });

  it("(en) after an answer, «just the address» shows the spaces in full", async () => {
    const user = citizen("Amy", "en");
    harness.emulator.sendText(user, "I need a carer for my dad, we live in via Padova 120");
    await readUntil(harness.emulator, user, (m) => ANSWER.test(shown(m)));
    harness.emulator.sendText(user, "just the address please");
    const after = (
      await readUntil(harness.emulator, user, (m) => /in detail|can't help/.test(shown(m)))
    ).map(shown);
    expect(after.join("\n")).not.toMatch(CANNOT_HELP);
    expect(after.join("\n")).toMatch(/The spaces, in detail[\s\S]*via Statuto 15/);
  });

  it("(es) after an answer, a person refused and where to go asked show the spaces in full", async () => {
    const user = citizen("Lucía", "es");
    harness.emulator.sendText(user, "busco una cuidadora para mi padre, vivimos en Niguarda");
    await readUntil(harness.emulator, user, (m) => ANSWER.test(shown(m)));
    // 13 words: «¿Querías decir…?» with needs never said, before.
    harness.emulator.sendText(
      user,
      "no gracias, prefiero no hablar con nadie, solo dime dónde tengo que ir",
    );
    const after = (
      await readUntil(harness.emulator, user, (m) => /en detalle|Querías decir/.test(shown(m)))
    ).map(shown);
    expect(after.join("\n")).toMatch(/Los espacios, en detalle/);
  });

  it.each([
    [
      "ro",
      "caut o îngrijitoare pentru mama mea, locuim pe via Padova 120",
      "nu vreau să mă sune nimeni, vreau doar să știu unde să merg",
      /Spațiile, în detaliu/,
    ],
    [
      "uk",
      "шукаю доглядальницю для мами, ми живемо на via Padova 120",
      "ні, не треба дзвонити, просто скажіть куди звернутися",
      /Простори, детальніше/,
    ],
  ])(
    "(%s) after an answer, where to go shows the spaces in full",
    async (language, need, whereToGo, details) => {
      const user = citizen("Olena", language);
      harness.emulator.sendText(user, need);
      await readUntil(harness.emulator, user, (m) =>
        /Unde să mergi|Куди звернутися/.test(shown(m)),
      );
      harness.emulator.sendText(user, whereToGo);
      const after = (
        await readUntil(
          harness.emulator,
          user,
          (m) => details.test(shown(m)) || /\?/.test(shown(m)),
        )
      ).map(shown);
      expect(after.join("\n")).toMatch(details);
    },
  );
});
