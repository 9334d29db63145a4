import { alignCategories } from '../../domain/drift/align-categories';
import type { FeatureProfile } from '../../domain/drift/feature-profile';
import type { DistributionBin } from '../../ui/charts/distribution-types';

const compact = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 3 });

const share = (count: number, total: number): number => (total > 0 ? count / total : 0);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * A profile as chart bins: numeric bins labelled by their edges ("24–28"), categories by name,
 * those the reference never saw marked "(new)" and the current ones in reference order first.
 */
export function distributionBins(profile: FeatureProfile): DistributionBin[] {
  if (profile.kind === 'numeric') {
    const refTotal = sum(profile.refCounts);
    const curTotal = sum(profile.curCounts);
    return profile.refCounts.map((refCount, i) => {
      const curCount = profile.curCounts[i] ?? 0;
      return {
        label: `${compact.format(profile.edges[i] ?? 0)}–${compact.format(profile.edges[i + 1] ?? 0)}`,
        reference: share(refCount, refTotal),
        current: share(curCount, curTotal),
        referenceCount: refCount,
        currentCount: curCount,
      };
    });
  }
  const aligned = alignCategories(profile.refCategories, profile.curCategories);
  const refTotal = sum(aligned.refCounts);
  const curTotal = sum(aligned.curCounts);
  return aligned.categories.map((category, i) => {
    const refCount = aligned.refCounts[i] ?? 0;
    const curCount = aligned.curCounts[i] ?? 0;
    return {
      label: refCount === 0 ? `${category} (new)` : category,
      reference: share(refCount, refTotal),
      current: share(curCount, curTotal),
      referenceCount: refCount,
      currentCount: curCount,
    };
  });
}
