import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ModelVersion } from '../../domain/model';
import { useRequiredCapability } from '../capability';
import { registryKeys } from '../query-keys';
import type { Registry } from '../../sources/capabilities';

export const versionsOptions = (registry: Registry, sourceKey: string, name: string) =>
  queryOptions({
    queryKey: registryKeys.versions(sourceKey, name),
    queryFn: ({ signal }) => registry.listVersions(name, signal),
  });

export function useVersions(name: string): UseQueryResult<ModelVersion[]> {
  const { capability, source } = useRequiredCapability('registry');
  return useQuery(versionsOptions(capability, source.cacheKey, name));
}
