import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { RolloutEvent } from '../../../domain/rollout';
import type { ChartMarker } from '../../../ui/charts/chart-types';
import { useRequiredCapability } from '../../../lib/capability';
import { operationsKeys } from '../../../lib/query-keys';
import type { Operations } from '../../../sources/operations-capability';

export const rolloutsOptions = (operations: Operations, sourceKey: string, model: string) =>
  queryOptions({
    queryKey: operationsKeys.rollouts(sourceKey, model),
    queryFn: ({ signal }) => operations.listRollouts(model, signal),
  });

export function useRollouts(model: string): UseQueryResult<RolloutEvent[]> {
  const { capability, source } = useRequiredCapability('operations');
  return useQuery(rolloutsOptions(capability, source.cacheKey, model));
}

const ACTION_LABELS: Record<RolloutEvent['action'], ChartMarker['kind']> = {
  deploy: 'deploy',
  rollback: 'rollback',
  'traffic-shift': 'event',
  scale: 'event',
};

/** Rollouts as chart markers: "v14 → production", "rollback v14 → v13". */
export function rolloutMarkers(rollouts: readonly RolloutEvent[]): ChartMarker[] {
  return rollouts.map((r) => ({
    t: r.at,
    kind: ACTION_LABELS[r.action],
    label:
      r.action === 'rollback'
        ? `rollback → v${r.toVersion}`
        : r.action === 'traffic-shift'
          ? `${r.environment} ${r.trafficPercent ?? ''} %`
          : `v${r.toVersion} → ${r.environment}`,
  }));
}
