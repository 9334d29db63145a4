import type { Registry } from '../capabilities';
import { modelQueryParams } from './model-query-params';
import type { RestClient } from './rest-client';
import {
  facetsWire,
  fleetSummaryWire,
  modelDetailWire,
  modelPageWire,
  trainingRunWire,
  versionListWire,
} from './schemas';
import { toFleetSummary, toModelDetail, toModelSummary, toModelVersion, toTrainingRun } from './to-domain';

const enc = encodeURIComponent;

/** The registry part of the contract: `/registry/*`. */
export function createRestRegistry({ get }: RestClient): Registry {
  return {
    async listModels(query, signal) {
      const page = await get('/registry/models', modelPageWire, signal, modelQueryParams(query));
      return {
        items: page.items.map(toModelSummary),
        nextCursor: page.nextCursor ?? undefined,
        total: page.total ?? undefined,
      };
    },
    async getModel(name, signal) {
      return toModelDetail(await get(`/registry/models/${enc(name)}`, modelDetailWire, signal));
    },
    async listVersions(name, signal) {
      const list = await get(`/registry/models/${enc(name)}/versions`, versionListWire, signal);
      return list.items.map(toModelVersion);
    },
    async getRun(runId, signal) {
      return toTrainingRun(await get(`/registry/runs/${enc(runId)}`, trainingRunWire, signal));
    },
    facets: (signal) => get('/registry/facets', facetsWire, signal),
    async summary(signal) {
      return toFleetSummary(await get('/registry/summary', fleetSummaryWire, signal));
    },
  };
}
