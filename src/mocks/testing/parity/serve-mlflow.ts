import { http, type HttpHandler } from 'msw';
import type { TrainingRun } from '../../../domain/lineage';
import type { ModelStage, ModelVersion, VersionStatus } from '../../../domain/model';
import { DEFAULT_MLFLOW_OPTIONS } from '../../../sources/mlflow/options';
import { MlflowApiError } from '../../mlflow/errors';
import { answer, endpointPaths, required } from '../../mlflow/http-utils';
import { registryHandlers } from '../../mlflow/registry-handlers';
import type {
  MlflowStage,
  MlflowStore,
  MlflowVersionStatus,
  StoredModel,
  StoredVersion,
} from '../../mlflow/store';
import { compact, doubleToWire, int64, tagsToWire, type Json } from '../../mlflow/wire';
import { FACTS_NOW, MODEL_FACTS, type ModelFacts } from './registry-facts';

export const MLFLOW_PARITY_URL = 'http://mlflow.test';

/**
 * How MLflow holds what it has no field for: a connection's default tag names (team, owner,
 * task, health) on the registered model, as mlflow/options.ts reads them.
 */
const TAGS = DEFAULT_MLFLOW_OPTIONS;

const STAGE_NAMES: Record<ModelStage, MlflowStage> = {
  production: 'Production',
  staging: 'Staging',
  archived: 'Archived',
  development: 'None',
};

const STATUS_NAMES: Record<VersionStatus, MlflowVersionStatus> = {
  ready: 'READY',
  pending: 'PENDING_REGISTRATION',
  failed: 'FAILED_REGISTRATION',
};

function storedVersion(version: ModelVersion, facts: ModelFacts): StoredVersion {
  return {
    name: version.modelName,
    version: Number(version.version),
    creationTime: version.createdAt,
    lastUpdatedTime: version.updatedAt,
    // A registry that marks production with aliases leaves every version in stage None.
    stage: facts.convention === 'stages' ? STAGE_NAMES[version.stage] : 'None',
    status: STATUS_NAMES[version.status],
    statusMessage: version.statusMessage,
    source: version.source ?? '',
    runId: version.runId,
    description: version.description,
    tags: version.tags,
  };
}

function storedModel(facts: ModelFacts, index: number): StoredModel {
  const { model } = facts;
  return {
    index,
    name: model.name,
    task: model.task,
    area: model.name,
    creationTime: model.createdAt,
    lastUpdatedTime: model.updatedAt,
    description: model.description,
    tags: {
      ...model.tags,
      [TAGS.teamTag]: model.team,
      [TAGS.ownerTag]: model.owner,
      [TAGS.taskTag]: model.task,
      [TAGS.healthTag]: model.health.status,
      [TAGS.healthReasonTag]: model.health.reason,
    },
    aliases: new Map(model.aliases.map((a) => [a.alias, Number(a.version)])),
    versions: facts.versions.map((v) => storedVersion(v, facts)).sort((a, b) => a.version - b.version),
  };
}

/** The facts as an MLflow registry, for the mock MLflow's own registry handlers. */
export function factsStore(): MlflowStore {
  const models = MODEL_FACTS.map(storedModel);
  return {
    options: { modelCount: models.length, seed: 0, now: FACTS_NOW },
    models,
    byName: new Map(models.map((m) => [m.name, m])),
    runs: new Map(),
  };
}

const RUN_STATUS: Record<TrainingRun['status'], string> = {
  running: 'RUNNING',
  scheduled: 'SCHEDULED',
  finished: 'FINISHED',
  failed: 'FAILED',
  killed: 'KILLED',
};

/** `runs/get`'s `run`: lineage in the `mlflow.*` tags, datasets as MLflow ≥ 2.4 logs them. */
export function runToWire(run: TrainingRun): Json {
  const at = run.endedAt ?? run.startedAt;
  const tags: Record<string, string | undefined> = {
    'mlflow.user': run.user,
    'mlflow.runName': run.name,
    'mlflow.source.git.commit': run.codeCommit,
    'mlflow.source.name': run.sourceFile,
    'mlflow.source.type': run.sourceType,
  };
  return {
    info: compact({
      run_id: run.id,
      run_uuid: run.id,
      experiment_id: run.experimentId,
      run_name: run.name,
      user_id: run.user,
      status: RUN_STATUS[run.status],
      start_time: int64(run.startedAt, 'number'),
      end_time: run.endedAt === undefined ? undefined : int64(run.endedAt, 'number'),
      lifecycle_stage: 'active',
    }),
    data: compact({
      metrics: Object.entries(run.metrics).map(([key, value]) => ({
        key,
        value: doubleToWire(value),
        timestamp: at,
        step: 0,
      })),
      params: tagsToWire(run.params),
      tags: Object.entries(tags).flatMap(([key, value]) => (value === undefined ? [] : [{ key, value }])),
    }),
    inputs: compact({
      dataset_inputs: run.datasets.map((d) => ({
        tags: d.context ? [{ key: 'mlflow.data.context', value: d.context }] : [],
        dataset: compact({
          name: d.name,
          digest: d.digest,
          source_type: 's3',
          source: d.source === undefined ? undefined : JSON.stringify({ uri: d.source }),
          profile: d.rows === undefined ? undefined : JSON.stringify({ num_rows: d.rows }),
        }),
      })),
    }),
  };
}

/** An MLflow tracking server that knows only the facts: the mock's registry endpoints and `runs/get`. */
export function mlflowHandlers(base = MLFLOW_PARITY_URL): HttpHandler[] {
  const runs = new Map(MODEL_FACTS.flatMap((f) => f.runs).map((r) => [r.id, r]));
  return [
    ...registryHandlers(factsStore(), base, 'number'),
    ...endpointPaths(base, 'runs/get').map((path) =>
      http.get(path, ({ request }) =>
        answer(() => {
          const id = required(new URL(request.url).searchParams, 'run_id');
          const run = runs.get(id);
          if (!run) throw new MlflowApiError('RESOURCE_DOES_NOT_EXIST', `Run with id=${id} not found`);
          return { run: runToWire(run) };
        }),
      ),
    ),
  ];
}
