import { totalCount } from './counts';

export interface AlignedCategories {
  readonly categories: readonly string[];
  readonly refCounts: readonly number[];
  readonly curCounts: readonly number[];
}

/**
 * Puts two category→count maps on a common axis: the union of categories (reference order
 * first, then categories seen only in the current window), with 0 where a side lacks one.
 * Categories counted zero on both sides are dropped: they carry no information and would
 * only add a degree of freedom to the chi-square test.
 */
export function alignCategories(
  ref: Readonly<Record<string, number>>,
  cur: Readonly<Record<string, number>>,
): AlignedCategories {
  const categories: string[] = [];
  const refCounts: number[] = [];
  const curCounts: number[] = [];
  const seen = new Set<string>();
  for (const category of [...Object.keys(ref), ...Object.keys(cur)]) {
    if (seen.has(category)) continue;
    seen.add(category);
    const r = Object.hasOwn(ref, category) ? (ref[category] ?? 0) : 0;
    const c = Object.hasOwn(cur, category) ? (cur[category] ?? 0) : 0;
    if (r === 0 && c === 0) continue;
    categories.push(category);
    refCounts.push(r);
    curCounts.push(c);
  }
  totalCount(refCounts, 'reference categories');
  totalCount(curCounts, 'current categories');
  return { categories, refCounts, curCounts };
}
