import { readdir, readlink } from "node:fs/promises";

/**
 * Files under `folder` this process holds open (Linux, /proc): a store or journal done with
 * them holds none, else node closes them on garbage collection and warns.
 */
export async function filesOpenUnder(folder: string): Promise<string[]> {
  const links = await Promise.all(
    (await readdir("/proc/self/fd")).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => "")),
  );
  return links.filter((target) => target.startsWith(folder));
}
