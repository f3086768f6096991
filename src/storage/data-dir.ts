import { chmod, open, readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Disk, makePrivateDir, PRIVATE_DIR, PRIVATE_FILE } from "./disk.js";

/** DATA_DIR cannot be used: start-up stops with this one line. */
export class DataDirError extends Error {
  override readonly name = "DataDirError";
}

const LOCK = "bot.lock";

/**
 * Makes DATA_DIR and its folders private (0700, files 0600: also those an older version
 * created readable by all), then checks that each folder takes a write now, rather than
 * letting every dialogue fail later.
 */
export async function prepareDataDir(
  dataDir: string,
  folders: readonly string[],
  disk: Disk,
): Promise<void> {
  await makePrivateDir(dataDir);
  await chmod(dataDir, PRIVATE_DIR);
  // All folders at once: at start-up each step waits for the main thread, busy loading content.
  await Promise.all(folders.map((folder) => prepareFolder(join(dataDir, folder), disk)));
}

async function prepareFolder(path: string, disk: Disk): Promise<void> {
  // A folder already private was made by a version that writes its files 0600: walking
  // 100,000 chats' files on every start cost seconds. Only an older folder is walked.
  const wasPrivate = await stat(path).then(
    (s) => (s.mode & 0o777) === PRIVATE_DIR,
    () => false,
  );
  await makePrivateDir(path);
  await chmod(path, PRIVATE_DIR);
  if (!wasPrivate) {
    for (const name of await readdir(path)) {
      const file = join(path, name);
      if ((await stat(file)).isFile()) await chmod(file, PRIVATE_FILE);
    }
  }
  const probe = join(path, `.write-check-${process.pid}`);
  try {
    await disk.writeFile(probe, "ok");
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DataDirError(
      `${path} is not writable (${code}): fix its permissions or free space, then start again`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One bot process per DATA_DIR: two would both append to the request log and both poll
 * Telegram. The lock holds the owner's pid; a lock left by a process that died (kill -9,
 * power cut) is taken over. Returns the release function.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx", PRIVATE_FILE);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
      // The same pid is this process (tests run several bots in one process, one after another).
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirError(
          `${dataDir} is in use by another bot process (pid ${owner}): stop it first, or use another DATA_DIR`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new DataDirError(`${dataDir}: could not take the lock ${path}`);
}
