import type { ConnectionCheck, Source } from '../source';
import { isSourceError } from '../source-error';
import { createRestClient, type RestClientOptions } from './rest-client';
import { createRestMonitoring } from './monitoring-client';
import { createRestAlerts, createRestMetrics } from './observability-client';
import { createRestOperations } from './operations-client';
import { createRestPipelines } from './pipelines-client';
import { createRestRegistry } from './registry-client';
import { serverInfoWire } from './schemas';

export interface RestSourceOptions extends RestClientOptions {
  connectionId: string;
}

/** A client of the Sightline REST contract (contract/openapi.yaml): one module per capability. */
export function createRestSource(options: RestSourceOptions): Omit<Source, 'cacheKey'> {
  const client = createRestClient(options);

  async function check(signal: AbortSignal): Promise<ConnectionCheck> {
    try {
      const info = await client.get('/info', serverInfoWire, signal);
      const answered = info.capabilities.join(', ') || 'nothing';
      return {
        ok: true,
        version: info.apiVersion,
        summary: `Connected to ${info.name} (contract v${info.apiVersion}); answers ${answered}.`,
        steps: [
          { label: 'Reachable', ok: true, detail: `${client.baseUrl}/info answered.` },
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
    capabilities: {
      registry: createRestRegistry(client),
      operations: createRestOperations(client),
      monitoring: createRestMonitoring(client),
      metrics: createRestMetrics(client),
      alerts: createRestAlerts(client),
      pipelines: createRestPipelines(client),
    },
    check,
  };
}
