import type { FeatureProfile } from './feature-profile';

export interface NewCategory {
  readonly category: string;
  /** Share of the current window's rows, 0–1. */
  readonly currentShare: number;
}

/**
 * Categories seen in the current window but absent from the reference, largest first. The
 * chi-square statistic gives them a small smoothed share (see CHI_SQUARE_EPSILON), so the score
 * alone cannot say what happened: the feature page names each one. Numeric profiles have none.
 */
export function newCategories(profile: FeatureProfile): NewCategory[] {
  if (profile.kind !== 'categorical') return [];
  const total = Object.values(profile.curCategories).reduce((sum, count) => sum + count, 0);
  if (!(total > 0)) return [];
  return Object.entries(profile.curCategories)
    .filter(([category, count]) => count > 0 && !((profile.refCategories[category] ?? 0) > 0))
    .map(([category, count]) => ({ category, currentShare: count / total }))
    .sort((a, b) => b.currentShare - a.currentShare || a.category.localeCompare(b.category));
}
