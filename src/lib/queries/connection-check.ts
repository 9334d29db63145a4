import { queryOptions, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ConnectionCheck, Source } from '../../sources/source';
import { useSourceSet } from '../sources-context';

export const connectionCheckOptions = (source: Source) =>
  queryOptions({
    queryKey: ['connection-check', source.cacheKey] as const,
    queryFn: ({ signal }) => source.check(signal),
    staleTime: 60_000,
    refetchInterval: 120_000,
    retry: false,
  });

/** The health of every active connection, for the header's indicator. */
export function useConnectionChecks(): { source: Source; check: UseQueryResult<ConnectionCheck> }[] {
  const sources = [...useSourceSet().sources.values()];
  const checks = useQueries({ queries: sources.map(connectionCheckOptions) });
  return checks.map((check, index) => ({ source: sources[index] as Source, check }));
}

export function useConnectionCheck(source: Source): UseQueryResult<ConnectionCheck> {
  return useQuery(connectionCheckOptions(source));
}
