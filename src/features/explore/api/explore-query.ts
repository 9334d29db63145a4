import { keepPreviousData, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ExploreResult } from '../../../domain/explore/explore-result';
import { alignWindow } from '../../../domain/step';
import type { TimeWindow } from '../../../domain/time-range';
import { exploreKeys } from '../../../lib/query-keys';
import type { Explore, ExploreTemplate } from '../../../sources/explore-capability';
import type { Source } from '../../../sources/source';

export interface RunSpec {
  expr: string;
  instant: boolean;
  window: TimeWindow;
  stepSeconds: number;
}

/** One query of a pane, run at the step it was given (a range query) or at the window's end. */
export const exploreQueryOptions = (explore: Explore, source: Source, spec: RunSpec) => {
  const window = alignWindow(spec.window, spec.stepSeconds);
  const at = spec.window.to;
  return queryOptions({
    queryKey: exploreKeys.run(
      source.cacheKey,
      spec.expr,
      spec.instant ? { timeMs: at } : { window, stepSeconds: spec.stepSeconds },
    ),
    queryFn: ({ signal }): Promise<ExploreResult> =>
      spec.instant
        ? explore.instantQuery(spec.expr, at, signal)
        : explore.rangeQuery(spec.expr, window, spec.stepSeconds, signal),
    enabled: spec.expr.trim() !== '',
    placeholderData: keepPreviousData,
    // A query the server refused will be refused again: the user edits it instead.
    retry: false,
  });
};

export function useExploreQuery(
  explore: Explore,
  source: Source,
  spec: RunSpec,
): UseQueryResult<ExploreResult> {
  return useQuery(exploreQueryOptions(explore, source, spec));
}

export function useExploreTemplates(
  explore: Explore,
  source: Source,
  model: string,
): UseQueryResult<ExploreTemplate[]> {
  return useQuery({
    queryKey: exploreKeys.templates(source.cacheKey, model),
    queryFn: ({ signal }) => explore.templates(model, signal),
    enabled: model.trim() !== '',
  });
}
