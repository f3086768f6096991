import type { Take } from "./log-index.js";

/**
 * Which row holds a reference, and which rows a citizen has, for the rows an index snapshot
 * holds: a hash table and a sorted list built when the snapshot is written, read where they
 * lie when it is loaded. Start-up then makes no string, map entry or object per request (at
 * 100,000 requests, building the maps took about 350 ms and their garbage more).
 */
export class StoredLookup {
  private constructor(
    readonly size: number,
    /** The references' bytes (ASCII: WM- and a code), one after another. */
    private readonly names: Buffer,
    /** Where each row's reference starts in `names`, and where the last one ends. */
    private readonly starts: Uint32Array,
    /** Open addressing by referenceHash: row + 1, or 0 for an empty slot. */
    private readonly slots: Int32Array,
    /** The citizens' chat ids, sorted, and the row of each. */
    private readonly citizens: Float64Array,
    private readonly citizenRows: Uint32Array,
  ) {}

  static readonly empty = new StoredLookup(
    0,
    Buffer.alloc(0),
    new Uint32Array(1),
    new Int32Array(1),
    new Float64Array(0),
    new Uint32Array(0),
  );

  /** The lookup of rows 0..references.length-1, row r holding references[r] of citizenOf(r). */
  static build(references: readonly string[], citizenOf: (row: number) => number): StoredLookup {
    const size = references.length;
    const names = Buffer.from(references.join(""), "latin1");
    const starts = new Uint32Array(size + 1);
    for (let row = 0; row < size; row++)
      starts[row + 1] = (starts[row] as number) + (references[row] as string).length;
    let capacity = 16;
    while (capacity < 2 * size) capacity *= 2;
    const slots = new Int32Array(capacity);
    for (let row = 0; row < size; row++) {
      let slot = referenceHash(references[row] as string) & (capacity - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
      slots[slot] = row + 1;
    }
    const citizenRows = new Uint32Array(size);
    for (let row = 0; row < size; row++) citizenRows[row] = row;
    citizenRows.sort((a, b) => citizenOf(a) - citizenOf(b) || a - b);
    const citizens = new Float64Array(size);
    for (let i = 0; i < size; i++) citizens[i] = citizenOf(citizenRows[i] as number);
    return new StoredLookup(size, names, starts, slots, citizens, citizenRows);
  }

  reference(row: number): string {
    return this.names.toString("latin1", this.starts[row], this.starts[row + 1]);
  }

  row(reference: string): number | undefined {
    if (this.size === 0) return undefined;
    const mask = this.slots.length - 1;
    for (let slot = referenceHash(reference) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot] as number;
      if (stored === 0) return undefined;
      if (this.holds(stored - 1, reference)) return stored - 1;
    }
  }

  private holds(row: number, reference: string): boolean {
    const start = this.starts[row] as number;
    if ((this.starts[row + 1] as number) - start !== reference.length) return false;
    for (let i = 0; i < reference.length; i++)
      if (this.names[start + i] !== reference.charCodeAt(i)) return false;
    return true;
  }

  /** The rows that were the citizen's when the snapshot was written. */
  rowsOf(chatId: number): number[] {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.citizens[middle] as number) < chatId) low = middle + 1;
      else high = middle;
    }
    const rows: number[] = [];
    for (let i = low; i < this.size && this.citizens[i] === chatId; i++)
      rows.push(this.citizenRows[i] as number);
    return rows;
  }

  /** The parts to store, in the order `decode` reads them. */
  encode(): Buffer[] {
    const counts = new Float64Array([this.names.length, this.slots.length]);
    return [counts, this.starts, this.slots, this.citizens, this.citizenRows, this.names].map(
      (array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength),
    );
  }

  /** The lookup of `size` rows that `encode` wrote, read by `take`; throws if it is not one. */
  static decode(size: number, take: Take): StoredLookup {
    const [nameBytes, slotCount] = take(Float64Array, 2) as unknown as [number, number];
    const starts = take(Uint32Array, size + 1);
    const slots = take(Int32Array, slotCount);
    const citizens = take(Float64Array, size);
    const citizenRows = take(Uint32Array, size);
    const bytes = take(Uint8Array, nameBytes);
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const fits =
      slotCount >= 1 &&
      (slotCount & (slotCount - 1)) === 0 &&
      starts[size] === nameBytes &&
      citizenRows.every((row) => row < size) &&
      slots.every((stored) => stored >= 0 && stored <= size);
    if (!fits) throw new RangeError("the snapshot's lookup does not fit its rows");
    return new StoredLookup(size, names, starts, slots, citizens, citizenRows);
  }
}

/** FNV-1a over the reference's characters: the same in every process, unlike a Map's. */
export function referenceHash(reference: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < reference.length; i++)
    hash = Math.imul(hash ^ reference.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
