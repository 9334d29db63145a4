import type {
  Consumption,
  DatasetVersionInfo,
  DatasetVersionRef,
  PipelineDetail,
  PipelineRun,
  PipelineSummary,
} from '../domain/pipelines/types';
import type { Impact } from '../domain/pipelines/impact';

/** A dataset as the list of datasets shows it: its newest version and how fresh it is. */
export interface DatasetSummary {
  name: string;
  pipelineId?: string;
  latestVersion?: string;
  updatedAt?: number;
  freshnessSlaMs?: number;
  failedChecks: number;
}

export interface ConsumptionFilter {
  model?: string;
  modelVersion?: string;
}

/**
 * Pipelines, their runs and checks, dataset versions and which model versions read them
 * (OpenLineage/Marquez, the Sightline REST contract). See docs/sources.md.
 */
export interface Pipelines {
  /** Failing first is the view's business: the source lists in its own order. */
  listPipelines(signal: AbortSignal): Promise<PipelineSummary[]>;
  getPipeline(id: string, signal: AbortSignal): Promise<PipelineDetail>;
  /** `runId` may be `latest`. */
  getRun(pipelineId: string, runId: string, signal: AbortSignal): Promise<PipelineRun>;
  listDatasets(signal: AbortSignal): Promise<DatasetSummary[]>;
  /** Newest first. */
  datasetVersions(dataset: string, signal: AbortSignal): Promise<DatasetVersionInfo[]>;
  consumptions(filter: ConsumptionFilter, signal: AbortSignal): Promise<Consumption[]>;
  /** What a dataset version reaches downstream, up to the model versions that read it. */
  impact(ref: DatasetVersionRef, signal: AbortSignal): Promise<Impact>;
}
