import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { FairnessOverview, GroupCountsReport } from '../../../domain/fairness/report';
import type { TimeWindow } from '../../../domain/time-range';
import { useRequiredCapability } from '../../../lib/capability';
import { explanationsKeys } from '../../../lib/query-keys';
import type { ExplanationTarget, Explanations } from '../../../sources/explanations-capability';

export const groupCountsOptions = (
  explanations: Explanations,
  sourceKey: string,
  target: ExplanationTarget,
  window: TimeWindow,
) =>
  queryOptions({
    queryKey: explanationsKeys.groups(sourceKey, target, window),
    queryFn: ({ signal }) => explanations.groupCounts(target, window, signal),
    staleTime: 5 * 60_000,
  });

/** Decisions per protected attribute and group: the counts every fairness figure is computed from. */
export function useGroupCounts(
  target: ExplanationTarget,
  window: TimeWindow,
): UseQueryResult<GroupCountsReport> {
  const { capability, source } = useRequiredCapability('explanations');
  return useQuery(groupCountsOptions(capability, source.cacheKey, target, window));
}

export function useFairnessOverview(window: TimeWindow): UseQueryResult<FairnessOverview> {
  const { capability, source } = useRequiredCapability('explanations');
  return useQuery({
    queryKey: explanationsKeys.overview(source.cacheKey, window),
    queryFn: ({ signal }) => capability.fairnessOverview(window, signal),
    staleTime: 5 * 60_000,
  });
}
