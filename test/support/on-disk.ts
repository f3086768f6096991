import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Retries `read` until it stops throwing (a dialogue's state is written just after its reply),
 * every 100 ms, `attempts` times more at most.
 */
export async function eventually<T>(read: () => Promise<T>, attempts = 51): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Every stored byte under a data folder, once the updates being handled are done (an update
 * waits in updates/ only while it is handled, so that a crash cannot lose it), with what the
 * app would write a few seconds later (a profile's changes wait in memory).
 */
export async function everythingUnder(
  root: string,
  app: { writeWaiting(): Promise<void> },
): Promise<string> {
  await eventually(async () => {
    if ((await readdir(join(root, "updates"))).length > 0) throw new Error("still handling");
  });
  await app.writeWaiting();
  let all = "";
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) all += await readFile(join(entry.parentPath, entry.name), "utf8");
  }
  return all;
}
