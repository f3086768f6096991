import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
const CLI = join(PROJECT_ROOT, "src", "cli", "classify.ts");

function classify(args: string[], input?: string) {
  const child = run(TSX, [CLI, ...args], { cwd: PROJECT_ROOT });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  } else child.child.stdin?.end();
  return child;
}

describe("npm run -s classify", () => {
  it("writes one JSON object per input line on stdout, and nothing else", async () => {
    const { stdout } = await classify([], "cerco una badante\nche tempo fa domani\n\nciao\n");
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const results = lines.map((line) => JSON.parse(line));
    expect(results.map((r) => r.text)).toEqual([
      "cerco una badante",
      "che tempo fa domani",
      "ciao",
    ]);
    expect(results.map((r) => r.intent)).toEqual(["badante", null, "saluto"]);
    for (const result of results) {
      expect(Object.keys(result)).toEqual([
        "text",
        "intent",
        "confidence",
        "alternatives",
        "ambiguous",
      ]);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      for (const alternative of result.alternatives) {
        expect(Object.keys(alternative)).toEqual(["intent", "confidence"]);
      }
    }
  });

  it("classifies a message given as arguments", async () => {
    const { stdout } = await classify(["mio", "figlio", "è", "dislessico"]);
    expect(JSON.parse(stdout)).toMatchObject({ text: "mio figlio è dislessico", intent: "dsa" });
  });
});
