import type { Registry } from '../capabilities';
import { isSourceError } from '../source-error';
import { fleetFacets, scanFleet } from './fleet-scan';
import { listModels } from './list-models';
import type { MlflowClient } from './mlflow-client';
import type { MlflowOptions } from './options';
import { toTrainingRun } from './run-to-domain';
import { getModelVersionWire, getRegisteredModelWire, getRunWire, type ModelVersionWire } from './schemas';
import { fleetSummary } from './summary';
import { toModelDetail, toModelSummary } from './to-domain';
import { MLFLOW_SEARCH_MATCHES, MLFLOW_SORTABLE_BY } from './query-support';
import { listVersions, modelNotFound } from './versions';

export type RegistryOptions = MlflowOptions & {
  /** The connection's name, for messages. */
  name: string;
};

/** The registry capability over MLflow's REST API (`/api/2.0/mlflow/...`). */
export function createMlflowRegistry(client: MlflowClient, options: RegistryOptions): Registry {
  /** The production alias's version, when `latest_versions` (newest per stage) did not include it. */
  async function aliasVersion(name: string, signal: AbortSignal): Promise<ModelVersionWire | undefined> {
    try {
      const answer = await client.get(
        'registered-models/alias',
        { name, alias: options.productionAlias },
        getModelVersionWire,
        signal,
      );
      return answer.model_version;
    } catch (error) {
      // MLflow answers an unknown alias with 400 INVALID_PARAMETER_VALUE. Without the
      // version the page shows no deploy time; everything else still stands.
      if (isSourceError(error) && [400, 403, 404].includes(error.status ?? 0)) return undefined;
      throw error;
    }
  }

  return {
    searchMatches: MLFLOW_SEARCH_MATCHES,
    sortableBy: MLFLOW_SORTABLE_BY,
    listModels: (query, signal) => listModels(client, options, query, signal),

    async getModel(name, signal) {
      const { registered_model: model } = await client.get(
        'registered-models/get',
        { name },
        getRegisteredModelWire,
        signal,
        { notFound: modelNotFound(options.name, name) },
      );
      const summary = toModelSummary(model, options);
      const needsLookup =
        summary.lastDeployedAt === undefined &&
        summary.aliases.some((a) => a.alias === options.productionAlias);
      return toModelDetail(model, options, needsLookup ? await aliasVersion(name, signal) : undefined);
    },

    listVersions: (name, signal) => listVersions(client, options, name, signal),

    async getRun(runId, signal) {
      const { run } = await client.get('runs/get', { run_id: runId }, getRunWire, signal, {
        notFound: `${options.name} has no run with the id "${runId}".`,
      });
      return toTrainingRun(run);
    },

    async facets(signal) {
      const scan = await scanFleet(client, options.facetsMaxPages, signal);
      return fleetFacets(scan.models.map((model) => toModelSummary(model, options)));
    },

    async summary(signal) {
      const scan = await scanFleet(client, options.summaryMaxPages, signal);
      const summary = await fleetSummary(client, options, scan.models, signal);
      return scan.truncated ? { ...summary, partial: true } : summary;
    },
  };
}
