import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { type Disk, makePrivateDir, realDisk, writeAtomically } from "./disk.js";

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
    await Promise.all(
      updates.map((update) =>
        writeAtomically(this.disk, this.pathOf(update.update_id), JSON.stringify(update)),
      ),
    );
  }

  notReplayed(updates: readonly Update[]): Update[] {
    return updates.filter((update) => !this.replayed.has(update.update_id));
  }

  async handled(updateId: number): Promise<void> {
    await rm(this.pathOf(updateId), { force: true });
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
