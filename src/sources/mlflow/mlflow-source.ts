import type { Registry } from '../capabilities';
import { connectionName, type ConnectionConfig } from '../connection-config';
import type { Source } from '../source';
import { misconfigured } from '../misconfigured';
import type { SourceError } from '../source-error';
import { checkMlflow } from './check';
import { createMlflowClient } from './mlflow-client';
import { parseMlflowOptions } from './options';
import { createMlflowRegistry } from './registry';

/** Every question fails with the bad setting's name: a bad connection must never break the app. */
function misconfiguredRegistry(error: SourceError): Registry {
  const fail = (): Promise<never> => Promise.reject(error);
  return { listModels: fail, getModel: fail, listVersions: fail, getRun: fail, facets: fail, summary: fail };
}

/**
 * An MLflow tracking server: answers the registry capability. Its settings
 * live in `connection.options` (see options.ts).
 */
export function createMlflowSource(connection: ConnectionConfig): Omit<Source, 'cacheKey'> {
  const name = connectionName(connection);
  const parsed = parseMlflowOptions(connection.options);
  if (!parsed.ok) {
    const error = misconfigured(name, parsed);
    return {
      connectionId: connection.id,
      name,
      capabilities: { registry: misconfiguredRegistry(error) },
      check: () =>
        Promise.resolve({
          ok: false,
          summary: error.message,
          steps: [{ label: 'Settings', ok: false, detail: error.message }],
        }),
    };
  }
  const options = parsed.options;
  const client = createMlflowClient({
    name,
    baseUrl: connection.url ?? '',
    token: connection.token,
    authScheme: options.authScheme,
    timeoutMs: options.timeoutMs,
  });
  return {
    connectionId: connection.id,
    name,
    capabilities: { registry: createMlflowRegistry(client, { ...options, name }) },
    check: (signal) => checkMlflow(client, signal),
  };
}
