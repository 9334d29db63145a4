import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Delivery, RegistryEventFilter, RegistryEventLog } from '../../sources/delivery-capability';
import { useRequiredCapability } from '../capability';
import { deliveryKeys } from '../query-keys';
import { useCapability } from '../sources-context';

export const registryEventsOptions = (delivery: Delivery, sourceKey: string, filter: RegistryEventFilter) =>
  queryOptions({
    queryKey: deliveryKeys.events(sourceKey, filter),
    queryFn: ({ signal }) => delivery.registryEvents(filter, signal),
    staleTime: 60_000,
  });

/** The registry's event log (oldest first); throws to the panel boundary when no connection keeps one. */
export function useRegistryEvents(filter: RegistryEventFilter = {}): UseQueryResult<RegistryEventLog> {
  const { capability, source } = useRequiredCapability('delivery');
  return useQuery(registryEventsOptions(capability, source.cacheKey, filter));
}

/**
 * The log where a connection keeps one, for views that work without it (a release's fate is
 * extra there): `unavailable` says why it is missing instead of failing the panel.
 */
export function useOptionalRegistryEvents(filter: RegistryEventFilter = {}): {
  query?: UseQueryResult<RegistryEventLog>;
  unavailable?: string;
} {
  const resolution = useCapability('delivery');
  const query = useQuery({
    ...registryEventsOptions(
      resolution.ok ? resolution.capability : (undefined as unknown as Delivery),
      resolution.ok ? resolution.source.cacheKey : 'none',
      filter,
    ),
    enabled: resolution.ok,
  });
  return resolution.ok ? { query } : { unavailable: resolution.reason };
}
