import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { TrainingRun } from '../../../domain/lineage';
import { useRequiredCapability } from '../../../lib/capability';
import { registryKeys } from '../../../lib/query-keys';
import type { Registry } from '../../../sources/capabilities';

export const runOptions = (registry: Registry, sourceKey: string, runId: string) =>
  queryOptions({
    queryKey: registryKeys.run(sourceKey, runId),
    queryFn: ({ signal }) => registry.getRun(runId, signal),
    // A finished run never changes.
    staleTime: 10 * 60_000,
  });

export function useRun(runId: string | undefined): UseQueryResult<TrainingRun> {
  const { capability, source } = useRequiredCapability('registry');
  return useQuery({ ...runOptions(capability, source.cacheKey, runId ?? ''), enabled: Boolean(runId) });
}
