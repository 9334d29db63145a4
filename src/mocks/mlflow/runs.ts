import type { ModelTask } from '../../domain/model';
import { createRng, type Rng } from '../fleet/prng';
import { TEAMS } from '../fleet/teams';
import { MINUTE } from '../fleet/time';
import type { StoredModel, StoredVersion } from './store';
import { compact, doubleToWire, int64, tagsToWire, type Int64Style, type Json } from './wire';

const ADJECTIVES = ['bouncy', 'calm', 'gentle', 'brave', 'silent', 'sassy', 'fun', 'clean'] as const;
const ANIMALS = ['boar', 'owl', 'fox', 'crane', 'moth', 'stag', 'finch', 'lynx'] as const;

/** When a version's run trained: it ends minutes before the version was registered. */
export function runTimes(
  model: StoredModel,
  version: StoredVersion,
  seed: number,
): { start: number; end: number } {
  const rng = createRng(seed, 'mlflow-run-time', model.index, version.version);
  const end = version.creationTime - rng.int(5, 90) * MINUTE;
  return { start: end - rng.int(20, 300) * MINUTE, end };
}

function metrics(task: ModelTask, rng: Rng): [string, number][] {
  const q = rng.float(0.7, 0.95);
  if (task === 'regression') {
    return [
      ['rmse', rng.float(5, 40)],
      ['mae', rng.float(3, 25)],
      ['r2', q - 0.1],
    ];
  }
  if (task === 'ranking') {
    return [
      ['ndcg_at_10', q - 0.2],
      ['map_at_10', q - 0.3],
      ['mrr', q - 0.15],
    ];
  }
  return [
    ['auc', q],
    ['accuracy', q - 0.05],
    ['f1', q - 0.12],
    ['log_loss', 1 - q],
  ];
}

function params(rng: Rng): [string, string][] {
  return [
    ['learning_rate', String(rng.pick([0.01, 0.03, 0.05, 0.1]))],
    ['max_depth', String(rng.int(4, 12))],
    ['n_estimators', String(rng.pick([200, 400, 800]))],
    ['seed', String(rng.int(1, 9999))],
  ];
}

function datasetInput(model: StoredModel, rng: Rng, context: 'training' | 'validation', at: number): Json {
  const slug = model.team ? TEAMS[model.team].slug : 'shared';
  const name = `${model.area.replaceAll('-', '_')}_${context === 'training' ? 'features' : 'holdout'}`;
  const rows = rng.int(50_000, 5_000_000) / (context === 'training' ? 1 : 5);
  const delta = rng.chance(0.3);
  const uri = `s3://${slug}-features/${name}/snapshot=${new Date(at).toISOString().slice(0, 10)}/`;
  return {
    tags: [{ key: 'mlflow.data.context', value: context }],
    dataset: {
      name,
      digest: rng.hex(8),
      source_type: delta ? 'delta_table' : 's3',
      source: JSON.stringify(
        delta ? { path: `dbfs:/${slug}/${name}`, delta_table_version: rng.int(1, 400) } : { uri },
      ),
      schema: JSON.stringify({ mlflow_colspec: [{ type: 'double', name: 'x0', required: true }] }),
      profile: JSON.stringify({ num_rows: Math.round(rows), num_elements: Math.round(rows) * 24 }),
    },
  };
}

/** The run behind a version, generated on demand: `runs/get`'s `run` object. */
export function runToWire(model: StoredModel, version: StoredVersion, seed: number, style: Int64Style): Json {
  const rng = createRng(seed, 'mlflow-run-body', model.index, version.version);
  const runId = version.runId ?? '';
  const { start, end } = runTimes(model, version, seed);
  const running = version.status === 'PENDING_REGISTRATION';
  const status = version.status === 'FAILED_REGISTRATION' ? 'FAILED' : running ? 'RUNNING' : 'FINISHED';
  const user = model.tags.owner ?? (model.team ? TEAMS[model.team].people[1] : undefined) ?? 'airflow';
  const notebook = rng.chance(0.2);
  const runName = `${rng.pick(ADJECTIVES)}-${rng.pick(ANIMALS)}-${rng.int(100, 999)}`;
  const metricList = metrics(model.task, rng).map(([key, value]) => ({
    key,
    value: doubleToWire(value),
    timestamp: int64(end, style),
    step: int64(0, style),
  }));
  // A diverged validation loss: MLflow stores NaN, and its JSON says "NaN".
  if (rng.chance(0.05))
    metricList.push({ key: 'val_loss', value: 'NaN', timestamp: int64(end, style), step: int64(0, style) });
  const tags: Record<string, string> = {
    'mlflow.user': user,
    'mlflow.runName': runName,
    'mlflow.source.type': notebook ? 'NOTEBOOK' : 'JOB',
    'mlflow.source.name': notebook
      ? `/Users/${user}/${model.area}-exploration`
      : `pipelines/${model.area}/train.py`,
  };
  if (!notebook) tags['mlflow.source.git.commit'] = rng.hex(40);
  // Runs logged before MLflow 2.4 have no dataset inputs.
  const datasets = rng.chance(0.1)
    ? []
    : [datasetInput(model, rng, 'training', start), datasetInput(model, rng, 'validation', start)];
  return {
    info: compact({
      run_id: runId,
      run_uuid: runId,
      experiment_id: String(1 + model.index),
      run_name: runName,
      user_id: user,
      status,
      start_time: int64(start, style),
      end_time: running ? undefined : int64(end, style),
      artifact_uri: `mlflow-artifacts:/${1 + model.index}/${runId}/artifacts`,
      lifecycle_stage: 'active',
    }),
    data: compact({
      metrics: metricList,
      params: params(rng).map(([key, value]) => ({ key, value })),
      tags: tagsToWire(tags),
    }),
    inputs: compact({ dataset_inputs: datasets }),
  };
}
