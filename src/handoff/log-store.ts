import { type FileHandle, open, readFile, rename, rm, truncate } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { type Disk, makePrivateDir, realDisk } from "../storage/disk.js";
import type { HandoffRepository, NewHandoffRequest, RequestFilter } from "./repository.js";
import { type HandoffRequest, handoffRequestSchema, newReference } from "./request.js";

export const SCHEMA = "wemi-handoffs";
export const SCHEMA_VERSION = 1;

const headerSchema = z.strictObject({
  schema: z.literal(SCHEMA),
  version: z.literal(SCHEMA_VERSION),
});
const entrySchema = z.strictObject({ put: handoffRequestSchema });

/** The store's file cannot be trusted: start-up stops, and the file is left as it is. */
export class HandoffStoreCorruptError extends Error {
  override readonly name = "HandoffStoreCorruptError";
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(
      `${file}:${line}: ${reason}. The file was not modified: inspect or restore it, then start again.`,
    );
  }
}

/**
 * Splits what a crash can leave at the end of the log from the lines before it: a last line
 * without its newline (cut mid-write), or a tail of zero bytes (the file's size reached the
 * disk, its data did not). Such a write was never acknowledged: the write is synced before
 * anyone is told, so setting it aside loses nothing that was promised.
 */
export function splitTornTail(text: string): { whole: string; torn: string } {
  let end = text.lastIndexOf("\n") + 1;
  // Lines of zero bytes before the tail belong to the same lost write.
  while (end > 0) {
    const previous = text.lastIndexOf("\n", end - 2) + 1;
    if (!/^\0+\n$/.test(text.slice(previous, end))) break;
    end = previous;
  }
  return { whole: text.slice(0, end), torn: text.slice(end) };
}

/** Every version written, in order; throws HandoffStoreCorruptError on anything unexpected. */
function parseLog(file: string, text: string): HandoffRequest[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  else throw new HandoffStoreCorruptError(file, lines.length, "the last line is incomplete");
  return lines.flatMap((line, i) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new HandoffStoreCorruptError(file, i + 1, "not valid JSON");
    }
    const schema = i === 0 ? headerSchema : entrySchema;
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const what =
        i === 0
          ? "unknown header or schema version"
          : `${issue?.path.join(".")}: ${issue?.message}`;
      throw new HandoffStoreCorruptError(file, i + 1, what);
    }
    return i === 0 ? [] : [(parsed.data as z.infer<typeof entrySchema>).put];
  });
}

/**
 * The requests in a log as they stand now (the last version of each, in creation order),
 * read without opening the log for writing: for exports and reports beside a running bot.
 * A last line without its newline is a write in progress, not yet acknowledged: left out.
 */
export async function readHandoffLog(file: string): Promise<HandoffRequest[]> {
  const text = await readFile(file, "utf8");
  const latest = new Map<string, HandoffRequest>();
  for (const request of parseLog(file, text.slice(0, text.lastIndexOf("\n") + 1)))
    latest.set(request.reference, request);
  return [...latest.values()];
}

export interface LogStoreOptions {
  readonly now?: () => number;
  readonly random?: () => number;
  readonly disk?: Disk;
  /** Told when start-up set an incomplete last write aside (`sideFile` keeps its bytes). */
  readonly onTornTail?: (details: { file: string; sideFile: string; bytes: number }) => void;
}

/**
 * Handoff requests in an append-only JSON Lines log: a header line with the schema
 * version, then one line per write holding the request's new version. A write appends one
 * line and flushes it to disk (fdatasync), so its cost does not grow with the number of
 * requests, and a crash can lose nothing that was acknowledged. The whole log is read
 * once at start-up into memory.
 */
export class LogHandoffStore implements HandoffRepository {
  private readonly requests = new Map<string, HandoffRequest>();
  private readonly byOperatorMessage = new Map<string, string>();
  /** Every private message asks "has this citizen a request?": answered without a scan. */
  private readonly byCitizen = new Map<number, Set<string>>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Bytes of whole lines on disk: a failed append is cut back to this. */
  private size = 0;
  private tornOnDisk = false;

  private constructor(
    private readonly file: string,
    private handle: FileHandle,
    private readonly now: () => number,
    private readonly random: () => number,
    private readonly disk: Disk,
  ) {}

  static async open(file: string, options: LogStoreOptions = {}): Promise<LogHandoffStore> {
    const disk = options.disk ?? realDisk;
    const now = options.now ?? Date.now;
    await makePrivateDir(dirname(file));
    let text: string | null = null;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        throw new HandoffStoreCorruptError(
          file,
          0,
          `cannot be read (${(error as NodeJS.ErrnoException).code})`,
        );
      }
    }
    if (text !== null) {
      const { whole, torn } = splitTornTail(text);
      if (torn !== "") {
        const sideFile = `${file}.torn-${now()}`;
        await disk.writeFile(sideFile, torn);
        await truncate(file, Buffer.byteLength(whole));
        options.onTornTail?.({ file, sideFile, bytes: Buffer.byteLength(torn) });
        text = whole;
      }
    }
    const handle = await disk.openAppend(file);
    const store = new LogHandoffStore(file, handle, now, options.random ?? Math.random, disk);
    store.size = text === null ? 0 : Buffer.byteLength(text);
    if (text === null || text === "") {
      await store.append(JSON.stringify({ schema: SCHEMA, version: SCHEMA_VERSION }));
    } else {
      try {
        store.load(text);
      } catch (error) {
        await handle.close();
        throw error;
      }
    }
    return store;
  }

  private load(text: string): void {
    for (const request of parseLog(this.file, text)) this.index(request);
  }

  private index(request: HandoffRequest): void {
    const previous = this.requests.get(request.reference);
    if (previous && previous.citizenChatId !== request.citizenChatId) {
      this.byCitizen.get(previous.citizenChatId)?.delete(request.reference);
    }
    const mine = this.byCitizen.get(request.citizenChatId) ?? new Set<string>();
    mine.add(request.reference);
    this.byCitizen.set(request.citizenChatId, mine);
    this.requests.set(request.reference, request);
    const { chatId, messageId, threadId } = request.notification;
    if (messageId !== undefined)
      this.byOperatorMessage.set(`${chatId}:m${messageId}`, request.reference);
    if (threadId !== undefined)
      this.byOperatorMessage.set(`${chatId}:t${threadId}`, request.reference);
  }

  /**
   * A failed append (full disk, read-only remount) may have left part of its line: it is cut
   * back before anything else is written, so the log never holds a broken line in the middle.
   */
  private async append(line: string): Promise<void> {
    const bytes = `${line}\n`;
    if (this.tornOnDisk) {
      await this.handle.truncate(this.size);
      this.tornOnDisk = false;
    }
    try {
      await this.handle.appendFile(bytes);
      await this.handle.datasync();
    } catch (error) {
      this.tornOnDisk = true;
      await this.handle.truncate(this.size).then(
        () => {
          this.tornOnDisk = false;
        },
        () => {},
      );
      throw error;
    }
    this.size += Buffer.byteLength(bytes);
  }

  /** Runs writes one at a time, in call order: no update is computed from a stale version. */
  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => {});
    return result;
  }

  private async put(request: HandoffRequest): Promise<HandoffRequest> {
    const valid = handoffRequestSchema.parse(request);
    await this.append(JSON.stringify({ put: valid }));
    this.index(valid);
    return valid;
  }

  create(draft: NewHandoffRequest): Promise<HandoffRequest> {
    return this.serialize(async () => {
      let reference = newReference(this.random);
      for (let length = 4; this.requests.has(reference); length = Math.min(6, length + 1)) {
        reference = newReference(this.random, length);
      }
      const now = this.now();
      return this.put({ ...draft, reference, createdAt: now, updatedAt: now });
    });
  }

  async get(reference: string): Promise<HandoffRequest | undefined> {
    return this.requests.get(reference);
  }

  update(
    reference: string,
    change: (request: HandoffRequest) => HandoffRequest | null,
  ): Promise<HandoffRequest | undefined> {
    return this.serialize(async () => {
      const current = this.requests.get(reference);
      if (current === undefined) return undefined;
      const next = change(current);
      if (next === null || next === current) return current;
      return this.put({ ...next, reference: current.reference, updatedAt: this.now() });
    });
  }

  async list(filter: RequestFilter = {}): Promise<HandoffRequest[]> {
    const candidates =
      filter.citizenChatId === undefined
        ? [...this.requests.values()]
        : [...(this.byCitizen.get(filter.citizenChatId) ?? [])].map(
            (reference) => this.requests.get(reference) as HandoffRequest,
          );
    return candidates.filter(
      (r) =>
        (filter.status === undefined || r.status === filter.status) &&
        (filter.createdSince === undefined || r.createdAt >= filter.createdSince),
    );
  }

  async findByOperatorMessage(
    chatId: number,
    messageId: number | undefined,
    threadId: number | undefined,
  ): Promise<HandoffRequest | undefined> {
    const byThread =
      threadId === undefined ? undefined : this.byOperatorMessage.get(`${chatId}:t${threadId}`);
    const byMessage =
      messageId === undefined ? undefined : this.byOperatorMessage.get(`${chatId}:m${messageId}`);
    const reference = byThread ?? byMessage;
    return reference === undefined ? undefined : this.requests.get(reference);
  }

  /** One process owns the log: nothing to lease, the due requests are simply listed. */
  async takeDueNotifications(now: number): Promise<HandoffRequest[]> {
    return [...this.requests.values()].filter(
      (r) => r.notification.state === "pending" && r.notification.nextAttemptAt <= now,
    );
  }

  compact(): Promise<void> {
    return this.serialize(async () => {
      const temporary = `${this.file}.compact`;
      const lines = [JSON.stringify({ schema: SCHEMA, version: SCHEMA_VERSION })];
      for (const request of this.requests.values()) lines.push(JSON.stringify({ put: request }));
      const text = `${lines.join("\n")}\n`;
      // A compaction that cannot be written (full disk) leaves the log as it was.
      try {
        await this.disk.writeFile(temporary, text);
        const output = await open(temporary, "r+");
        await output.sync().finally(() => output.close());
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => {});
        throw error;
      }
      // rename is atomic: a crash leaves either the old log or the compacted one, whole.
      await rename(temporary, this.file);
      const previous = this.handle;
      this.handle = await this.disk.openAppend(this.file);
      await previous.close();
      this.size = Buffer.byteLength(text);
    });
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle.close();
  }
}
