import type { FleetSummary } from '../../domain/fleet';
import { HEALTH_STATUSES, healthSeverity, type HealthStatus } from '../../domain/health';
import { MODEL_STAGES, type ModelStage, type ModelSummary } from '../../domain/model';
import { isSourceError } from '../source-error';
import { mapBounded } from './map-bounded';
import type { MlflowClient } from './mlflow-client';
import type { MlflowOptions } from './options';
import { trainingDataset } from './run-to-domain';
import { getModelVersionWire, getRunWire, type ModelVersionWire, type RegisteredModelWire } from './schemas';
import { toModelSummary } from './to-domain';

const LIST_LENGTH = 10;
export const NO_DATASET = 'not logged in MLflow';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Worst first, then by name so the order is total. */
const byUrgency = (a: ModelSummary, b: ModelSummary): number =>
  healthSeverity(b.health.status) - healthSeverity(a.health.status) || a.name.localeCompare(b.name);

/** A 404 or 403 means "not known here", not a failed summary. */
async function unlessMissing<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (isSourceError(error) && (error.status === 404 || error.status === 403)) return undefined;
    throw error;
  }
}

interface Production {
  model: ModelSummary;
  version?: ModelVersionWire;
}

/**
 * Training data age of the production models whose production version was
 * registered longest ago (registration stands in for training, which only the
 * run knows): `LIST_LENGTH` of them, each read from its run.
 */
async function trainingDataAge(
  client: MlflowClient,
  options: MlflowOptions,
  production: Production[],
  signal: AbortSignal,
): Promise<FleetSummary['trainingDataAge']> {
  const registeredAt = (p: Production): number => p.version?.creation_timestamp ?? p.model.updatedAt;
  const oldest = [...production].sort((a, b) => registeredAt(a) - registeredAt(b)).slice(0, LIST_LENGTH);
  const rows = await mapBounded(oldest, options.runConcurrency, async ({ model, version }) => {
    const known =
      version ??
      (
        await unlessMissing(
          client.get(
            'model-versions/get',
            { name: model.name, version: model.productionVersion ?? '' },
            getModelVersionWire,
            signal,
          ),
        )
      )?.model_version;
    const runId = known?.run_id;
    const run = runId
      ? (await unlessMissing(client.get('runs/get', { run_id: runId }, getRunWire, signal)))?.run
      : undefined;
    const dataset = run ? trainingDataset(run) : undefined;
    return {
      modelName: model.name,
      team: model.team,
      trainedAt: run?.info.end_time ?? run?.info.start_time ?? known?.creation_timestamp ?? model.createdAt,
      dataset: dataset ? `${dataset.name}@${dataset.digest}` : NO_DATASET,
    };
  });
  return rows.sort((a, b) => a.trainedAt - b.trainedAt);
}

/** The portfolio in numbers, worked out from the models a bounded scan read (see scanFleet). */
export async function fleetSummary(
  client: MlflowClient,
  options: MlflowOptions,
  models: readonly RegisteredModelWire[],
  signal: AbortSignal,
): Promise<FleetSummary> {
  const byHealth = zeros<HealthStatus>(HEALTH_STATUSES);
  const byStage = zeros<ModelStage>(MODEL_STAGES);
  const summaries = models.map((wire) => toModelSummary(wire, options));
  const production: Production[] = [];
  summaries.forEach((model, i) => {
    byHealth[model.health.status]++;
    byStage[model.stage]++;
    if (model.productionVersion === undefined) return;
    const version = models[i]?.latest_versions.find((v) => v.version === model.productionVersion);
    production.push({ model, version });
  });

  const needsAttention = summaries
    .filter((m) => m.health.status === 'critical' || m.health.status === 'warning')
    .sort(byUrgency)
    .slice(0, LIST_LENGTH);
  const recentlyShipped = production
    .flatMap(({ model }) =>
      model.lastDeployedAt === undefined || model.productionVersion === undefined
        ? []
        : [
            {
              modelName: model.name,
              version: model.productionVersion,
              team: model.team,
              shippedAt: model.lastDeployedAt,
            },
          ],
    )
    .sort((a, b) => b.shippedAt - a.shippedAt)
    .slice(0, LIST_LENGTH);

  return {
    totalModels: summaries.length,
    byHealth,
    byStage,
    needsAttention,
    recentlyShipped,
    trainingDataAge: await trainingDataAge(client, options, production, signal),
  };
}
