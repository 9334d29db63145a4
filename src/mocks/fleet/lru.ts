/** A small least-recently-used cache: a Map keeps insertion order, so the first key is the oldest. */
export interface Lru<K, V> {
  get(key: K, make: () => V): V;
}

export function createLru<K, V>(capacity: number): Lru<K, V> {
  const entries = new Map<K, V>();
  return {
    get(key, make) {
      if (entries.has(key)) {
        const value = entries.get(key) as V;
        entries.delete(key);
        entries.set(key, value);
        return value;
      }
      const value = make();
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as K);
      return value;
    },
  };
}
