import { spawn } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/config/paths.js";

const TSX = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run <script>`'s file (src/cli/<name>.ts) as npm would, with only DATA_DIR set. */
export function runCliScript(name: string, args: string[], dataDir: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [join(PROJECT_ROOT, "src", "cli", `${name}.ts`), ...args], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
