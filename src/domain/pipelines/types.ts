/**
 * Pipelines as a data engineer reads them: a graph of steps, each run validating what it reads
 * and writes, the dataset versions it produced and the model versions that consumed them.
 * Shaped after OpenLineage (jobs, runs, datasets with facets) so Marquez and the Sightline
 * contract map onto the same objects.
 */

export const CHECK_RESULTS = ['pass', 'warn', 'fail'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

/** One validation of a step's input or output: what was expected and what was seen. */
export interface QualityCheck {
  id: string;
  /** "store_id null rate", "row count", "schema matches contract". */
  name: string;
  dataset?: string;
  column?: string;
  expected: string;
  observed: string;
  result: CheckResult;
}

export const STEP_RUN_STATES = ['succeeded', 'failed', 'running', 'queued', 'skipped', 'not-run'] as const;
/** What happened to a step in one run; `not-run` means the run never reached it. */
export type StepRunState = (typeof STEP_RUN_STATES)[number];

export const RUN_STATES = ['succeeded', 'failed', 'running', 'queued'] as const;
export type PipelineRunState = (typeof RUN_STATES)[number];

/** A node of the pipeline graph. `dependsOn` holds the ids of the steps it waits for. */
export interface PipelineStep {
  id: string;
  name: string;
  dependsOn: readonly string[];
  /** Datasets read and written, by name. */
  inputs?: readonly string[];
  outputs?: readonly string[];
}

export interface StepRun {
  stepId: string;
  state: StepRunState;
  startedAt?: number;
  endedAt?: number;
  checks: readonly QualityCheck[];
}

/** The data contract on an edge: what the producer promised, what the consumer checked. */
export interface EdgeContract {
  from: string;
  to: string;
  dataset?: string;
  promised: string;
  checked: string;
  result: CheckResult | 'unknown';
}

export interface RunDuration {
  runId: string;
  startedAt: number;
  durationMs?: number;
  state: PipelineRunState;
}

/** A pipeline in the list: its last run, recent durations and freshness against its SLA. */
export interface PipelineSummary {
  id: string;
  name: string;
  owner?: string;
  description?: string;
  /** How old its output may be before consumers notice; absent when no SLA is set. */
  freshnessSlaMs?: number;
  /** When its output was last written by a successful run. */
  lastSuccessAt?: number;
  lastRun?: RunDuration;
  /** Oldest first. */
  recentRuns: readonly RunDuration[];
  failedChecks: number;
  /** Registered models it feeds. */
  models: readonly string[];
  stepCount: number;
}

export interface PipelineRun {
  id: string;
  pipelineId: string;
  state: PipelineRunState;
  startedAt: number;
  endedAt?: number;
  steps: readonly StepRun[];
  edges: readonly EdgeContract[];
  /** What the backend could not say of it, in words. */
  notes?: readonly string[];
}

/** A pipeline with its graph. */
export interface PipelineDetail extends PipelineSummary {
  steps: readonly PipelineStep[];
}

export interface DatasetColumn {
  name: string;
  type: string;
}

export interface ColumnStats {
  column: string;
  nullCount?: number;
  distinctCount?: number;
  min?: number;
  max?: number;
}

export interface DatasetVersionRef {
  dataset: string;
  version: string;
}

/** One written version of a dataset, with what the run measured of it. */
export interface DatasetVersionInfo extends DatasetVersionRef {
  createdAt: number;
  pipelineId?: string;
  runId?: string;
  stepId?: string;
  rowCount?: number;
  columns: readonly DatasetColumn[];
  columnStats: readonly ColumnStats[];
  checks: readonly QualityCheck[];
  /** Versions it was derived from. */
  inputs: readonly DatasetVersionRef[];
  /** What the backend could not say of it, in words (a facet missing or of an unknown version). */
  notes?: readonly string[];
}

export const CONSUMPTION_USES = ['training', 'evaluation', 'serving'] as const;
export type ConsumptionUse = (typeof CONSUMPTION_USES)[number];

/** A model version that read a dataset version, and how. */
export interface Consumption {
  model: string;
  modelVersion: string;
  use: ConsumptionUse;
  dataset: DatasetVersionRef;
  /** The deployment serving that version, if any. */
  deployment?: string;
}

export const datasetKey = (ref: DatasetVersionRef): string => `${ref.dataset}@${ref.version}`;
