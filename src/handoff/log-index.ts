import type { LinePosition } from "./log-file.js";
import { StoredLookup } from "./log-lookup.js";
import type { RequestFilter } from "./repository.js";
import { type HandoffRequest, type RequestStatus, requestStatusSchema } from "./request.js";

/**
 * What the bot asks of every request without reading it: where its latest version is in the
 * log, and the fields that the store's queries filter on.
 */
export interface IndexEntry extends LinePosition {
  readonly reference: string;
  readonly citizenChatId: number;
  readonly status: RequestStatus;
  readonly createdAt: number;
  readonly closedAt: number | null;
  readonly hasContact: boolean;
  readonly pending: boolean;
  readonly nextAttemptAt: number;
}

const STATUSES = requestStatusSchema.options;
const HAS_CONTACT = 1;
const PENDING = 2;

/** The numeric columns, one value per request, in the order the snapshot stores them. */
const COLUMNS = {
  offset: Float64Array,
  length: Float64Array,
  line: Float64Array,
  citizenChatId: Float64Array,
  createdAt: Float64Array,
  /** NaN: not closed. */
  closedAt: Float64Array,
  nextAttemptAt: Float64Array,
  /** The latest linked operators' message and topic (NaN: none), so each is linked once. */
  messageId: Float64Array,
  threadId: Float64Array,
  status: Uint8Array,
  flags: Uint8Array,
} as const;
type Column = keyof typeof COLUMNS;
type Columns = { [C in Column]: InstanceType<(typeof COLUMNS)[C]> };

const allocate = (capacity: number) => {
  const columns = Object.fromEntries(
    Object.entries(COLUMNS).map(([name, Type]) => [name, new Type(capacity)]),
  ) as Columns;
  columns.messageId.fill(Number.NaN);
  columns.threadId.fill(Number.NaN);
  return columns;
};

const MESSAGE = 0;
const THREAD = 1;

/**
 * Requests by reference, citizen and operators' message. Columns of typed arrays, one row
 * per request in creation order: about 60 bytes a request plus its reference, no object per
 * request, and a snapshot that loads as a few block copies. The rows the snapshot held are
 * found through its stored lookup; only the rows added since have map entries.
 */
export class RequestIndex {
  private columns: Columns;
  private stored = StoredLookup.empty;
  /** The references of the rows after the stored ones. */
  private readonly added: string[] = [];
  private readonly rows = new Map<string, number>();
  /**
   * Every private message asks "has this citizen a request?": answered without a scan. The
   * rows linked since the snapshot (added, or moved to another citizen); a stored row counts
   * for the citizen its column names now.
   */
  private readonly byCitizen = new Map<number, number | number[]>();
  /**
   * Operators' messages and topics, as [chat, MESSAGE or THREAD, id, row] in the order they
   * were recorded. Looked up from the end (operators reply at human speed): no map to build.
   */
  private links: Float64Array<ArrayBufferLike> = new Float64Array(4 * 1024);
  private linkCount = 0;

  constructor(capacity = 1024) {
    this.columns = allocate(capacity);
  }

  get size(): number {
    return this.stored.size + this.added.length;
  }

  private rowOf(reference: string): number | undefined {
    return this.rows.get(reference) ?? this.stored.row(reference);
  }

  private referenceOf(row: number): string {
    return row < this.stored.size
      ? this.stored.reference(row)
      : (this.added[row - this.stored.size] as string);
  }

  has(reference: string): boolean {
    return this.rowOf(reference) !== undefined;
  }

  get(reference: string): IndexEntry | undefined {
    const row = this.rowOf(reference);
    return row === undefined ? undefined : this.entry(row);
  }

  private entry(row: number): IndexEntry {
    const c = this.columns;
    const closedAt = c.closedAt[row] as number;
    const flags = c.flags[row] as number;
    return {
      reference: this.referenceOf(row),
      offset: c.offset[row] as number,
      length: c.length[row] as number,
      line: c.line[row] as number,
      citizenChatId: c.citizenChatId[row] as number,
      status: STATUSES[c.status[row] as number] as RequestStatus,
      createdAt: c.createdAt[row] as number,
      closedAt: Number.isNaN(closedAt) ? null : closedAt,
      hasContact: (flags & HAS_CONTACT) !== 0,
      pending: (flags & PENDING) !== 0,
      nextAttemptAt: c.nextAttemptAt[row] as number,
    };
  }

  /** Every entry, in creation order. */
  *all(): IterableIterator<IndexEntry> {
    for (let row = 0; row < this.size; row++) yield this.entry(row);
  }

  /** Where the request's latest line starts (a newer write or a compaction changes it). */
  offsetOf(reference: string): number | undefined {
    const row = this.rowOf(reference);
    return row === undefined ? undefined : this.columns.offset[row];
  }

  /** Records where a request's latest version is, and what queries filter on. */
  put(request: HandoffRequest, position: LinePosition): void {
    let row = this.rowOf(request.reference);
    if (row === undefined) {
      row = this.size;
      if (row === this.columns.offset.length) this.grow();
      this.added.push(request.reference);
      this.rows.set(request.reference, row);
      this.linkCitizen(request.citizenChatId, row);
    } else if (this.columns.citizenChatId[row] !== request.citizenChatId) {
      this.unlinkCitizen(this.columns.citizenChatId[row] as number, row);
      this.linkCitizen(request.citizenChatId, row);
    }
    const c = this.columns;
    c.offset[row] = position.offset;
    c.length[row] = position.length;
    c.line[row] = position.line;
    c.citizenChatId[row] = request.citizenChatId;
    c.createdAt[row] = request.createdAt;
    c.closedAt[row] = request.closedAt ?? Number.NaN;
    c.nextAttemptAt[row] = request.notification.nextAttemptAt;
    c.status[row] = STATUSES.indexOf(request.status);
    c.flags[row] =
      (request.contact !== null ? HAS_CONTACT : 0) |
      (request.notification.state === "pending" ? PENDING : 0);
    const { chatId, messageId, threadId } = request.notification;
    // Earlier cards stay linked: a reply to any copy reaches the one request.
    if (messageId !== undefined && c.messageId[row] !== messageId) {
      c.messageId[row] = messageId;
      this.link(chatId, MESSAGE, messageId, row);
    }
    if (threadId !== undefined && c.threadId[row] !== threadId) {
      c.threadId[row] = threadId;
      this.link(chatId, THREAD, threadId, row);
    }
  }

  /** The same request, now at another place in the file (after compaction). */
  move(reference: string, position: LinePosition): void {
    const row = this.rowOf(reference);
    if (row === undefined) return;
    this.columns.offset[row] = position.offset;
    this.columns.length[row] = position.length;
    this.columns.line[row] = position.line;
  }

  private link(chatId: number, kind: number, id: number, row: number): void {
    if (4 * (this.linkCount + 1) > this.links.length) {
      const larger = new Float64Array(Math.max(4 * 1024, this.links.length * 2));
      larger.set(this.links);
      this.links = larger;
    }
    this.links.set([chatId, kind, id, row], 4 * this.linkCount++);
  }

  private grow(): void {
    const larger = allocate(Math.max(1024, this.columns.offset.length * 2));
    for (const name of Object.keys(COLUMNS) as Column[])
      (larger[name] as Float64Array).set(this.columns[name] as Float64Array);
    this.columns = larger;
  }

  private linkCitizen(chatId: number, row: number): void {
    const mine = this.byCitizen.get(chatId);
    if (mine === undefined) this.byCitizen.set(chatId, row);
    else if (typeof mine === "number") this.byCitizen.set(chatId, [mine, row]);
    else mine.push(row);
  }

  private unlinkCitizen(chatId: number, row: number): void {
    const mine = this.byCitizen.get(chatId);
    if (mine === row) this.byCitizen.delete(chatId);
    else if (Array.isArray(mine)) {
      const rest = mine.filter((r) => r !== row);
      this.byCitizen.set(chatId, rest.length === 1 ? (rest[0] as number) : rest);
    }
  }

  /** The citizen's rows, in creation order. */
  private rowsOfCitizen(chatId: number): number[] {
    const linked = this.byCitizen.get(chatId) ?? [];
    const rows = new Set(typeof linked === "number" ? [linked] : linked);
    for (const row of this.stored.rowsOf(chatId))
      if (this.columns.citizenChatId[row] === chatId) rows.add(row);
    return [...rows].sort((a, b) => a - b);
  }

  /** The entries a filter selects, in creation order, without reading any request. */
  select(filter: RequestFilter): IndexEntry[] {
    let candidates: Iterable<number>;
    if (filter.citizenChatId !== undefined) {
      candidates = this.rowsOfCitizen(filter.citizenChatId);
    } else if (filter.references !== undefined && filter.references.size < this.size) {
      candidates = [...filter.references]
        .flatMap((reference) => this.rowOf(reference) ?? [])
        .sort((a, b) => a - b);
    } else candidates = Array.from({ length: this.size }, (_, row) => row);
    const c = this.columns;
    const status = filter.status === undefined ? -1 : STATUSES.indexOf(filter.status);
    const selected: IndexEntry[] = [];
    for (const row of candidates) {
      const closedAt = c.closedAt[row] as number;
      if (
        (status < 0 || c.status[row] === status) &&
        (filter.createdSince === undefined ||
          (c.createdAt[row] as number) >= filter.createdSince) &&
        (filter.createdBefore === undefined ||
          (c.createdAt[row] as number) < filter.createdBefore) &&
        (filter.closedBefore === undefined || closedAt < filter.closedBefore) &&
        (filter.withContact === undefined ||
          (((c.flags[row] as number) & HAS_CONTACT) !== 0) === filter.withContact) &&
        (filter.references === undefined || filter.references.has(this.referenceOf(row)))
      )
        selected.push(this.entry(row));
    }
    return selected;
  }

  /** The requests whose operators' notification is due at `now`. */
  due(now: number): IndexEntry[] {
    const c = this.columns;
    const due: IndexEntry[] = [];
    for (let row = 0; row < this.size; row++)
      if (((c.flags[row] as number) & PENDING) !== 0 && (c.nextAttemptAt[row] as number) <= now)
        due.push(this.entry(row));
    return due;
  }

  findByOperatorMessage(
    chatId: number,
    messageId: number | undefined,
    threadId: number | undefined,
  ): string | undefined {
    const find = (kind: number, id: number | undefined) => {
      if (id === undefined) return undefined;
      const links = this.links;
      for (let at = 4 * (this.linkCount - 1); at >= 0; at -= 4)
        if (links[at + 2] === id && links[at + 1] === kind && links[at] === chatId)
          return links[at + 3] as number;
      return undefined;
    };
    // The topic wins over the replied-to message.
    const row = find(THREAD, threadId) ?? find(MESSAGE, messageId);
    return row === undefined ? undefined : this.referenceOf(row);
  }

  /**
   * The index as bytes: the columns, the lookup of references and citizens, the links. Each
   * part starts at a multiple of 8 bytes, so that a load reads them where they lie.
   */
  encode(): Buffer {
    const parts: Buffer[] = [];
    for (const name of Object.keys(COLUMNS) as Column[]) {
      const column = this.columns[name];
      parts.push(
        Buffer.from(column.buffer, column.byteOffset, this.size * column.BYTES_PER_ELEMENT),
      );
    }
    const references = Array.from({ length: this.size }, (_, row) => this.referenceOf(row));
    const lookup = StoredLookup.build(
      references,
      (row) => this.columns.citizenChatId[row] as number,
    );
    const counts = new Float64Array([this.size, this.linkCount]);
    return Buffer.concat(
      [
        Buffer.from(counts.buffer),
        ...parts,
        ...lookup.encode(),
        Buffer.from(this.links.buffer, this.links.byteOffset, 4 * this.linkCount * 8),
      ].flatMap((part) => [part, Buffer.alloc((8 - (part.length % 8)) % 8)]),
    );
  }

  /**
   * The index `encode` wrote; undefined if the bytes are not one. Columns and lookup are views
   * of the bytes, which the index then owns (a first new request copies the columns out).
   */
  static decode(bytes: Uint8Array<ArrayBuffer>): RequestIndex | undefined {
    // The columns view the bytes in place when they start on 8 bytes (a body read into a
    // buffer of its own); else they view a copy.
    const body = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
    let at = 0;
    const take: Take = (Type, n) => {
      const size = n * Type.BYTES_PER_ELEMENT;
      if (!Number.isSafeInteger(n) || n < 0 || at + size > body.length)
        throw new RangeError("the snapshot is cut short");
      const array = new Type(body.buffer, body.byteOffset + at, n);
      at += size + ((8 - (size % 8)) % 8);
      return array;
    };
    try {
      const [size, linkCount] = take(Float64Array, 2) as unknown as [number, number];
      const index = new RequestIndex(0);
      for (const name of Object.keys(COLUMNS) as Column[])
        (index.columns as Record<Column, unknown>)[name] = take(
          COLUMNS[name] as Float64ArrayConstructor,
          size,
        );
      index.stored = StoredLookup.decode(size, take);
      const links = take(Float64Array, 4 * linkCount);
      if (at !== body.length) return undefined;
      for (let at = 3; at < links.length; at += 4)
        if (!((links[at] as number) >= 0 && (links[at] as number) < size)) return undefined;
      index.links = links;
      index.linkCount = linkCount;
      return index;
    } catch {
      return undefined;
    }
  }
}

/** A typed array of `n` elements read from where a snapshot's next part lies. */
export type Take = <T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(
  Type: {
    new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
    readonly BYTES_PER_ELEMENT: number;
  },
  n: number,
) => T;
