import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Pool } from "pg";
import { PROJECT_ROOT } from "../../config/paths.js";
import { LOCKS } from "./locks.js";

export const MIGRATIONS_DIR = join(PROJECT_ROOT, "migrations");

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The database was migrated by a newer release: this one must not write to it. */
export class SchemaVersionError extends Error {
  override readonly name = "SchemaVersionError";
}

/** `NNN_name.sql` files, in version order; a gap or a repeated number is a packaging error. */
export async function loadMigrations(directory = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(directory)).filter((f) => f.endsWith(".sql")).sort();
  const migrations: Migration[] = [];
  for (const [i, file] of files.entries()) {
    const match = /^(\d+)_([\w-]+)\.sql$/.exec(file);
    if (!match || Number(match[1]) !== i + 1) {
      throw new Error(
        `${join(directory, file)}: expected ${String(i + 1).padStart(3, "0")}_name.sql`,
      );
    }
    migrations.push({
      version: i + 1,
      name: match[2] as string,
      sql: await readFile(join(directory, file), "utf8"),
    });
  }
  return migrations;
}

export interface MigrationResult {
  readonly applied: readonly Migration[];
  readonly version: number;
}

/**
 * Brings the schema to the newest version this release knows, one transaction per
 * migration. Instances starting together wait for each other on an advisory lock, so each
 * migration runs once. A database newer than this release stops it (SchemaVersionError).
 */
export async function migrate(
  pool: Pool,
  migrations: readonly Migration[],
): Promise<MigrationResult> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1, $2)", [...LOCKS.migrations]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`);
      const current = await schemaVersion(client);
      const known = migrations.length;
      if (current > known) {
        throw new SchemaVersionError(
          `the database schema is at version ${current}, newer than this release knows (${known}): upgrade the bot`,
        );
      }
      const applied = migrations.slice(current);
      for (const migration of applied) {
        await client.query("BEGIN");
        try {
          await client.query(migration.sql);
          await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
            migration.version,
            migration.name,
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new Error(
            `migration ${migration.version}_${migration.name} failed: ${(error as Error).message}`,
          );
        }
      }
      return { applied, version: known };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1, $2)", [...LOCKS.migrations]);
    }
  } finally {
    client.release();
  }
}

async function schemaVersion(client: { query: Pool["query"] }): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>(
    "SELECT max(version) AS version FROM schema_migrations",
  );
  return rows[0]?.version ?? 0;
}
