import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const script = join(root, "src/cli/locate.ts");

// Started from another folder: the index must be found from the code, not the cwd.
const locate = (args: string[], input = "") =>
  spawnSync(tsx, [script, ...args], { cwd: tmpdir(), input, encoding: "utf8", timeout: 30_000 });

describe("npm run locate", () => {
  it("answers one JSON line per input line, and prints nothing else", () => {
    const run = locate([], "via Padova 120\n\nsto a NoLo\n@45.49,9.21\nMonza\nboh\n");
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    const answers = lines.map((line) => JSON.parse(line));
    expect(answers.map((a) => a.text)).toEqual([
      "via Padova 120",
      "sto a NoLo",
      "@45.49,9.21",
      "Monza",
      "boh",
    ]);
    expect(answers[0]).toMatchObject({
      municipio: 2,
      kind: "address",
      matched: "Via Padova 120",
      span: "via Padova 120",
    });
    expect(answers[0].confidence).toBeGreaterThan(0.9);
    expect(answers[1]).toMatchObject({ municipio: null, candidates: [2, 3], kind: "nil" });
    expect(answers[2]).toMatchObject({ municipio: 2, kind: "point" });
    expect(answers[3]).toMatchObject({ outsideMilan: true, municipio: null });
    expect(answers[4]).toMatchObject({
      kind: "unknown",
      municipio: null,
      span: null,
      confidence: 0,
    });
    for (const answer of answers) {
      expect(Object.keys(answer)).toEqual(
        expect.arrayContaining([
          "text",
          "municipio",
          "candidates",
          "outsideMilan",
          "kind",
          "matched",
          "span",
          "confidence",
        ]),
      );
    }
  });

  it("takes one description as arguments", () => {
    const run = locate(["via", "Valla", "25"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ text: "via Valla 25", municipio: 5 });
  });
});
