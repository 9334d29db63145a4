import type { ConnectionCheck, Source } from '../source';
import { isSourceError } from '../source-error';
import { deferredCapability } from '../lazy-source';
import { createRestClient, type RestClientOptions } from './rest-client';
import { createRestRegistry } from './registry-client';
import { serverInfoWire } from './schemas';

export interface RestSourceOptions extends RestClientOptions {
  connectionId: string;
}

/**
 * A client of the Sightline REST contract (contract/openapi.yaml): one module per capability.
 * The registry answers the landing route, so it is here; every other capability's client and
 * schemas load on its first call, so a new capability never adds to the landing route.
 */
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
      operations: deferredCapability(options.name, 'operations', async () =>
        (await import('./operations-client')).createRestOperations(client),
      ),
      monitoring: deferredCapability(options.name, 'monitoring', async () =>
        (await import('./monitoring-client')).createRestMonitoring(client),
      ),
      // The contract has no scrape interval: known now, so a chart never waits for the module to read it.
      metrics: deferredCapability(
        options.name,
        'metrics',
        async () => (await import('./observability-client')).createRestMetrics(client),
        { scrapeIntervalSeconds: undefined },
      ),
      alerts: deferredCapability(options.name, 'alerts', async () =>
        (await import('./observability-client')).createRestAlerts(client),
      ),
      delivery: deferredCapability(options.name, 'delivery', async () =>
        (await import('./delivery-client')).createRestDelivery(client),
      ),
      explanations: deferredCapability(options.name, 'explanations', async () =>
        (await import('./explanations-client')).createRestExplanations(client),
      ),
      pipelines: deferredCapability(options.name, 'pipelines', async () =>
        (await import('./pipelines-client')).createRestPipelines(client),
      ),
    },
    check,
  };
}
