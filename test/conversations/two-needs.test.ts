import { describe, expect, it } from "vitest";
import { readUntil, shown } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("two needs named in one message", () => {
  it("«una badante e i pasti a domicilio» is answered with the first, the other offered, no «Intendevi…?»", async () => {
    const { emulator } = harness;
    const user = citizen("Bruno");
    emulator.sendText(
      user,
      "mi servono una badante e i pasti a domicilio per mio padre, abita a Baggio",
    );
    const offered = (text: string) => /Hai chiesto anche: (Pasti a domicilio|Badante)/.test(text);
    const read = await readUntil(
      emulator,
      user.id,
      (m) => emulator.buttonsOf(m).some((b) => offered(b.text)) || /Intendevi/.test(shown(m)),
    );
    const texts = read.map(shown).join("\n");
    expect(texts).not.toMatch(/Intendevi/);
    expect(texts).toMatch(/Badante|Pasti a domicilio/);
  });
});

describe("two needs named, and the classifier's first guess a third", () => {
  // The whole message reads work first (0.62) since the model learns from the older writers
  // (session 37); since session 42 its two pieces, each surely a trade a family hires, are meant.
  it("«cerco una colf e anche una baby sitter» is not answered as looking for work (won back in session 42)", async () => {
    const { emulator } = harness;
    const user = citizen("Bice");
    emulator.sendText(user, "cerco una colf e anche una baby sitter, sono in zona Lambrate");
    const read = await readUntil(emulator, user.id, (m) =>
      /Intendevi|Dove rivolgerti/.test(shown(m)),
    );
    const texts = read.map(shown).join("\n");
    expect(texts).not.toMatch(/Cerco lavoro/);
  });
});

describe("the other need typed instead of tapped", () => {
  it.each(["e la badante?", "Hai chiesto anche: Badante e assistenza specializzata"])(
    "«%s» after the answer gives the other need's answer, in the same area",
    async (typed) => {
      const { emulator } = harness;
      const user = citizen("Bruno");
      emulator.sendText(
        user,
        "mi servono una badante e i pasti a domicilio per mio padre, abita a Baggio",
      );
      await readUntil(emulator, user.id, (m) =>
        emulator.buttonsOf(m).some((b) => /Hai chiesto anche/.test(b.text)),
      );
      emulator.sendText(user, typed);
      const read = await readUntil(emulator, user.id, (m) => /Dove rivolgerti/.test(shown(m)));
      const answer = read.map(shown).join("\n");
      expect(answer).toMatch(/Badante e assistenza specializzata/);
      expect(answer).toMatch(/Baggio, Municipio 7/);
    },
  );
});

describe("two needs named in Spanish", () => {
  it("«una empleada doméstica y también una niñera» is answered in Spanish with the cleaner, the babysitter offered", async () => {
    const { emulator } = harness;
    const user = citizen("Rosa", "es");
    emulator.sendText(
      user,
      "necesito una empleada doméstica y también una niñera, vivo en Lambrate",
    );
    const read = await readUntil(
      emulator,
      user.id,
      (m) =>
        emulator.buttonsOf(m).some((b) => /También preguntaste por/.test(b.text)) ||
        /Querías decir/.test(shown(m)),
    );
    const offers = read.flatMap((m) => emulator.buttonsOf(m).map((b) => b.text));
    expect(offers).toContain("➕ También preguntaste por: Niñera y canguro");
  });
});

/** The answer's last message carries «✏️ … change area» among its buttons, in every language. */
const isAnswerWithButtons =
  (emulator: typeof harness.emulator) => (m: Parameters<typeof shown>[0]) =>
    emulator.buttonsOf(m).some((b) => b.text.startsWith("✏️"));

describe("the other need typed with the «also» that opens it, after the first answer", () => {
  it.each([
    [
      "es",
      "busco una niñera para mi hijo de 3 años y también una señora para limpiar la casa",
      "vivo en Baggio",
      "y también la limpieza",
      /Ayuda doméstica y limpieza/,
    ],
    [
      "it",
      "cerco una tata per mio figlio e anche una colf per le pulizie",
      "abito a Baggio",
      "e anche la colf",
      /Colf e aiuto per le pulizie/,
    ],
    [
      "en",
      "I need a babysitter for my son and also a cleaner for the flat",
      "I live in Baggio",
      "and also the cleaner",
      /Domestic help and cleaning/,
    ],
    [
      "ro",
      "caut o bonă pentru copil și de asemenea o femeie pentru curățenie",
      "stau în Baggio",
      "și de asemenea curățenia",
      /Menajeră și curățenie/,
    ],
    [
      "uk",
      "Потрібна няня для сина, а також прибиральниця",
      "живу в Baggio",
      "а також прибиральниця",
      /Хатня робітниця і прибирання/,
    ],
  ])(
    "(%s) gives that need's answer, with no need never named offered beside it",
    async (language, need, area, typed, answered) => {
      const { emulator } = harness;
      const user = citizen("Rosa", language);
      emulator.sendText(user, need);
      await readUntil(emulator, user.id, (m) => /\?/.test(shown(m)));
      emulator.sendText(user, area);
      await readUntil(emulator, user.id, (m) =>
        emulator.buttonsOf(m).some((b) => b.text.startsWith("➕")),
      );
      emulator.sendText(user, typed);
      const read = await readUntil(emulator, user.id, isAnswerWithButtons(emulator));
      expect(read.map(shown).join("\n")).toMatch(answered);
      expect(read.flatMap((m) => emulator.buttonsOf(m)).map((b) => b.text)).not.toContainEqual(
        expect.stringMatching(/^➕/),
      );
    },
  );
});

describe("a babysitter and a cleaner asked for in one breath, in the citizen's language", () => {
  // The babysitter's piece comes first and is read a little less surely than the cleaner's
  // (as a piece after a comma would be): the word that adds joins both pieces, so each is
  // offered, whichever leads.
  it.each([
    {
      language: "es",
      text: "Necesito una niñera para mi hijo y también una señora para limpiar la casa, vivo en Lambrate",
      answer: /Adónde ir/,
      also: /^➕ También preguntaste por: (Niñera y canguro|Ayuda doméstica y limpieza)$/,
    },
    {
      language: "uk",
      text: "Потрібна няня для доньки, а також жінка для прибирання, живу в Lambrate",
      answer: /Куди звернутися/,
      also: /^➕ Ви також питали про: (Няня|Хатня робітниця і прибирання)$/,
    },
    {
      // Portuguese is read, and answered in Italian.
      language: "pt",
      text: "Preciso de uma babá para o meu filho e também uma empregada para limpar a casa, moro em Lambrate",
      answer: /Dove rivolgerti/,
      also: /^➕ Hai chiesto anche: (Tata e baby sitter|Colf e aiuto per le pulizie)$/,
    },
  ])(
    "in $language, the answer offers the other of the two",
    async ({ language, text, answer, also }) => {
      const { emulator } = harness;
      const user = citizen("Ana", language);
      emulator.sendText(user, text);
      const read = await readUntil(emulator, user.id, (m) => answer.test(shown(m)));
      const offers = read.flatMap((m) => emulator.buttonsOf(m).map((b) => b.text));
      expect(offers.some((offer) => also.test(offer))).toBe(true);
    },
  );
});

/**
 * Session 35: the second need offered is one the citizen said after her «also», never the
 * model's runner-up alone. The Spanish story was offered the carer (its mother's age), not the
 * child to fetch; the Italian one asks for work after «e poi», offered now. The French one
 * protects: its «ne cuisine plus» was English «plus», an «also», to the classifier's reading.
 */
describe("the second need offered is one the citizen said", () => {
  it.each([
    [
      "es",
      "Hola, les escribo por mi mamá, tiene 83 años y vive sola en Lorenteggio. Desde que se cayó ya no puede cocinar y come solo galletas. Además mi esposo y yo trabajamos hasta tarde y nuestra hija de 6 años necesita que alguien la recoja del colegio a las 4. ¿Qué podemos hacer?",
      "Niñera y canguro",
    ],
    [
      "fr",
      "mon grand-père vit seul à Lambrate, il ne cuisine plus depuis sa chute et mange n'importe quoi",
      undefined,
    ],
  ])("(%s) %j is offered %s beside its answer, no carer", offersBesideTheAnswer);

  // Offered since session 35; lost in session 39 and won back in session 40, each time only
  // because sealed and development lines left the model's training: it sits near the bar.
  it("(it) «…e poi trovare lavoro come colf» is offered Cerco lavoro beside its answer, no carer", () =>
    offersBesideTheAnswer(
      "it",
      "voglio imparare bene l'italiano e poi trovare lavoro come colf, abito a Lambrate",
      "Cerco lavoro",
    ));
});

/** The citizen's message is answered, and the only need offered beside it is `also`. */
async function offersBesideTheAnswer(language: string, text: string, also: string | undefined) {
  const { emulator } = harness;
  const user = citizen("Marta", language);
  emulator.sendText(user, text);
  const read = await readUntil(emulator, user.id, isAnswerWithButtons(emulator));
  const offers = read
    .flatMap((m) => emulator.buttonsOf(m).map((b) => b.text))
    .filter((label) => label.startsWith("➕"));
  expect(offers.join("\n")).not.toMatch(/Cuidadora|Badante|Aide à domicile|aide-soignante/i);
  if (also === undefined) expect(offers).toEqual([]);
  else expect(offers).toEqual([expect.stringContaining(also)]);
}
