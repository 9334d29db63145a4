import type { z } from 'zod';
import type { Registry, Operations, Monitoring } from '../capabilities';
import { requestJson } from '../http';
import type { ConnectionCheck, Source } from '../source';
import { isSourceError } from '../source-error';
import { modelQueryParams } from './model-query-params';
import {
  deploymentListWire,
  errorWire,
  facetsWire,
  fleetSummaryWire,
  modelDetailWire,
  modelPageWire,
  serverInfoWire,
  trainingRunWire,
  versionListWire,
} from './schemas';
import {
  toDeployment,
  toFleetSummary,
  toModelDetail,
  toModelSummary,
  toModelVersion,
  toTrainingRun,
} from './to-domain';

export interface RestSourceOptions {
  connectionId: string;
  name: string;
  /** Base URL of the contract, e.g. `https://ml.example.com/api` or `/api`. */
  baseUrl: string;
  /** Sent as a bearer token; kept in memory only. */
  token?: string;
  timeoutMs?: number;
}

function describeRestError(body: unknown): string | undefined {
  const parsed = errorWire.safeParse(body);
  return parsed.success ? parsed.data.error.message : undefined;
}

/** A client of the Sightline REST contract (contract/openapi.yaml). */
export function createRestSource(options: RestSourceOptions): Omit<Source, 'cacheKey'> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {};

  const get = <S extends z.ZodType>(path: string, schema: S, signal: AbortSignal, query?: URLSearchParams) =>
    requestJson({
      source: options.name,
      url: `${base}${path}`,
      endpoint: `GET ${path}`,
      query,
      headers,
      schema,
      signal,
      timeoutMs: options.timeoutMs,
      describeError: describeRestError,
    });

  const enc = encodeURIComponent;

  const registry: Registry = {
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

  const operations: Operations = {
    async listDeployments(model, signal) {
      const list = await get(`/operations/models/${enc(model)}/deployments`, deploymentListWire, signal);
      return list.items.map(toDeployment);
    },
  };

  const monitoring: Monitoring = {
    hasMonitoring: () => Promise.resolve(true),
  };

  async function check(signal: AbortSignal): Promise<ConnectionCheck> {
    try {
      const info = await get('/info', serverInfoWire, signal);
      const answered = info.capabilities.join(', ') || 'nothing';
      return {
        ok: true,
        version: info.apiVersion,
        summary: `Connected to ${info.name} (contract v${info.apiVersion}); answers ${answered}.`,
        steps: [
          { label: 'Reachable', ok: true, detail: `${base}/info answered.` },
          { label: 'Contract version', ok: true, detail: `v${info.apiVersion}` },
        ],
      };
    } catch (error) {
      if (!isSourceError(error)) throw error;
      return {
        ok: false,
        summary: error.message,
        steps: [{ label: 'Reachable', ok: false, detail: error.hint ?? error.message }],
      };
    }
  }

  return {
    connectionId: options.connectionId,
    name: options.name,
    capabilities: { registry, operations, monitoring },
    check,
  };
}
