import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startPostgres, type TestPostgres } from "./postgres.js";

/** The storage backends every behaviour suite runs against. */
export const BACKENDS = ["files", "postgres"] as const;
export type BackendKind = (typeof BACKENDS)[number];

export interface StorageLocation {
  readonly dataDir: string;
  /** Set for PostgreSQL: a fresh, empty database. */
  readonly databaseUrl?: string;
}

/**
 * Starts one PostgreSQL server for the test file (stopped after it) and returns a function
 * giving a fresh, empty place to store into for a backend: a folder, plus a database.
 */
export function storageLocations(): (kind: BackendKind) => Promise<StorageLocation> {
  let server: TestPostgres | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }, 60_000);
  return async (kind) => {
    const dataDir = await mkdtemp(join(tmpdir(), "wemi-data-"));
    dirs.push(dataDir);
    if (kind === "files") return { dataDir };
    if (server === undefined) throw new Error("the test PostgreSQL server did not start");
    return { dataDir, databaseUrl: await server.createDatabase() };
  };
}
