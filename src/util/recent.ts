/**
 * A pure function of a text, remembering its last `size` results. A citizen's dialogue is
 * replayed from its start at every step (the conversations plugin), so the same few texts
 * are read again and again; results must not be changed by callers.
 */
export function rememberRecent<T>(size: number, compute: (key: string) => T): (key: string) => T {
  const recent = new Map<string, T>();
  return (key) => {
    if (recent.has(key)) return recent.get(key) as T;
    const value = compute(key);
    recent.set(key, value);
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return value;
  };
}
