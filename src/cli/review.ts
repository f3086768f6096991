import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { cataloguePaths } from "../catalogue/load.js";
import { ConfigError, parseConfig } from "../config/env.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadClassifier } from "../nlu/index.js";
import {
  FileReviewStore,
  OUT_OF_SCOPE,
  openLabeller,
  type ReviewItem,
  ReviewQueue,
} from "../review/index.js";
import { openStorage } from "../storage/backend.js";

const USAGE =
  "usage: npm run review -- --format csv|json        (exports the review queue)\n" +
  "       npm run review -- --import file.csv        (applies the label column: an intent id, fuori_ambito or elimina)";

const COLUMNS = ["id", "kind", "language", "times", "text", "guesses", "label"] as const;
/** Labels an admin may type besides an intent id. */
const OUT_OF_SCOPE_LABELS = new Set([OUT_OF_SCOPE, "fuori_ambito", "out_of_scope"]);
const DELETE_LABELS = new Set(["elimina", "delete"]);
const GUESSES = 3;
/** A text starting like a formula would run in a spreadsheet (OWASP's CSV-injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

class UsageError extends Error {}

async function exportQueue(
  items: readonly ReviewItem[],
  format: string,
  root: string,
): Promise<void> {
  const classifier = await loadClassifier(cataloguePaths(root));
  const rows = items.map((item) => ({
    id: item.id,
    kind: item.kind,
    language: item.language,
    times: item.times,
    text: FORMULA_START.test(item.text) ? `'${item.text}` : item.text,
    guesses: classifier
      .rank(item.text)
      .ranked.slice(0, GUESSES)
      .map((g) => g.intent)
      .join(" "),
    label: "",
  }));
  process.stdout.write(
    format === "json"
      ? `${JSON.stringify(rows, null, 2)}\n`
      : stringify(rows, { header: true, columns: [...COLUMNS], record_delimiter: "windows" }),
  );
}

/** Applies each row's label; returns how many were refused. */
async function importLabels(queue: ReviewQueue, file: string, root: string): Promise<number> {
  const rows = parse(await readFile(file, "utf8"), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as Array<Record<string, string | undefined>>;
  let applied = 0;
  let refused = 0;
  const labeller = await openLabeller(root);
  for (const row of rows) {
    const id = row.id ?? "";
    const label = (row.label ?? "").toLowerCase();
    if (label === "") continue;
    const item = await queue.get(id);
    if (item === undefined) {
      console.log(`${id}: no longer in the queue (already reviewed or expired)`);
      continue;
    }
    if (DELETE_LABELS.has(label)) {
      await queue.remove(id);
      console.log(`${id}: deleted`);
      applied++;
      continue;
    }
    const target = OUT_OF_SCOPE_LABELS.has(label) ? OUT_OF_SCOPE : label;
    const outcome = await labeller.label(target, item.language, item.text);
    if (outcome.ok) {
      await queue.remove(id);
      console.log(`${id}: added to ${outcome.file} (${item.language})`);
      applied++;
    } else {
      console.log(`${id}: refused: ${outcome.reason}`);
      refused++;
    }
  }
  console.log(`${applied} applied, ${refused} refused. Send /reload to the bot to retrain it.`);
  return refused;
}

/** `npm run review`: the misunderstood messages in DATA_DIR, for review in bulk. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: "string", default: "csv" },
      import: { type: "string" },
      // Where intents/ lives; the project's own by default.
      root: { type: "string", default: PROJECT_ROOT },
    },
    strict: true,
  });
  if (values.format !== "csv" && values.format !== "json") throw new UsageError(USAGE);
  const config = parseConfig(process.env);
  // With DATABASE_URL the queue is the instances' shared one; the files are only opened for
  // the queue, so a running bot keeps its request log to itself.
  const storage =
    config.DATABASE_URL === undefined
      ? undefined
      : await openStorage({
          dataDir: config.DATA_DIR,
          databaseUrl: config.DATABASE_URL,
          now: Date.now,
          onCorrupt: () => {},
        });
  const queue = new ReviewQueue(
    storage?.review ?? new FileReviewStore(join(config.DATA_DIR, "review", "queue.json")),
    { retentionDays: config.REVIEW_RETENTION_DAYS },
  );
  try {
    if (values.import === undefined) {
      await exportQueue(await queue.list(), values.format, values.root);
    } else if ((await importLabels(queue, values.import, values.root)) > 0) {
      process.exitCode = 1;
    }
  } finally {
    await storage?.close();
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof UsageError ||
    error instanceof ConfigError ||
    (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ||
    (error as { code?: string }).code === "ENOENT";
  process.stderr.write(`review: ${known ? (error as Error).message : String(error)}\n`);
  process.exitCode = 1;
});
