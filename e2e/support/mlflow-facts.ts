import { DEFAULT_MLFLOW_MOCK } from '../../src/mocks/mlflow/handlers';
import { runToWire } from '../../src/mocks/mlflow/runs';
import { createMlflowStore, type MlflowStore } from '../../src/mocks/mlflow/store';

/**
 * The truth about the mock MLflow the browser demo serves with `?mlflow=demo`: the same
 * seeded store, built here. Names, run ids, digests and commits depend only on the seed.
 */
let store: MlflowStore | undefined;
const mlflowStore = (): MlflowStore => (store ??= createMlflowStore({ ...DEFAULT_MLFLOW_MOCK }));

/** Every registered model name in MLflow's default order (`name ASC`, byte order: capitals first). */
export function mlflowModelNames(): string[] {
  return mlflowStore()
    .models.map((m) => m.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface MlflowLineageFacts {
  model: string;
  version: string;
  runId: string;
  runName: string;
  user: string;
  commit: string;
  sourceName: string;
  datasets: { name: string; digest: string }[];
}

interface RunWire {
  info: { run_name: string };
  data: { tags: { key: string; value: string }[] };
  inputs: { dataset_inputs?: { dataset: { name: string; digest: string } }[] };
}

/**
 * A model whose `champion` (production) version came from a run that logged a git commit and
 * dataset inputs: what its lineage page must show, from the run's tags and `inputs.dataset_inputs`.
 */
export function mlflowLineage(): MlflowLineageFacts {
  const { models, options } = mlflowStore();
  for (const model of models) {
    const champion = model.aliases.get('champion');
    const version = model.versions.find((v) => v.version === champion);
    if (!version?.runId || /[^a-z0-9-]/.test(model.name)) continue;
    const run = runToWire(model, version, options.seed, 'number') as unknown as RunWire;
    const tags = Object.fromEntries(run.data.tags.map((t) => [t.key, t.value]));
    const datasets = (run.inputs.dataset_inputs ?? []).map((d) => d.dataset);
    const commit = tags['mlflow.source.git.commit'];
    if (!commit || datasets.length === 0) continue;
    return {
      model: model.name,
      version: String(version.version),
      runId: version.runId,
      runName: run.info.run_name,
      user: tags['mlflow.user'] ?? '',
      commit,
      sourceName: tags['mlflow.source.name'] ?? '',
      datasets: datasets.map((d) => ({ name: d.name, digest: d.digest })),
    };
  }
  throw new Error('The mock MLflow has no production version with a commit and dataset inputs.');
}
