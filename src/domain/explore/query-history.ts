/**
 * Queries a person ran, per connection, kept on this device. Only the connection's id and the
 * expression are kept: never a URL, a token or a result. Starred entries stay until removed;
 * the others are the last `limit` per connection.
 */
export interface HistoryEntry {
  connectionId: string;
  expr: string;
  /** Epoch ms of the latest run. */
  at: number;
  starred: boolean;
}

export const HISTORY_LIMIT = 50;

const same = (
  a: { connectionId: string; expr: string },
  b: { connectionId: string; expr: string },
): boolean => a.connectionId === b.connectionId && a.expr === b.expr;

/** Newest first; a query run again moves to the top and keeps its star. */
export function recordQuery(
  entries: readonly HistoryEntry[],
  run: { connectionId: string; expr: string; at: number },
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  const expr = run.expr.trim();
  if (!expr) return [...entries];
  const previous = entries.find((e) => same(e, { ...run, expr }));
  const next = [
    { connectionId: run.connectionId, expr, at: run.at, starred: previous?.starred ?? false },
    ...entries.filter((e) => !same(e, { ...run, expr })),
  ];
  return trim(next, limit);
}

/** Drops the unstarred entries beyond the newest `limit` of each connection. */
export function trim(entries: readonly HistoryEntry[], limit = HISTORY_LIMIT): HistoryEntry[] {
  const kept = new Map<string, number>();
  return entries.filter((e) => {
    if (e.starred) return true;
    const count = kept.get(e.connectionId) ?? 0;
    kept.set(e.connectionId, count + 1);
    return count < limit;
  });
}

export function setStarred(
  entries: readonly HistoryEntry[],
  target: { connectionId: string; expr: string },
  starred: boolean,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  return trim(
    entries.map((e) => (same(e, target) ? { ...e, starred } : e)),
    limit,
  );
}

export function removeEntry(
  entries: readonly HistoryEntry[],
  target: { connectionId: string; expr: string },
): HistoryEntry[] {
  return entries.filter((e) => !same(e, target));
}

/** One connection's entries: starred first, then newest first. */
export function historyFor(entries: readonly HistoryEntry[], connectionId: string): HistoryEntry[] {
  return entries
    .filter((e) => e.connectionId === connectionId)
    .sort((a, b) => Number(b.starred) - Number(a.starred) || b.at - a.at);
}
