import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { FleetSummary, Page } from '../../../domain/fleet';
import type { Incident } from '../../../domain/incident';
import type { ModelDetail, ModelSummary } from '../../../domain/model';
import { useRequiredCapability } from '../../../lib/capability';
import { registryEventsOptions } from '../../../lib/queries/registry-events';
import { operationsKeys, registryKeys } from '../../../lib/query-keys';
import { useCapability } from '../../../lib/sources-context';
import type { RegistryEventLog } from '../../../sources/delivery-capability';

const MODEL_CHOICES = 200;

/** Models to choose a report's subject from: the first names in order. */
export function useModelChoices(): UseQueryResult<Page<ModelSummary>> {
  const { capability, source } = useRequiredCapability('registry');
  const query = { sort: { field: 'name', direction: 'asc' }, limit: MODEL_CHOICES } as const;
  return useQuery({
    queryKey: registryKeys.models(source.cacheKey, query),
    queryFn: ({ signal }) => capability.listModels(query, signal),
    staleTime: 60_000,
  });
}

export function useReportSubject(
  model: string | undefined,
): UseQueryResult<{ kind: 'portfolio'; fleet: FleetSummary } | { kind: 'model'; model: ModelDetail }> {
  const { capability, source } = useRequiredCapability('registry');
  // The raw answer under the registry's own keys, so the cache is shared with the homes and model pages.
  return useQuery({
    queryKey: model ? registryKeys.model(source.cacheKey, model) : registryKeys.summary(source.cacheKey),
    queryFn: ({ signal }): Promise<FleetSummary | ModelDetail> =>
      model ? capability.getModel(model, signal) : capability.summary(signal),
    select: (data) =>
      model
        ? { kind: 'model' as const, model: data as ModelDetail }
        : { kind: 'portfolio' as const, fleet: data as FleetSummary },
  });
}

/** A capability's answer, or why there is none (no connection answers it) so the report can say so. */
export interface Optional<T> {
  query?: UseQueryResult<T>;
  unavailable?: string;
}

export function useReportIncidents(model: string | undefined): Optional<Incident[]> {
  const resolution = useCapability('operations');
  const filter = model ? { model } : {};
  const query = useQuery({
    queryKey: operationsKeys.incidents(resolution.ok ? resolution.source.cacheKey : 'none', filter),
    queryFn: ({ signal }) =>
      resolution.ok ? resolution.capability.listIncidents(filter, signal) : Promise.resolve([]),
    enabled: resolution.ok,
  });
  return resolution.ok ? { query } : { unavailable: resolution.reason };
}

export function useReportEvents(model: string | undefined): Optional<RegistryEventLog> {
  const resolution = useCapability('delivery');
  const filter = model ? { model } : {};
  const query = useQuery({
    ...(resolution.ok
      ? registryEventsOptions(resolution.capability, resolution.source.cacheKey, filter)
      : {
          queryKey: ['delivery', 'none', 'events', filter] as const,
          queryFn: () => Promise.resolve({ events: [], truncated: false }),
        }),
    enabled: resolution.ok,
  });
  return resolution.ok ? { query } : { unavailable: resolution.reason };
}
