import { clientTarget, sourceIdentity } from '../connection-config';
import type { Connection } from '../kind';
import { misconfiguredSource } from '../misconfigured';
import type { LoadedSource } from '../source';
import { checkMlflow } from './check';
import { createMlflowClient } from './mlflow-client';
import { parseMlflowOptions } from './options';
import { createMlflowRegistry } from './registry';

/**
 * An MLflow tracking server: answers the registry capability. Its settings
 * live in `connection.options` (see options.ts).
 */
export function createMlflowSource(connection: Connection): LoadedSource {
  const identity = sourceIdentity(connection);
  const parsed = parseMlflowOptions(connection.options);
  if (!parsed.ok) return misconfiguredSource(identity, ['registry'], parsed);
  const options = parsed.options;
  const client = createMlflowClient({
    ...clientTarget(connection),
    authScheme: options.authScheme,
    timeoutMs: options.timeoutMs,
  });
  return {
    ...identity,
    capabilities: { registry: createMlflowRegistry(client, { ...options, name: identity.name }) },
    check: (signal) => checkMlflow(client, signal),
  };
}
