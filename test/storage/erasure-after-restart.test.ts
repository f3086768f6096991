import pg from "pg";
import { afterEach, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { askForOperator, notificationsOf, until, untilPhoneQuestion } from "../handoff/steps.js";
import { sendMisunderstood } from "../review/steps.js";
import { storageLocations } from "../support/backends.js";
import { type Harness, startHarness } from "../support/harness.js";
import { eventually } from "../support/on-disk.js";

/**
 * /cancella_dati after a redeploy on PostgreSQL, as test/review/privacy tells it on the files:
 * nothing the bot held in memory links a citizen to what she left, only what the database keeps.
 */

const locate = storageLocations();
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const operators: TestGroup = { id: -1001626, title: "Operatori WeMi", type: "supergroup" };

/** The first column of a query's rows, on a connection of its own. */
async function select(url: string, sql: string, params: unknown[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ row: string }>(sql, params);
    return rows.map((r) => r.row);
  } finally {
    await client.end();
  }
}

/** Where the database holds a text: review items, chat state and requests that contain it. */
const rowsWith = (url: string, words: string) =>
  select(
    url,
    `SELECT 'review' AS row FROM review_queue WHERE text LIKE '%' || $1 || '%'
     UNION ALL SELECT kind AS row FROM chat_state WHERE value::text LIKE '%' || $1 || '%'
     UNION ALL SELECT 'request' AS row FROM handoff_requests WHERE data::text LIKE '%' || $1 || '%'`,
    [words],
  );

/**
 * Retries a database check for up to 10 s: an update's writes are committed when its handling
 * ends, after its replies went out, and later still on a loaded machine.
 */
const once = (check: () => Promise<void>) => eventually(check, 100);

/** What is kept under a key: a chat's profile and dialogue, a request's operators' messages. */
const stateUnder = (url: string, key: string) =>
  select(url, "SELECT kind AS row FROM chat_state WHERE key = $1", [key]);

/** The requests still linked to a chat. */
const requestsOf = (url: string, chat: number) =>
  select(url, "SELECT reference AS row FROM handoff_requests WHERE citizen_chat_id = $1", [chat]);

it("on PostgreSQL, /cancella_dati after a restart still takes her words off the review queue, her request and her language", async () => {
  const { dataDir, databaseUrl } = await locate("postgres");
  const url = databaseUrl as string;
  const harness = await startHarness({ dataDir, databaseUrl: url, operatorChatId: operators.id });
  h = harness;
  harness.emulator.addGroup(operators);
  const nives: TestUser = { id: 4_417_889, first_name: "Nives", language_code: "it" };
  const words = "dove posso comprare i biglietti per la partita di domenica";
  harness.emulator.sendText(nives, "/lingua");
  harness.emulator.pressButton(
    nives,
    await until(harness.emulator, nives.id, /Choose your language/),
    "l:en",
  );
  await until(harness.emulator, nives.id, /I will write in English/);
  await sendMisunderstood(harness.emulator, nives, words);
  await once(async () => expect(await rowsWith(url, words)).toContain("review"));
  const reference = await askForOperator(harness.emulator, nives, { typedPhone: "347 555 0199" });
  await once(async () => expect(await rowsWith(url, "5550199")).toContain("request"));

  // A redeploy: nothing the bot held in memory links the queued words to her any more.
  await harness.stopBot();
  await harness.startBot();

  harness.emulator.sendText(nives, "/cancella_dati");
  await until(harness.emulator, nives.id, /delete all the data I hold/);
  harness.emulator.sendText(nives, "yes");
  await until(harness.emulator, nives.id, /your data is deleted/);
  await once(async () => expect(await rowsWith(url, words)).toEqual([]));
  await once(async () => expect(await rowsWith(url, "5550199")).toEqual([]));
  await once(async () => expect(await rowsWith(url, "Niguarda")).toEqual([]));
  await once(async () => expect(await stateUnder(url, String(nives.id))).toEqual([]));
  await once(async () => expect(await requestsOf(url, nives.id)).toEqual([]));
  // The operators learn that the request they may be about to call is withdrawn, and their
  // copy of her name and phone goes too.
  const inOperatorsChat = (pattern: RegExp) =>
    harness.emulator.sentMessages(operators.id).some((m) => pattern.test(m.text ?? ""));
  await harness.emulator.waitFor(
    () => inOperatorsChat(/ritirat|withdrawn/i) && !inOperatorsChat(/555 ?0199|Nives/),
  );
  expect(notificationsOf(harness.emulator, operators, reference).length).toBeGreaterThan(0);
  // Then the note of where those messages are goes, once they are blanked.
  await once(async () => expect(await stateUnder(url, reference)).toEqual([]));
  // Her language went with the rest: the bot greets her in Italian, as her phone is set.
  harness.emulator.sendText(nives, "/start");
  await until(harness.emulator, nives.id, /Sono l'assistente di/);
}, 60_000);

it("on PostgreSQL, a «no» to /cancella_dati typed at the phone question after a restart offers the request again", async () => {
  const { dataDir, databaseUrl } = await locate("postgres");
  const harness = await startHarness({
    dataDir,
    databaseUrl: databaseUrl as string,
    operatorChatId: operators.id,
  });
  h = harness;
  harness.emulator.addGroup(operators);
  const ada: TestUser = { id: 4_417_890, first_name: "Ada", language_code: "it" };
  await untilPhoneQuestion(harness.emulator, ada);

  await harness.stopBot();
  await harness.startBot();

  harness.emulator.sendText(ada, "/cancella_dati");
  await until(harness.emulator, ada.id, /Vuoi cancellare tutti i dati/);
  harness.emulator.sendText(ada, "no, scusa, ho sbagliato");
  const kept = await until(harness.emulator, ada.id, /non ho cancellato nulla/);
  expect(harness.emulator.buttonsOf(kept).map((b) => b.data)).toContain("op");
}, 60_000);
