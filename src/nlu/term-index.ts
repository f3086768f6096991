/**
 * A fixed set of strings and their positions, looked up by content: what a Map<string, number>
 * does, in a few typed arrays. The models' vocabularies (72,000 feature terms of the model of
 * every language, 45,000 features of the danger model) as Maps took about 60 bytes a term in
 * entries and string headers, plus the strings; here they are one string of all the terms,
 * where each ends, and an open-addressing table of positions (load under one half).
 */
export class TermIndex {
  private constructor(
    /** Every term one after the other. */
    private readonly text: string,
    /** Where term i ends in `text` (it starts where term i - 1 ends). */
    private readonly ends: Uint32Array,
    /** Term positions by hash, -1 where empty. */
    private readonly table: Int32Array,
  ) {}

  /** The index of `terms` in their order; a term given twice is found at its first place. */
  static of(terms: readonly string[]): TermIndex {
    const ends = new Uint32Array(terms.length);
    let at = 0;
    terms.forEach((term, i) => {
      at += term.length;
      ends[i] = at;
    });
    let size = 2;
    while (size < terms.length * 2) size *= 2;
    const index = new TermIndex(terms.join(""), ends, new Int32Array(size).fill(-1));
    for (const [i, term] of terms.entries()) index.add(term, i);
    return index;
  }

  get size(): number {
    return this.ends.length;
  }

  /** The term at `position`. */
  term(position: number): string {
    return this.text.slice(this.start(position), this.ends[position]);
  }

  /** Where `term` is, or -1. */
  indexOf(term: string): number {
    const mask = this.table.length - 1;
    for (let slot = hashOf(term) & mask; ; slot = (slot + 1) & mask) {
      const position = this.table[slot] as number;
      if (position === -1 || this.holds(position, term)) return position;
    }
  }

  private add(term: string, position: number): void {
    const mask = this.table.length - 1;
    let slot = hashOf(term) & mask;
    for (; this.table[slot] !== -1; slot = (slot + 1) & mask) {
      if (this.holds(this.table[slot] as number, term)) return;
    }
    this.table[slot] = position;
  }

  private start(position: number): number {
    return position === 0 ? 0 : (this.ends[position - 1] as number);
  }

  private holds(position: number, term: string): boolean {
    const start = this.start(position);
    if ((this.ends[position] as number) - start !== term.length) return false;
    for (let c = 0; c < term.length; c++) {
      if (this.text.charCodeAt(start + c) !== term.charCodeAt(c)) return false;
    }
    return true;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
