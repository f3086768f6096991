import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/recommend.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

describe("npm run recommend", () => {
  it("prints only the recommendation as JSON, with ids, addresses, reasons and distances", () => {
    const run = runCli("dsa", "via Padova 29");
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.place.municipio).toBe(2);
    expect(output.items[0]).toMatchObject({
      id: "pacinotti",
      name: "WeMi Pacinotti",
      address: "Via Antonio Pacinotti 8, 20155 Milano",
      service: "supporto_dsa",
      reason: "offers_service",
    });
    expect(output.items[0].distanceKm).toBeGreaterThan(5);
  });

  it("exits 1 with a clear message for an intent that has no file", () => {
    const run = runCli("bagno_assistito", "via Padova 29");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('unknown intent "bagno_assistito"');
  });
});
