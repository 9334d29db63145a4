export interface DiffRow<T> {
  key: string;
  a?: T;
  b?: T;
  changed: boolean;
}

/**
 * Two versions' params or metrics side by side: every key of either, sorted,
 * marked changed when one side lacks it or the values differ.
 */
export function diffRecords<T extends string | number>(
  a: Record<string, T>,
  b: Record<string, T>,
): DiffRow<T>[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => x.localeCompare(y));
  return keys.map((key) => {
    const left = a[key];
    const right = b[key];
    return { key, a: left, b: right, changed: left !== right };
  });
}

/** Changed rows first (in key order), then the rest: what differs is what a reviewer reads. */
export function changedFirst<T>(rows: DiffRow<T>[]): DiffRow<T>[] {
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}
