import { connectionName, type ConnectionConfig } from '../connection-config';
import type { Source } from '../source';
import { checkMlflow } from './check';
import { createMlflowClient } from './mlflow-client';
import { parseMlflowOptions } from './options';
import { createMlflowRegistry } from './registry';

/**
 * An MLflow tracking server: answers the registry capability. Its settings
 * live in `connection.options` (see options.ts); a bad setting gives a source
 * that answers nothing and says which field is wrong.
 */
export function createMlflowSource(connection: ConnectionConfig): Omit<Source, 'cacheKey'> {
  const name = connectionName(connection);
  const parsed = parseMlflowOptions(connection.options);
  if (!parsed.ok) {
    const detail = `The MLflow connection's settings are invalid: ${parsed.message}`;
    return {
      connectionId: connection.id,
      name,
      capabilities: {},
      check: () =>
        Promise.resolve({ ok: false, summary: detail, steps: [{ label: 'Settings', ok: false, detail }] }),
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
