import { join } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { ConfigError, parseConfig } from "../config/env.js";
import { loadDirectory } from "../directory/index.js";
import { HandoffStoreCorruptError, readHandoffLog } from "../handoff/log-store.js";
import { type HandoffRequest, requestStatusSchema } from "../handoff/request.js";

/** One exported row: what an operator or the office needs to follow a request up. */
interface HandoffRow {
  reference: string;
  createdAt: string;
  status: string;
  intent: string;
  municipio: number | null;
  space: string | null;
  name: string | null;
  phone: string | null;
  preferredTime: string | null;
  note: string | null;
  operator: string | null;
}

const COLUMNS: ReadonlyArray<keyof HandoffRow> = [
  "reference",
  "createdAt",
  "status",
  "intent",
  "municipio",
  "space",
  "name",
  "phone",
  "preferredTime",
  "note",
  "operator",
];

function toRow(request: HandoffRequest, spaceName: (id: string) => string): HandoffRow {
  const contact = request.contact;
  return {
    reference: request.reference,
    createdAt: new Date(request.createdAt).toISOString(),
    status: request.status,
    intent: request.intent,
    municipio: request.municipio,
    space: request.spaceId === null ? null : spaceName(request.spaceId),
    name: contact?.name ?? null,
    phone: contact?.phone ?? null,
    preferredTime: contact?.preferredTime ?? null,
    note: contact?.note ?? null,
    operator: request.operator?.name ?? null,
  };
}

/** Fields typed by people: a leading =, +, - or @ would run as a formula in a spreadsheet. */
const TYPED_COLUMNS: ReadonlySet<string> = new Set(["name", "preferredTime", "note", "operator"]);
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 with CRLF line ends, as spreadsheets expect. Typed fields that start like a
 * formula get a leading apostrophe (OWASP's CSV-injection advice); phone numbers keep their +.
 */
function toCsv(rows: readonly HandoffRow[]): string {
  return stringify(
    rows.map((row) => ({ ...row })),
    {
      header: true,
      columns: [...COLUMNS],
      record_delimiter: "windows",
      cast: {
        string: (value, context) =>
          TYPED_COLUMNS.has(String(context.column)) && FORMULA_START.test(value)
            ? `'${value}`
            : value,
      },
    },
  );
}

const USAGE =
  "usage: npm run handoffs -- [--status open|claimed|closed|withdrawn] [--format csv|json]";

/** `npm run handoffs`: the requests in DATA_DIR's log (or DATABASE_URL's), read-only, on stdout. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { status: { type: "string" }, format: { type: "string", default: "csv" } },
    strict: true,
  });
  const status =
    values.status === undefined ? undefined : requestStatusSchema.safeParse(values.status);
  if (status?.success === false || (values.format !== "csv" && values.format !== "json")) {
    throw new UsageError(USAGE);
  }
  const config = parseConfig(process.env);
  const file = join(config.DATA_DIR, "handoffs", "requests.jsonl");
  let requests: HandoffRequest[];
  try {
    requests =
      config.DATABASE_URL === undefined
        ? await readHandoffLog(file)
        : await (await import("../storage/postgres/backend.js")).readRequests(config.DATABASE_URL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new UsageError(`no request log at ${file} (is DATA_DIR right?)`);
    throw error;
  }
  const spaces = new Map(loadDirectory().spaces.map((space) => [space.id, space.name]));
  const rows = requests
    .filter((request) => status === undefined || request.status === status.data)
    .map((request) => toRow(request, (id) => spaces.get(id) ?? id));
  process.stdout.write(
    values.format === "json" ? `${JSON.stringify(rows, null, 2)}\n` : toCsv(rows),
  );
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  const known =
    error instanceof UsageError ||
    error instanceof ConfigError ||
    error instanceof HandoffStoreCorruptError ||
    (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  process.stderr.write(`handoffs: ${known ? (error as Error).message : String(error)}\n`);
  process.exitCode = 1;
});
