import { ConfigError, parseConfig } from "../config/env.js";
import { HandoffStoreCorruptError } from "../handoff/log-store.js";
import { importDataDir } from "../storage/postgres/import.js";

/** `npm run db:import`: copies DATA_DIR into DATABASE_URL's database (idempotent), with counts. */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  if (config.DATABASE_URL === undefined) {
    throw new ConfigError("Invalid configuration: DATABASE_URL is required for db:import");
  }
  const report = await importDataDir(config.DATA_DIR, config.DATABASE_URL);
  for (const [what, { copied, present }] of Object.entries(report)) {
    process.stdout.write(`${what}: ${copied} copied, ${present} already there\n`);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof HandoffStoreCorruptError;
  process.stderr.write(`${known ? (error as Error).message : String(error)}\n`);
  process.exitCode = 1;
});
