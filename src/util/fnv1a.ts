/**
 * FNV-1a over a string's UTF-16 units, as an unsigned 32-bit number: the cheap hash of the typo
 * indexes, the language n-grams and the retention sweep's slots. `skip` leaves out the unit at
 * that index (-1: none), so a word's one-letter deletions hash without building them.
 */
export function fnv1a(text: string, skip = -1): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    if (i === skip) continue;
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}
