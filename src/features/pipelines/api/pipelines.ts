import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Impact } from '../../../domain/pipelines/impact';
import type {
  Consumption,
  DatasetVersionInfo,
  DatasetVersionRef,
  PipelineDetail,
  PipelineRun,
  PipelineSummary,
} from '../../../domain/pipelines/types';
import { useRequiredCapability } from '../../../lib/capability';
import { pipelinesKeys } from '../../../lib/query-keys';
import { useCapability } from '../../../lib/sources-context';
import type { DatasetSummary } from '../../../sources/pipelines-capability';

export function usePipelines(): UseQueryResult<PipelineSummary[]> {
  const { capability, source } = useRequiredCapability('pipelines');
  return useQuery({
    queryKey: pipelinesKeys.list(source.cacheKey),
    queryFn: ({ signal }) => capability.listPipelines(signal),
    refetchInterval: 60_000,
  });
}

/** The pipelines when a connection answers them; idle (and `available: false`) otherwise. */
export function useOptionalPipelines(): { query: UseQueryResult<PipelineSummary[]>; available: boolean } {
  const resolution = useCapability('pipelines');
  const query = useQuery({
    queryKey: pipelinesKeys.list(resolution.ok ? resolution.source.cacheKey : 'none'),
    queryFn: ({ signal }) =>
      resolution.ok ? resolution.capability.listPipelines(signal) : Promise.resolve([]),
    enabled: resolution.ok,
  });
  return { query, available: resolution.ok };
}

export function usePipeline(id: string): UseQueryResult<PipelineDetail> {
  const { capability, source } = useRequiredCapability('pipelines');
  return useQuery({
    queryKey: pipelinesKeys.pipeline(source.cacheKey, id),
    queryFn: ({ signal }) => capability.getPipeline(id, signal),
  });
}

export function usePipelineRun(id: string, runId: string): UseQueryResult<PipelineRun> {
  const { capability, source } = useRequiredCapability('pipelines');
  return useQuery({
    queryKey: pipelinesKeys.run(source.cacheKey, id, runId),
    queryFn: ({ signal }) => capability.getRun(id, runId, signal),
  });
}

export function useDatasets(): UseQueryResult<DatasetSummary[]> {
  const { capability, source } = useRequiredCapability('pipelines');
  return useQuery({
    queryKey: pipelinesKeys.datasets(source.cacheKey),
    queryFn: ({ signal }) => capability.listDatasets(signal),
  });
}

export function useDatasetVersions(dataset: string): UseQueryResult<DatasetVersionInfo[]> {
  const { capability, source } = useRequiredCapability('pipelines');
  return useQuery({
    queryKey: pipelinesKeys.versions(source.cacheKey, dataset),
    queryFn: ({ signal }) => capability.datasetVersions(dataset, signal),
  });
}

export function useImpact(ref: DatasetVersionRef | undefined): UseQueryResult<Impact> {
  const { capability, source } = useRequiredCapability('pipelines');
  return useQuery({
    queryKey: pipelinesKeys.impact(source.cacheKey, ref?.dataset ?? '', ref?.version ?? ''),
    queryFn: ({ signal }) => capability.impact(ref as DatasetVersionRef, signal),
    enabled: ref !== undefined,
  });
}

export function useConsumptions(model: string): UseQueryResult<Consumption[]> {
  const { capability, source } = useRequiredCapability('pipelines');
  return useQuery({
    queryKey: pipelinesKeys.consumptions(source.cacheKey, model),
    queryFn: ({ signal }) => capability.consumptions({ model }, signal),
  });
}
