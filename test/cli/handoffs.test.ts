import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { LogHandoffStore } from "../../src/handoff/log-store.js";
import type { NewHandoffRequest } from "../../src/handoff/repository.js";
import { claim } from "../../src/handoff/request.js";
import { runCliScript } from "../support/cli.js";

const runCli = (args: string[], dataDir: string) => runCliScript("handoffs", args, dataDir);

const request = (name: string, note: string, spaceId: string | null): NewHandoffRequest => ({
  status: "open",
  citizenChatId: 7,
  locale: "it",
  intent: "badante",
  municipio: 8,
  area: null,
  spaceId,
  recommendedSpaces: [],
  contact: { name, phone: "+393331234567", preferredTime: "Mattina", note, needText: "" },
  operator: null,
  notification: { chatId: -100, state: "pending", attempts: 0, nextAttemptAt: 0 },
  closedAt: null,
});

let dataDir: string;
let references: string[];
let logBefore: string;
const log = () => join(dataDir, "handoffs", "requests.jsonl");
const CREATED = Date.UTC(2025, 2, 14, 9, 30);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "wemi-export-"));
  const store = await LogHandoffStore.open(log(), { now: () => CREATED });
  const plain = await store.create(request("Anna Bianchi", "", "tate_colf_badanti"));
  const tricky = await store.create(
    request('Maria "Mimì" Rossi', "citofono rotto, suonare due volte\nsecondo piano", null),
  );
  await store.update(tricky.reference, (r) => {
    const outcome = claim(r, { userId: 5, name: "Operatore, Uno" }, CREATED);
    return outcome.kind === "claimed" ? outcome.request : null;
  });
  await store.close();
  references = [plain.reference, tricky.reference];
  logBefore = await readFile(log(), "utf8");
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

it("CSV: a header row, then one row per request, quoted by RFC 4180", async () => {
  const { code, stdout, stderr } = await runCli(["--format", "csv"], dataDir);
  expect(stderr.replace(/^npm warn.*\n/gm, "")).toBe("");
  expect(code).toBe(0);
  expect(stdout).toBe(
    [
      "reference,createdAt,status,intent,municipio,space,name,phone,preferredTime,note,operator",
      `${references[0]},2025-03-14T09:30:00.000Z,open,badante,8,WeMi Tate/Colf/Badanti,Anna Bianchi,+393331234567,Mattina,,`,
      `${references[1]},2025-03-14T09:30:00.000Z,claimed,badante,8,,"Maria ""Mimì"" Rossi",+393331234567,Mattina,"citofono rotto, suonare due volte\nsecondo piano","Operatore, Uno"`,
      "",
    ].join("\r\n"),
  );
  expect(await readFile(log(), "utf8")).toBe(logBefore);
});

it("JSON filtered by status: an array with only the open ones", async () => {
  const { code, stdout } = await runCli(["--status", "open", "--format", "json"], dataDir);
  expect(code).toBe(0);
  const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
  expect(rows).toEqual([
    {
      reference: references[0],
      createdAt: "2025-03-14T09:30:00.000Z",
      status: "open",
      intent: "badante",
      municipio: 8,
      space: "WeMi Tate/Colf/Badanti",
      name: "Anna Bianchi",
      phone: "+393331234567",
      preferredTime: "Mattina",
      note: "",
      operator: null,
    },
  ]);
});

it("a wrong status or format, or no log in DATA_DIR: one line on stderr, nothing on stdout", async () => {
  for (const args of [["--status", "aperta"], ["--format", "xml"], ["--colour"]]) {
    const { code, stdout, stderr } = await runCli(args, dataDir);
    expect(code, args.join(" ")).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.replace(/^npm warn.*\n/gm, "")).toMatch(/^handoffs: [^\n]+\n$/);
  }
  const empty = await mkdtemp(join(tmpdir(), "wemi-export-none-"));
  try {
    const { code, stderr } = await runCli([], empty);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no request log at .*requests\.jsonl/);
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});

it("CSV: a citizen's words that look like a spreadsheet formula are kept as text", async () => {
  const formulaDir = await mkdtemp(join(tmpdir(), "wemi-export-"));
  try {
    const store = await LogHandoffStore.open(join(formulaDir, "handoffs", "requests.jsonl"));
    await store.create(request("=1+2", '=HYPERLINK("http://example.org","clic")', null));
    await store.close();
    const { code, stdout } = await runCli(["--format", "csv"], formulaDir);
    expect(code).toBe(0);
    const row = stdout.split("\r\n")[1] ?? "";
    expect(row).toContain(",'=1+2,+393331234567,");
    expect(row).toContain(`"'=HYPERLINK(""http://example.org"",""clic"")"`);
  } finally {
    await rm(formulaDir, { recursive: true, force: true });
  }
});
