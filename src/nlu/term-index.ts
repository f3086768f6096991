/**
 * A fixed set of strings and their positions, looked up by content: what a Map<string, number>
 * does, in a few typed arrays. The models' vocabularies (72,000 feature terms of the model of
 * every language, 45,000 features of the danger model) as Maps took about 60 bytes a term in
 * entries and string headers, plus the strings; here they are one string of all the terms,
 * where each ends, and an open-addressing table of positions (load under one half).
 */
/** Terms written one after the other in `text`, term i ending at `ends[i]`: no string per term. */
export interface JoinedTerms {
  readonly text: string;
  readonly ends: Uint32Array;
}

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
    return TermIndex.joined(terms.join(""), ends);
  }

  /**
   * The index of the terms written one after the other in `text`, term i ending at `ends[i]`
   * (what `text` and `ends` of an index give back): a stored vocabulary comes back without a
   * string per term. Throws when they do not match (a damaged copy).
   */
  static joined(text: string, ends: Uint32Array): TermIndex {
    if ((ends.at(-1) ?? 0) !== text.length) throw new Error("terms that do not fill their text");
    let size = 2;
    while (size < ends.length * 2) size *= 2;
    const index = new TermIndex(text, ends, new Int32Array(size).fill(-1));
    for (let i = 0; i < ends.length; i++) index.add(i);
    return index;
  }

  /** Every term one after the other, and where each ends: TermIndex.joined's arguments. */
  get joinedTerms(): JoinedTerms {
    return { text: this.text, ends: this.ends };
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
    for (let slot = hashOf(term, 0, term.length) & mask; ; slot = (slot + 1) & mask) {
      const position = this.table[slot] as number;
      if (position === -1 || this.holds(position, term)) return position;
    }
  }

  private add(position: number): void {
    const mask = this.table.length - 1;
    const start = this.start(position);
    const end = this.ends[position] as number;
    let slot = hashOf(this.text, start, end) & mask;
    for (; this.table[slot] !== -1; slot = (slot + 1) & mask) {
      if (this.holdsRange(this.table[slot] as number, start, end)) return;
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

  /** Whether the term at `position` is the one at [from, to) of the text. */
  private holdsRange(position: number, from: number, to: number): boolean {
    const start = this.start(position);
    if ((this.ends[position] as number) - start !== to - from) return false;
    for (let c = 0; c < to - from; c++) {
      if (this.text.charCodeAt(start + c) !== this.text.charCodeAt(from + c)) return false;
    }
    return true;
  }
}

/** FNV-1a over the UTF-16 code units of text[from, to). */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
