import type { DatasetVersion, RunStatus, TrainingRun } from '../../domain/lineage';
import type { DatasetInputWire, RunWire } from './schemas';
import { tagRecord } from './to-domain';

/** The run tags MLflow writes for lineage (`mlflow/utils/mlflow_tags.py`). */
export const LINEAGE_TAGS = {
  commit: 'mlflow.source.git.commit',
  sourceName: 'mlflow.source.name',
  sourceType: 'mlflow.source.type',
  user: 'mlflow.user',
  runName: 'mlflow.runName',
  datasetContext: 'mlflow.data.context',
} as const;

const RUN_STATUS: Record<RunWire['info']['status'], RunStatus> = {
  RUNNING: 'running',
  SCHEDULED: 'scheduled',
  FINISHED: 'finished',
  FAILED: 'failed',
  KILLED: 'killed',
};

/** MLflow keeps the latest value per key; NaN and infinities (sent as strings) are left out. */
export function latestMetrics(run: RunWire): Record<string, number> {
  return Object.fromEntries(
    run.data.metrics.filter((m) => Number.isFinite(m.value)).map((m) => [m.key, m.value]),
  );
}

export function runIdOf(run: RunWire): string {
  return run.info.run_id || run.info.run_uuid || '';
}

export function toTrainingRun(run: RunWire): TrainingRun {
  const tags = tagRecord(run.data.tags);
  return {
    id: runIdOf(run),
    name: run.info.run_name || tags[LINEAGE_TAGS.runName] || undefined,
    experimentId: run.info.experiment_id || undefined,
    user: tags[LINEAGE_TAGS.user] || run.info.user_id || '',
    status: RUN_STATUS[run.info.status],
    startedAt: run.info.start_time,
    endedAt: run.info.end_time,
    params: tagRecord(run.data.params),
    metrics: latestMetrics(run),
    datasets: run.inputs.dataset_inputs.map(toDatasetVersion),
    codeCommit: tags[LINEAGE_TAGS.commit] || undefined,
    sourceFile: tags[LINEAGE_TAGS.sourceName] || undefined,
    sourceType: tags[LINEAGE_TAGS.sourceType] || undefined,
  };
}

export function toDatasetVersion(input: DatasetInputWire): DatasetVersion {
  const { dataset } = input;
  return {
    name: dataset.name,
    digest: dataset.digest,
    source: datasetLocation(dataset.source),
    context: tagRecord(input.tags)[LINEAGE_TAGS.datasetContext] || undefined,
    rows: rowCount(dataset.profile),
  };
}

/** The training input of a run: the one whose context says so, else the first. */
export function trainingDataset(run: RunWire): DatasetVersion | undefined {
  const datasets = run.inputs.dataset_inputs.map(toDatasetVersion);
  return datasets.find((d) => d.context === 'training') ?? datasets[0];
}

function parseObject(json: string | undefined): Record<string, unknown> | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A dataset's `source` is JSON written by its DatasetSource: `{"uri": …}` for
 * files and HTTP, `{"path": …}` for Delta, `{"table_name": …}` for tables, and
 * so on. Show the location; keep the raw text when it is not JSON.
 */
function datasetLocation(source: string | undefined): string | undefined {
  const parsed = parseObject(source);
  if (!parsed) return source || undefined;
  for (const key of ['uri', 'url', 'path', 'table_name', 'hf_dataset_name']) {
    const value = parsed[key];
    if (typeof value === 'string' && value) return value;
  }
  return source;
}

function rowCount(profile: string | undefined): number | undefined {
  const rows = parseObject(profile)?.num_rows;
  return typeof rows === 'number' && Number.isFinite(rows) ? rows : undefined;
}
