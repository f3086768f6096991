import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FileReviewStore, ReviewQueue } from "../../src/review/index.js";
import { copyOfContent } from "../../src/runtime/content-copy.js";
import { runCliScript } from "../support/cli.js";

let dataDir: string;
let root: string;
let queue: ReviewQueue;

const runCli = (args: string[]) => runCliScript("review", ["--root", root, ...args], dataDir);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "wemi-review-cli-"));
  root = await copyOfContent();
  queue = new ReviewQueue(new FileReviewStore(join(dataDir, "review", "queue.json")), {
    retentionDays: 30,
  });
  const sender = { locale: "it" as const, names: ["Franca"] };
  await queue.add("unsure", "cerco chi accompagni la nonna alle visite, sono Franca", sender);
  await queue.add("out-of-scope", "=quanto costa il biglietto del tram", sender);
  await queue.add("out-of-scope", "asdfgh", sender);
  await queue.add("unsure", "mio figlio è dislesico", sender);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

type Row = Record<"id" | "kind" | "language" | "times" | "text" | "guesses" | "label", string>;

it("an admin exports the queue as CSV, fills in the labels, and imports them in bulk", async () => {
  const exported = await runCli(["--format", "csv"]);
  expect(exported.stderr).toBe("");
  const rows = parse(exported.stdout, { columns: true }) as Row[];
  expect(rows.map((r) => r.text)).toEqual([
    "cerco chi accompagni la nonna alle visite, sono [nome]",
    "'=quanto costa il biglietto del tram",
    "asdfgh",
    "mio figlio è dislesico",
  ]);
  expect(rows[3]?.guesses.split(" ")[0]).toBe("dsa");

  const labels: Record<string, string> = {
    "cerco chi": "badante",
    "'=quanto": "fuori_ambito",
    asdfgh: "elimina",
    "mio figlio": "dsa",
  };
  const labelled = rows.map((row) => {
    const entry = Object.entries(labels).find(([start]) => row.text.startsWith(start));
    return { ...row, label: entry?.[1] ?? "" };
  });
  const file = join(dataDir, "labels.csv");
  await writeFile(
    file,
    `id,text,label\n${labelled.map((r) => `${r.id},"${r.text}",${r.label}`).join("\n")}\n`,
  );
  const imported = await runCli(["--import", file]);
  expect(imported.stdout).toMatch(/added to intents\/badante\.yaml \(it\)/);
  expect(imported.stdout).toMatch(/added to intents\/_out_of_scope\.yaml \(it\)/);
  expect(imported.stdout).toMatch(/deleted/);
  // "mio figlio è dislesico" is already an example of dsa: refused, and the reason said.
  expect(imported.stdout).toMatch(/refused: .*duplicate/);
  expect(imported.stdout).toMatch(/3 applied, 1 refused/);
  expect(imported.code).toBe(1);

  expect(await readFile(join(root, "intents", "badante.yaml"), "utf8")).toContain(
    '"cerco chi accompagni la nonna alle visite, sono [nome]"',
  );
  expect(await readFile(join(root, "intents", "_out_of_scope.yaml"), "utf8")).toContain(
    '"=quanto costa il biglietto del tram"',
  );
  expect((await queue.list()).map((i) => i.text)).toEqual(["mio figlio è dislesico"]);
});
