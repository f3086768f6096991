import { ConfigError, parseConfig } from "../config/env.js";
import { createPool } from "../storage/postgres/backend.js";
import { loadMigrations, migrate } from "../storage/postgres/migrations.js";

/** `npm run db:migrate`: brings DATABASE_URL's schema to this release's version. */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  if (config.DATABASE_URL === undefined) {
    throw new ConfigError("Invalid configuration: DATABASE_URL is required for db:migrate");
  }
  const pool = createPool(config.DATABASE_URL, 1);
  try {
    const { applied, version } = await migrate(pool, await loadMigrations());
    const names = applied.map((m) => `${m.version}_${m.name}`).join(", ");
    process.stdout.write(
      `schema at version ${version}${applied.length > 0 ? ` (applied ${names})` : " (up to date)"}\n`,
    );
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
