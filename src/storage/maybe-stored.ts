/**
 * The keys that may have a file, as a Bloom filter of fixed size: a key it rules out has
 * surely never been written, so a new chat costs no failed file read, and the filter does
 * not grow with the number of chats. A false "maybe" (about 2% at 100,000 chats, more
 * beyond) only costs the read it would have cost anyway; deleted keys stay "maybe" for the
 * same reason.
 */
export class MaybeStored {
  private static readonly BITS = 1 << 20;
  private static readonly PROBES = 3;
  private readonly words = new Uint32Array(MaybeStored.BITS / 32);

  add(key: string): void {
    this.probe(key, (word, bit) => {
      this.words[word] = (this.words[word] as number) | bit;
      return true;
    });
  }

  mayHave(key: string): boolean {
    return this.probe(key, (word, bit) => ((this.words[word] as number) & bit) !== 0);
  }

  /** Double hashing over two FNV-1a variants; stops at the first probe that says no. */
  private probe(key: string, visit: (word: number, bit: number) => boolean): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h2 |= 1;
    for (let i = 0; i < MaybeStored.PROBES; i++) {
      const position = ((h1 + Math.imul(i, h2)) >>> 0) % MaybeStored.BITS;
      if (!visit(position >>> 5, 1 << (position & 31))) return false;
    }
    return true;
  }
}
