import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { BACKENDS, type StorageLocation, storageLocations } from "../support/backends.js";
import { citizen, type Harness, startHarness, useHarness } from "../support/harness.js";
import { filesUnder, notificationOf, REGISTERED, referenceIn, shown, until } from "./steps.js";

const operators: TestGroup = { id: -1001300, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const locate = storageLocations();

interface Script {
  readonly language: string;
  readonly need: string;
  readonly area: string;
  /** What the citizen types at each question, never tapping a button. */
  readonly typed: {
    readonly contactMe: string;
    readonly consent: string;
    readonly name: string;
    readonly phone: string;
    readonly time: string;
    readonly note: string;
    readonly confirm: string;
    readonly erase: string;
  };
  readonly expect: Record<
    | "place"
    | "answer"
    | "consent"
    | "name"
    | "phone"
    | "time"
    | "note"
    | "summary"
    | "status"
    | "erase"
    | "erased",
    RegExp
  >;
}

const PHONE_DIGITS = "3337654321";

const scripts: Script[] = [
  {
    language: "it",
    need: "cerco una badante per mia madre",
    area: "via Padova 120",
    typed: {
      contactMe: "sì",
      consent: "Sì, va bene",
      name: "Anna Rossi",
      phone: "333 765 4321",
      time: "mattina",
      note: "no grazie",
      confirm: "sì confermo",
      erase: "sì",
    },
    expect: {
      place: /In che zona di Milano abiti/,
      answer: /Dove rivolgerti/,
      consent: /Sei d'accordo\?/,
      name: /Come ti chiami/,
      phone: /A che numero/,
      time: /Quando preferisci/,
      note: /nota per l'operatore/,
      summary: /Controlla la tua richiesta/,
      status: /Le tue richieste/,
      erase: /Vuoi cancellare tutti i dati/,
      erased: /ho cancellato i tuoi dati/,
    },
  },
  {
    language: "en",
    need: "I need a carer for my mother",
    area: "Niguarda",
    typed: {
      contactMe: "yes please",
      consent: "ok",
      name: "Anna Rossi",
      phone: "333 765 4321",
      time: "morning",
      note: "no thanks",
      confirm: "yes, confirm",
      erase: "yes",
    },
    expect: {
      place: /Where in Milan do you live/,
      answer: /Where to go/,
      consent: /Do you agree\?/,
      name: /What is your name/,
      phone: /What number/,
      time: /When would you/,
      note: /note for the worker/,
      summary: /Check your request/,
      status: /Your requests/,
      erase: /delete all the data/,
      erased: /your data is deleted/,
    },
  },
];

/** Every row of every table of the database, as text: what an erasure must have emptied. */
async function rowsOf(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    const rows: string[] = [];
    for (const { name } of tables.rows) {
      const result = await client.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t`);
      rows.push(...result.rows.map(({ row }) => `${name}: ${row}`));
    }
    return rows;
  } finally {
    await client.end();
  }
}

describe.each(BACKENDS)("a citizen who types instead of tapping (%s)", (kind) => {
  let stored: StorageLocation;
  let bot: Harness | undefined;
  beforeAll(async () => {
    stored = await locate(kind);
    bot = await startHarness({ operatorChatId: operators.id, ...stored });
    bot.emulator.addGroup(operators);
  }, 60_000);
  afterAll(() => bot?.close());

  it.each(scripts)(
    "($language) asks for help, gets an answer, asks to be contacted, checks the request and erases everything, never tapping",
    async ({ language, need, area, typed, expect: see }) => {
      const harness = bot as Harness;
      const { emulator } = harness;
      const user = citizen("Anna", language);
      const step = async (text: string, next: RegExp) => {
        emulator.sendText(user, text);
        return until(emulator, user.id, next);
      };

      emulator.sendText(user, need);
      await until(emulator, user.id, see.place);
      await step(area, see.answer);
      await step(typed.contactMe, see.consent);
      await step(typed.consent, see.name);
      await step(typed.name, see.phone);
      await step(typed.phone, see.time);
      await step(typed.time, see.note);
      const summary = await step(typed.note, see.summary);
      expect(shown(summary)).toContain("Anna Rossi");
      expect(shown(summary)).toContain(`+39${PHONE_DIGITS}`);
      // "no grazie" / "no thanks" means no note, not a note saying so.
      expect(shown(summary)).toMatch(/(Nota|Note): —/);
      const reference = referenceIn(await step(typed.confirm, REGISTERED));
      const notification = await notificationOf(emulator, harness.app, operators, reference);
      expect(notification.text).toContain(`+39${PHONE_DIGITS}`);

      const status = await step("/stato", see.status);
      expect(shown(status)).toContain(reference);
      await step("/cancella_dati", see.erase);
      await step(typed.erase, see.erased);

      const files = await filesUnder(harness.dataDir);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(file.text, file.path).not.toContain(PHONE_DIGITS);
        expect(file.text, file.path).not.toContain("333 765 4321");
      }
      if (stored.databaseUrl !== undefined) {
        const rows = await rowsOf(stored.databaseUrl);
        // The request is still there, without its personal fields.
        expect(rows.some((row) => row.includes(reference))).toBe(true);
        for (const row of rows) expect(row).not.toContain(PHONE_DIGITS);
      }
    },
  );
});

describe("the area corrected while consent is asked", () => {
  it.each([
    ["in realtà abito a Quarto Oggiaro", /Ho capito: Quarto Oggiaro → Municipio 8/],
    ["cambia zona", /In che zona di Milano abiti/],
  ])("«%s» corrects the area instead of «rispondi sì o no»", async (typed, next) => {
    const { emulator } = harness;
    const user = citizen("Cora");
    emulator.sendText(user, "cerco una colf");
    await until(emulator, user.id, /In che zona/);
    emulator.sendText(user, "Gratosoglio");
    await until(emulator, user.id, /Dove rivolgerti/);
    emulator.sendText(user, "sì");
    await until(emulator, user.id, /Sei d'accordo/);
    emulator.sendText(user, typed);
    expect(shown(await until(emulator, user.id, /./))).toMatch(next);
  });
});
