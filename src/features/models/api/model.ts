import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ModelDetail } from '../../../domain/model';
import { useRequiredCapability } from '../../../lib/capability';
import { registryKeys } from '../../../lib/query-keys';
import type { Registry } from '../../../sources/capabilities';

export const modelOptions = (registry: Registry, sourceKey: string, name: string) =>
  queryOptions({
    queryKey: registryKeys.model(sourceKey, name),
    queryFn: ({ signal }) => registry.getModel(name, signal),
  });

export function useModel(name: string): UseQueryResult<ModelDetail> {
  const { capability, source } = useRequiredCapability('registry');
  return useQuery(modelOptions(capability, source.cacheKey, name));
}
