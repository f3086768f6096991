import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { isAnswerOrPlaceQuestion, isPlaceQuestion, last, readUntil } from "./story.js";

const operators: TestGroup = { id: -1001625, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The place said back at the top of an answer: the Lotto station, in Municipio 7 or 8. */
const saidBackLotto = /📍 .*Lotto.* Municipio 7 \/ 8/;
/** The same for via Padova 120, in Municipio 2. */
const saidBackPadova = /📍 .*Padova 120.* Municipio 2/;

describe("a Romanian daughter abroad who writes about her mother near a metro station", () => {
  it("is answered for her mother's area at once, then asks in her words for a person", async () => {
    const user = citizen("Elena", "ro");
    harness.emulator.sendText(
      user,
      "Bună ziua, eu locuiesc în Germania. Mama mea are 84 de ani și locuiește singură în Milano, lângă metroul Lotto. Caut o badantă pentru ea.",
    );
    const read = await readUntil(harness.emulator, user, isAnswerOrPlaceQuestion);
    expect(read.some(isPlaceQuestion)).toBe(false);
    expect(read.map((m) => m.text).join("\n")).toMatch(
      /📍 Am înțeles: metroul Lotto → Municipio 7 \/ 8/,
    );

    harness.emulator.sendText(user, "as vrea sa vorbesc cu o persoana");
    const consent = last(
      await readUntil(harness.emulator, user, (m) => /Ești de acord\?/.test(m.text ?? "")),
    );
    expect(consent.text).toMatch(/O persoană de la WeMi te poate contacta/);
  });
});

/** A need told with where one lives, and what the bot must say back instead of asking it. */
const toldWhere = (language: string, text: string, said: RegExp) => [language, text, said] as const;

describe("a citizen who says where she lives in her own language's words", () => {
  it.each([
    // Near a metro station: the language's «near», «I live», «station», «metro».
    toldWhere(
      "ro",
      "Caut o femeie pentru curățenie, locuiesc lângă stația de metrou Lotto",
      saidBackLotto,
    ),
    toldWhere("fr", "Je cherche une femme de ménage, j'habite près du métro Lotto", saidBackLotto),
    toldWhere(
      "pt",
      "Preciso de uma empregada para limpar a casa, moro perto do metrô Lotto",
      saidBackLotto,
    ),
    toldWhere("sq", "Kërkoj një grua për pastrim shtëpie, banoj afër metrosë Lotto", saidBackLotto),
    toldWhere(
      "uk",
      "Шукаю жінку для прибирання квартири, живу біля станції метро Лотто",
      saidBackLotto,
    ),
    // In a street: the language's word for «street» before a Milan street's name.
    toldWhere(
      "pt",
      "Preciso de uma empregada para limpar a casa, moro na rua Padova 120",
      saidBackPadova,
    ),
    toldWhere("fr", "Je cherche une femme de ménage, j'habite rue Padova 120", saidBackPadova),
    toldWhere(
      "sq",
      "Kërkoj një grua për pastrim shtëpie, banoj në rrugën Padova 120",
      saidBackPadova,
    ),
    // A station named as heard, with no «near» or «I live»: the metro word is enough, and the
    // station's own name is said back rather than the misspelling.
    toldWhere("it", "Cerco una badante per mia madre, metro Lotoo", saidBackLotto),
    toldWhere("es", "Busco una cuidadora para mi madre, metro Lotoo", saidBackLotto),
    toldWhere("ro", "Caut o îngrijitoare pentru mama mea, metroul Loto", saidBackLotto),
    toldWhere("uk", "Шукаю доглядальницю для мами, метро Лото", saidBackLotto),
    // A neighbourhood in Cyrillic in the case its preposition asks («в Ізолі», «на Лорето»).
    toldWhere("uk", "Шукаю доглядальницю для мами, живу в Ізолі", /📍 .*Isola.* Municipio/),
    toldWhere("uk", "Шукаю доглядальницю для мами, вона живе в Ізолі", /📍 .*Isola.* Municipio/),
    toldWhere("ru", "Ищу сиделку для мамы, живу в Изоле", /📍 .*Isola.* Municipio/),
    // Ukrainian softens the stem's last consonant too: «Бікокка» is «в Бікоцці».
    toldWhere("uk", "Шукаю доглядальницю для мами, живу в Бікоцці", /📍 .*Bicocca.* Municipio 9/),
    toldWhere("ru", "Ищу сиделку для мамы, живу в Бикокке", /📍 .*Bicocca.* Municipio 9/),
    // A name whose own final letter is the locative's is read as written, not as its -a form.
    toldWhere("ru", "Ищу сиделку для мамы, живу в Ламбрате", /📍 .*Lambrate.* Municipio/),
    toldWhere("uk", "Шукаю доглядальницю для мами, живу на Лорето", /📍 .*Loreto.* Municipio/),
    toldWhere(
      "uk",
      "Шукаю доглядальницю для мами, живу на Гратозольо",
      /📍 .*Gratosoglio.* Municipio 5/,
    ),
    // «We live» before a street whose name is made of ordinary words («Forze Armate»).
    toldWhere(
      "es",
      "necesito una badante para mi mamá que tiene alzheimer, vivimos en via Forze Armate",
      /📍 .*Forze Armate.* Municipio 7/,
    ),
  ])(
    "(%s) «%s» is not asked where she lives: the place is said back",
    async (language, text, said) => {
      const user = citizen("Iris", language);
      harness.emulator.sendText(user, text);
      const read = await readUntil(harness.emulator, user, isAnswerOrPlaceQuestion);
      expect(read.some(isPlaceQuestion)).toBe(false);
      expect(read.map((m) => m.text).join("\n")).toMatch(said);
    },
  );
});

describe("a citizen who corrects the area after the answer, typing in her language", () => {
  it.each([
    [
      "es",
      "necesito una empleada de hogar para limpiar la casa",
      "vivo en Baggio",
      "no, perdón, vivo en via Padova 120",
      /📍 Entendido: via Padova 120 → Municipio 2/,
      "en realidad nos mudamos a Niguarda",
      /📍 Entendido: Niguarda → Municipio 9/,
    ],
    [
      "ro",
      "am nevoie de o bona pentru fiica mea de 3 ani",
      "locuiesc in Baggio",
      "nu, scuze, stau in zona Bicocca",
      /📍 Am înțeles: Bicocca → Municipio 9/,
      "de fapt ne-am mutat la Baggio",
      /📍 Am înțeles: Baggio → Municipio 7/,
    ],
    [
      "uk",
      "Добрий день, мені потрібна няня для сина, йому 4 роки",
      "ми живемо на Лорето",
      "ні, вибачте, ми живемо в Кварто Оджаро",
      /📍 Зрозумів: Quarto Oggiaro.*Municipio 8/,
      "насправді ми живемо біля метро Лотто",
      /📍 Зрозумів: Metro Lotto.*Municipio 7 \/ 8/,
    ],
  ])(
    "(%s) «no, sorry, I live in…» and «we actually moved to…» each move the answer to the new area",
    async (language, need, first, corrected, saidBack, moved, saidBackAgain) => {
      const user = citizen("Elena", language);
      const answerAfter = async (text: string) => {
        harness.emulator.sendText(user, text);
        return (await readUntil(harness.emulator, user, isAnswerOrPlaceQuestion))
          .map((m) => m.text)
          .join("\n");
      };
      await answerAfter(need);
      await answerAfter(first);
      expect(await answerAfter(corrected)).toMatch(saidBack);
      expect(await answerAfter(moved)).toMatch(saidBackAgain);
    },
  );
});

describe("an Arabic-speaking son who tells where his father lives and where he himself works", () => {
  it("is answered for his father's street at once, not asked where in Milan he lives", async () => {
    const user = citizen("Karim", "ar");
    harness.emulator.sendText(
      user,
      "والدي عمره ٨٣ ويعيش لوحده في via Padova 120. صار ما يقدر يطبخ وأحيانا ما ياكل شي طول النهار. أنا أشتغل في Bergamo وما أقدر أروح له كل يوم.",
    );
    const read = await readUntil(harness.emulator, user, isAnswerOrPlaceQuestion);
    expect(read.map((m) => m.text).join("\n")).toMatch(saidBackPadova);
  });
});
