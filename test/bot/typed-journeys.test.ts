import { describe, expect, it, vi } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { filesUnder } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { isPlaceQuestion, last, readUntil } from "./story.js";

const operators: TestGroup = { id: -1001622, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The citizen types a message; the bot's message matching `next`, once it comes. */
const saysTo = (user: TestUser) => async (text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return last(await readUntil(harness.emulator, user, (m) => next.test(m.text ?? "")));
};

describe("a citizen who types several needs in one message", () => {
  it("an English writer who refuses a carer is not offered one: the cleaning lady is taken", async () => {
    // Asked which need until session 36, the cleaner among the guesses; the model that learns
    // from the older writers to dev-hard-30 (session 37) took the cleaner surely and asked
    // where; since session 39's sealed and development lines left its training it asks which
    // need again. Either way the carer she refused is never offered.
    const user = citizen("Grace", "en");
    harness.emulator.sendText(
      user,
      "I do not need badante, I need cleaning lady and somebody for my childrens",
    );
    const read = await readUntil(
      harness.emulator,
      user,
      (m) => isPlaceQuestion(m) || /Did you mean/.test(m.text ?? ""),
    );
    const offered = read.flatMap((m) => harness.emulator.buttonsOf(m).map((b) => b.data));
    expect(offered).not.toContain("a:badante");
    expect(read.map((m) => m.text ?? "").join("\n")).not.toMatch(/Carer/);
  });
});

describe("an Arabic speaker who types the area in Arabic letters", () => {
  it.each([
    ["لوريتو", /Municipio 2 \/ 3/],
    ["شارع بادوفا ١٢٠", /Via Padova 120|via Padova 120/i],
    ["كوارتو أوجارو", /Municipio 8/],
  ])("«%s» at the area question is the place, not «I did not recognise»", async (typed, said) => {
    const user = citizen("Amina", "ar");
    harness.emulator.sendText(user, "أحتاج جليسة أطفال لابني عمره ثلاث سنوات");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, typed);
    const read = await readUntil(harness.emulator, user, (m) => /📍/.test(m.text ?? ""));
    const saidBack = last(read).text ?? "";
    expect(saidBack).toMatch(said);
    expect(read.map((m) => m.text).join("\n")).not.toMatch(/did not recognise|non ho riconosciuto/);
  });
});

describe("a citizen writing in a language the bot only reads", () => {
  it.each([
    ["ar", "أحتاج إلى عاملة نظافة في البيت", "لوريتو", /فهمت رسالتك/],
    ["ru", "Мне нужна домработница для уборки дома", "я живу в районе Лорето", /Я понял/],
    ["zh", "我需要一个保姆照顾我的孩子", "我住在Loreto附近", /我看懂了/],
    [
      "fr",
      "J'ai besoin d'une aide ménagère pour la maison",
      "j'habite près de Loreto",
      /J'ai compris/,
    ],
  ])(
    "(%s) reads the one-line notice once: not again with the area typed in the same language",
    async (language, need, area, notice) => {
      const user = citizen("Amina", language);
      harness.emulator.sendText(user, need);
      const asked = await readUntil(harness.emulator, user, isPlaceQuestion);
      expect(asked.filter((m) => notice.test(m.text ?? ""))).toHaveLength(1);
      harness.emulator.sendText(user, area);
      const answer = await readUntil(harness.emulator, user, (m) => /📍/.test(m.text ?? ""));
      expect(answer.filter((m) => notice.test(m.text ?? ""))).toEqual([]);
    },
  );

  it("is told again after writing in a language the bot speaks", async () => {
    const user = citizen("Olga", "ru");
    const notice = /Я понял/;
    harness.emulator.sendText(user, "Мне нужна домработница для уборки дома");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "Necesito una cuidadora para mi madre");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "Мне нужна няня для моего сына");
    const again = await readUntil(harness.emulator, user, isPlaceQuestion);
    expect(again.filter((m) => notice.test(m.text ?? ""))).toHaveLength(1);
  });
});

describe("«write to me here» typed at the phone question, in the citizen's words", () => {
  it.each([
    ["uk", "так", "Олена Коваленко", "пишіть мені тут", /примітку/],
    ["fr", "oui", "Awa Diop", "contactez-moi ici", /nota per l'operatore/],
    ["zh", "是的", "Li Wei", "在这里联系我", /note for the worker|nota per l'operatore/],
    ["sq", "po", "Drita Hoxha", "më shkruani këtu", /nota per l'operatore/],
  ])(
    "(%s) «%s… %s» leads to the note, no phone asked again",
    async (language, yes, name, here, note) => {
      const user = citizen("Olena", language);
      harness.emulator.sendText(user, "/operatore");
      await readUntil(harness.emulator, user, (m) => /\?/.test(m.text ?? ""));
      harness.emulator.sendText(user, yes);
      harness.emulator.sendText(user, name);
      await readUntil(harness.emulator, user, (m) => /Telegram/.test(JSON.stringify(m)));
      harness.emulator.sendText(user, here);
      const read = await readUntil(harness.emulator, user, (m) => note.test(m.text ?? ""));
      expect(last(read).text).toMatch(note);
    },
  );
});

/** One typed step: what the citizen types, and what the bot's next message says. */
type Step = readonly [typed: string, next: RegExp];

describe("a citizen who types every answer in their language, from the need to erasing the data", () => {
  it.each<[string, string, readonly Step[], RegExp, readonly Step[], readonly string[]]>([
    [
      "uk",
      "Hanna",
      [
        ["Шукаю доглядальницю для моєї бабусі, їй 91 рік", /районі Мілана/],
        ["я живу на Лорето", /Хочете, щоб із вами зв'язався/],
        ["так, хочу щоб мені зателефонували", /Ви згодні\?/],
        ["так", /Як вас звати/],
        ["Ганна Мельник", /За яким номером/],
        ["345 678 9012", /Коли вам зручніше/],
        ["вранці", /примітку/],
        ["ні", /Перевірте запит/],
      ],
      /Коли: Зранку[\s\S]*Примітка: —/,
      [
        ["так, підтверджую", /Запит зареєстровано/],
        ["/stato", /Ваші запити/],
        ["/cancella_dati", /Видалити всі дані/],
        ["так", /ваші дані видалено/],
      ],
      ["3456789012", "Ганна", "Мельник", "бабусі", "91 рік"],
    ],
    [
      "es",
      "Carmen",
      [
        [
          "Hola, busco una cuidadora para mi padre que tiene 86 años y ya no puede estar solo",
          /En qué zona/,
        ],
        ["vivo en Lorenteggio", /Quieres que te contacte/],
        ["sí, quiero que me llamen", /Estás de acuerdo/],
        ["sí, acepto", /Cómo te llamas/],
        ["Carmen Rodríguez", /A qué número/],
        ["351 234 5678", /Cuándo prefieres/],
        ["por la tarde", /una nota/],
        ["mi padre no oye bien, hablar despacio", /Revisa tu solicitud/],
      ],
      /Zona: Lorenteggio, Municipio 6[\s\S]*Cuándo: Tarde[\s\S]*Nota: mi padre no oye bien/,
      [
        ["sí, confirmo", /Solicitud registrada/],
        ["/stato", /Tus solicitudes/],
        ["/cancella_dati", /borrar todos los datos/],
        ["sí", /tus datos están borrados/],
      ],
      ["3512345678", "Rodríguez", "no oye bien", "86 años"],
    ],
    [
      "ro",
      "Ioana",
      [
        [
          "Buna ziua, caut o femeie care sa faca curatenie la mine acasa de doua ori pe saptamana",
          /În ce zonă|In ce zona|zonă din Milano/,
        ],
        ["stau in zona Corvetto", /Vrei să te contacteze/],
        ["da, vreau sa fiu sunat", /Ești de acord/],
        ["da, sunt de acord", /Cum te numești/],
        ["Ioana Popescu", /La ce număr/],
        // A Romanian mobile as typed at home: asked which country, answered with the code.
        ["0721 234 567", /din Italia sau din altă țară/],
        ["+40", /Când preferi/],
        ["dimineata", /o notă/],
        ["va rog sa sunati dupa ora 10", /Verifică cererea/],
      ],
      /Telefon: \+40721234567[\s\S]*Când: Dimineața/,
      [
        ["da, confirm", /Cerere înregistrată/],
        ["/stato", /Cererile tale/],
        ["/cancella_dati", /ștergi toate datele/],
        ["da", /datele tale sunt șterse/],
      ],
      ["721234567", "Popescu", "dupa ora 10", "curatenie"],
    ],
  ])(
    "(%s) is contacted as asked, sees the request in /stato, and a typed yes to /cancella_dati leaves no trace",
    async (language, name, toSummary, summaryShows, toErasure, personal) => {
      const { emulator } = harness;
      const user = citizen(name, language);
      const say = async ([text, next]: Step) => {
        emulator.sendText(user, text);
        return last(await readUntil(emulator, user, (m) => next.test(m.text ?? ""))).text ?? "";
      };
      let said = "";
      for (const step of toSummary) said = await say(step);
      expect(said).toMatch(summaryShows);
      const [confirm, status, ...erase] = toErasure as [Step, Step, ...Step[]];
      const reference = (await say(confirm)).match(/WM-\w+/)?.[0] as string;
      expect(await say(status)).toContain(reference);
      for (const step of erase) await say(step);
      await vi.waitFor(
        async () => {
          const stored = (await filesUnder(harness.dataDir)).map((f) => f.text).join("\n");
          for (const word of personal) expect(stored).not.toContain(word);
        },
        { timeout: 8000, interval: 200 },
      );
    },
  );
});

describe("an English expat mother who types, never taps", () => {
  it("names her street inside her need, then corrects the area: «actually we moved to Città Studi»", async () => {
    const user = citizen("Emma", "en");
    harness.emulator.sendText(
      user,
      "Hi, I'm looking for a babysitter for my two kids, we live on Via Lomellina near the park",
    );
    const first = last(
      await readUntil(harness.emulator, user, (m) => /Where to go/.test(m.text ?? "")),
    );
    expect(first.text).toMatch(/Municipio 4/);
    // Moving house says where one lives, as «we live in» does.
    harness.emulator.sendText(user, "actually we moved to Città Studi");
    const read = await readUntil(harness.emulator, user, (m) =>
      /Where to go|can't help/.test(m.text ?? ""),
    );
    expect(read.map((m) => m.text).join("\n")).toMatch(/Città Studi → Municipio 3/);
    expect(last(read).text).toMatch(/Nanny and babysitter/);
  });
});

describe("an elderly man who answers every question with a long sentence", () => {
  it("«guardi, il nome è Giuseppe ma tutti mi chiamano Pino» is his name: Giuseppe", async () => {
    const says = saysTo(citizen("Maria"));
    await says(
      "buongiorno, ho 80 anni e non riesco più a fare la spesa, abito in viale Monza vicino alla fermata di Turro",
      /Vuoi essere ricontattato/,
    );
    await says("sì, mi faccia chiamare da qualcuno", /Sei d'accordo/);
    await says("sì, va bene, faccia pure", /Come ti chiami/);
    await says("guardi, il nome è Giuseppe ma tutti mi chiamano Pino", /A che numero/);
    await says("guardi, il cellulare è 347 123 4567", /Quando preferisci/);
    await says("la mattina", /nota/);
    const summary = await says("no", /Controlla la tua richiesta/);
    expect(summary.text).toMatch(/Nome: Giuseppe\n/);
  });
});

describe("a daughter who types /cancella_dati in the middle of her request, then changes her mind", () => {
  it("«no, scusa, ho sbagliato» keeps her data, and one tap takes the request up again", async () => {
    const user = citizen("Laura");
    const says = saysTo(user);
    await says(
      "mia madre ha 88 anni e vive da sola a Niguarda, vorrei parlare con un operatore",
      /Sei d'accordo/,
    );
    await says("sì", /Come ti chiami/);
    await says("Laura Bianchi", /A che numero/);
    await says("/cancella_dati", /Vuoi cancellare tutti i dati/);
    const kept = await says(
      "no, scusa, ho sbagliato, voglio continuare",
      /non ho cancellato nulla|Scrivi «sì» per cancellare/,
    );
    expect(kept.text).toMatch(/La richiesta che stavi facendo si è fermata/);
    harness.emulator.pressButton(user, kept, "op");
    await readUntil(harness.emulator, user, (m) => /Sei d'accordo/.test(m.text ?? ""));
  });
});
