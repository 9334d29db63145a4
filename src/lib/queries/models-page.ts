import { keepPreviousData, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ModelQuery, Page } from '../../domain/fleet';
import type { ModelSummary } from '../../domain/model';
import { useRequiredCapability } from '../capability';
import { registryKeys } from '../query-keys';
import type { Registry } from '../../sources/capabilities';

export const modelsPageOptions = (registry: Registry, sourceKey: string, query: ModelQuery) =>
  queryOptions({
    queryKey: registryKeys.models(sourceKey, query),
    queryFn: ({ signal }) => registry.listModels(query, signal),
    // Keep the current rows on screen while the next filter or page loads.
    placeholderData: keepPreviousData,
  });

export function useModelsPage(query: ModelQuery): UseQueryResult<Page<ModelSummary>> {
  const { capability, source } = useRequiredCapability('registry');
  return useQuery(modelsPageOptions(capability, source.cacheKey, query));
}
