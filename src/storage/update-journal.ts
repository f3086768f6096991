import { readdir, readFile, rm, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { type Disk, makePrivateDir, realDisk } from "./disk.js";

const SUFFIX = ".json";

/**
 * Updates taken from Telegram and not yet handled. Telegram forgets an update once the bot
 * asks for later ones, which the runner does before it has handled the batch: each update is
 * written here first and removed once handled, so a crash (kill -9, power cut) in between
 * leaves it to be handled at the next start instead of losing it.
 */
export class UpdateJournal {
  private ready: Promise<unknown> | undefined;
  /** Taken from the journal at start: Telegram may deliver them again, unconfirmed. */
  private readonly replayed = new Set<number>();

  constructor(
    private readonly directory: string,
    private readonly disk: Disk = realDisk,
  ) {}

  private pathOf(updateId: number): string {
    return join(this.directory, `${updateId}${SUFFIX}`);
  }

  async record(updates: readonly Update[]): Promise<void> {
    this.ready ??= makePrivateDir(this.directory);
    await this.ready;
    // A plain write, no temporary file and rename: a file cut short by a crash does not
    // parse and is dropped at the next start, and its update, not yet confirmed to Telegram
    // (that waits for this write), comes again.
    await Promise.all(
      updates.map(async (update) => {
        const path = this.pathOf(update.update_id);
        try {
          await this.disk.writeFile(path, JSON.stringify(update));
        } catch (error) {
          await rm(path, { force: true }).catch(() => {});
          throw error;
        }
      }),
    );
  }

  notReplayed(updates: readonly Update[]): Update[] {
    return updates.filter((update) => !this.replayed.has(update.update_id));
  }

  async handled(updateId: number): Promise<void> {
    // unlink alone: fs.rm would lstat first, on every update.
    await unlink(this.pathOf(updateId)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }

  /** What a previous run took and did not finish, oldest first. */
  async unfinished(): Promise<Update[]> {
    const names = await readdir(this.directory).catch(() => [] as string[]);
    const updates: Update[] = [];
    for (const name of names.filter((n) => /^\d+\.json$/.test(n))) {
      try {
        updates.push(JSON.parse(await readFile(join(this.directory, name), "utf8")) as Update);
      } catch {
        await rm(join(this.directory, name), { force: true });
      }
    }
    for (const update of updates) this.replayed.add(update.update_id);
    return updates.sort((a, b) => a.update_id - b.update_id);
  }
}
