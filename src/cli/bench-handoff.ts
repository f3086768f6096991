import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Low } from "lowdb";
import { JSONFile } from "lowdb/node";
import { LogHandoffStore, SCHEMA, SCHEMA_VERSION } from "../handoff/log-store.js";
import type { NewHandoffRequest } from "../handoff/repository.js";
import type { HandoffRequest } from "../handoff/request.js";
import { mb, ms, percentile, timed } from "./stats.js";

const SIZES = [1_000, 10_000, 100_000];
const WRITES = 500;
// Same alphabet as references: a prefilled one never looks invalid.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** The n-th distinct reference, so that prefilled requests never collide. */
function reference(n: number): string {
  let code = "";
  for (let rest = n, i = 0; i < 4; i++, rest = Math.floor(rest / ALPHABET.length))
    code = ALPHABET[rest % ALPHABET.length] + code;
  return `WM-${code}`;
}

/** A request of realistic size: a full contact, the citizen's words and three spaces. */
export function draft(n: number): NewHandoffRequest {
  return {
    status: "open",
    citizenChatId: 100_000_000 + n,
    locale: "it",
    intent: "badante",
    municipio: (n % 9) + 1,
    area: "NIL 76 QUARTO OGGIARO - VIALBA - MUSOCCO",
    spaceId: "tate_colf_badanti",
    recommendedSpaces: ["tate_colf_badanti", "capuana", "pacinotti"],
    contact: {
      name: "Giovanna Rossi",
      phone: "+393331234567",
      preferredTime: "Mattina",
      note: "Meglio dopo le 10, il citofono non funziona",
      needText: "mia madre ha 87 anni e non riesce più a stare da sola",
    },
    operator: null,
    notification: {
      chatId: -1001234567890,
      state: "sent",
      attempts: 1,
      nextAttemptAt: 0,
      messageId: n,
    },
    closedAt: null,
  };
}

/**
 * Writes a log holding `size` requests in one go, as years of use would leave it; with
 * `indexed`, opens and closes it once, so the index is saved beside it as the bot saves it.
 */
export async function prefill(file: string, size: number, indexed = false): Promise<void> {
  const lines = [JSON.stringify({ schema: SCHEMA, version: SCHEMA_VERSION })];
  const now = Date.now();
  for (let n = 0; n < size; n++) {
    const request: HandoffRequest = {
      ...draft(n),
      reference: reference(n),
      createdAt: now,
      updatedAt: now,
    };
    lines.push(JSON.stringify({ put: request }));
  }
  await mkdir(join(file, ".."), { recursive: true });
  await writeFile(file, `${lines.join("\n")}\n`);
  if (indexed) await (await LogHandoffStore.open(file)).close();
}

const summary = (durations: number[]) => {
  const sorted = [...durations].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(percentile(sorted, 100))}`;
};

/**
 * Handoff storage: the time to open a log of 1,000 to 100,000 requests, and the
 * latency of a durable write (append + fdatasync) once it holds them, for new requests and
 * for updates (a claim). Run on a temporary folder of the machine's own disk.
 */
export async function benchHandoff(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "wemi-bench-handoff-"));
  const lines = [
    `handoff request log (${WRITES} sequential writes each, fdatasync on ${tmpdir()})`,
  ];
  try {
    for (const size of SIZES) {
      const file = join(dir, `requests-${size}.jsonl`);
      await prefill(file, size);
      const bytes = (await stat(file)).size;
      let store: LogHandoffStore | undefined;
      // The first open reads and checks the whole log and saves its index (as after an
      // upgrade or a crash before the index was saved); later opens start from the index.
      const firstOpen = await timed(async () => {
        store = await LogHandoffStore.open(file);
      });
      await store?.close();
      const open = await timed(async () => {
        store = await LogHandoffStore.open(file);
      });
      const log = store as LogHandoffStore;
      const creates: number[] = [];
      const created: string[] = [];
      for (let i = 0; i < WRITES; i++) {
        creates.push(
          await timed(async () => created.push((await log.create(draft(size + i))).reference)),
        );
      }
      const updates: number[] = [];
      for (let i = 0; i < WRITES; i++) {
        const target = reference(Math.floor((i * size) / WRITES));
        updates.push(
          await timed(() =>
            log.update(target, (r) => ({
              ...r,
              status: "claimed",
              operator: { userId: 42, name: "Anna Rossi" },
            })),
          ),
        );
      }
      await log.close();
      lines.push(
        `  ${size.toLocaleString("en")} requests (${mb(bytes)}): open ${ms(open)} (whole log read without the index: ${ms(firstOpen)}); create ${summary(creates)}; update ${summary(updates)}`,
      );
    }
    lines.push(...(await benchSingleLowdbFile(dir)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}

const LOWDB_WRITES = 20;

/**
 * The layout the log replaced, for comparison: all requests in one lowdb JSON file, which
 * lowdb rewrites whole (atomically) on every write.
 */
async function benchSingleLowdbFile(dir: string): Promise<string[]> {
  const lines = [
    `one lowdb JSON file holding every request (${LOWDB_WRITES} writes each): the default layout`,
  ];
  for (const size of SIZES) {
    const now = Date.now();
    const requests: HandoffRequest[] = Array.from({ length: size }, (_, n) => ({
      ...draft(n),
      reference: reference(n),
      createdAt: now,
      updatedAt: now,
    }));
    const db = new Low(
      new JSONFile<{ requests: HandoffRequest[] }>(join(dir, `lowdb-${size}.json`)),
      { requests },
    );
    await db.write();
    const writes: number[] = [];
    for (let i = 0; i < LOWDB_WRITES; i++) {
      writes.push(
        await timed(() =>
          db.update((data) =>
            data.requests.push({
              ...draft(size + i),
              reference: reference(size + i),
              createdAt: now,
              updatedAt: now,
            }),
          ),
        ),
      );
    }
    lines.push(`  ${size.toLocaleString("en")} requests: write ${summary(writes)}`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchHandoff()) console.log(line);
}
