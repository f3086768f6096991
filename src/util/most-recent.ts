/**
 * Sets `key` as the newest entry of a Map used as a bounded cache (a Map iterates in
 * insertion order, so the first key is the one least recently set), dropping the oldest
 * entry once the map holds more than `limit`.
 */
export function setMostRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as K);
}
