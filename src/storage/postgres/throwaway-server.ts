import { execFile } from "node:child_process";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
const PG_BIN = "/usr/lib/postgresql/15/bin";

/**
 * A throwaway PostgreSQL 15 for tests and `npm run bench`: initdb into a temporary folder,
 * a server on a free loopback port, stopped and deleted by stop(). Small (it shares the
 * machine), but with fsync on, so a killed instance's committed writes are really on disk.
 */
export interface TestPostgres {
  /** A fresh, empty database on the server; its postgres:// URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Root may not run PostgreSQL: the server runs as the postgres user then. */
async function asServerUser(command: string, args: string[]) {
  const binary = join(PG_BIN, command);
  return process.getuid?.() === 0
    ? run("runuser", ["-u", "postgres", "--", binary, ...args])
    : run(binary, args);
}

let databases = 0;

export async function startPostgres(): Promise<TestPostgres> {
  const dir = await mkdtemp(join(tmpdir(), "wemi-pg-"));
  if (process.getuid?.() === 0) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, "data");
  await asServerUser("initdb", [
    "-D",
    data,
    "-U",
    "postgres",
    "-A",
    "trust",
    "--no-sync",
    "-E",
    "UTF8",
  ]);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    "-c shared_buffers=16MB",
    "-c max_connections=60",
    "-c fsync=on",
  ].join(" ");
  await asServerUser("pg_ctl", [
    "-D",
    data,
    "-l",
    join(dir, "server.log"),
    "-o",
    settings,
    "-w",
    "start",
  ]);
  const root = `postgres://postgres@127.0.0.1:${port}`;
  return {
    async createDatabase() {
      databases += 1;
      const name = `wemi_${process.pid}_${databases}`;
      const admin = new pg.Client({ connectionString: `${root}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${root}/${name}`;
    },
    async stop() {
      await asServerUser("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
