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
        "language",
      ]);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      for (const alternative of result.alternatives) {
        expect(Object.keys(alternative)).toEqual(["intent", "confidence"]);
      }
    }
  });

  it("says which language each message is in", async () => {
    const { stdout } = await classify(
      [],
      "mi serve una badante per mia madre\nI need a carer for my mum\n",
    );
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line).language),
    ).toEqual(["it", "en"]);
  });

  it("adds the second need when a message asks for two, and only then", async () => {
    const { stdout } = await classify(
      [],
      // Two trades a family hires, added one to the other: both meant by a rule, not by the
      // model's margin (a carer and invalidity paperwork, the example until session 41, hung on
      // a runner-up of 0.015 against 0.019 and moved with what the model learns).
      "cerco una badante per mia madre e anche una colf per le pulizie\ncerco una badante per mia madre\n",
    );
    const [two, one] = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(two).toMatchObject({ intent: "badante", also: "colf" });
    expect(one.intent).toBe("badante");
    expect(one).not.toHaveProperty("also");
  });

  it("classifies a message given as arguments", async () => {
    const { stdout } = await classify(["mio", "figlio", "è", "dislessico"]);
    expect(JSON.parse(stdout)).toMatchObject({ text: "mio figlio è dislessico", intent: "dsa" });
  });
});
