import { clientTarget, sourceIdentity } from '../connection-config';
import type { Connection } from '../kind';
import { misconfiguredSource } from '../misconfigured';
import type { LoadedSource } from '../source';
import { checkLoki } from './check';
import { createLokiLogs } from './logs-client';
import { createLokiClient } from './loki-client';
import { parseLokiOptions } from './options';

/** A Loki connection (or anything speaking its query API): answers the logs capability in LogQL. */
export function createLokiSource(connection: Connection): LoadedSource {
  const identity = sourceIdentity(connection);
  const parsed = parseLokiOptions(connection.options);
  if (!parsed.ok) return misconfiguredSource(identity, ['logs'], parsed);
  const options = parsed.value;
  const client = createLokiClient({
    ...clientTarget(connection),
    tenant: options.tenant,
    timeoutMs: options.timeoutMs,
  });
  return {
    ...identity,
    capabilities: { logs: createLokiLogs(client, options.maxLines) },
    check: (signal) => checkLoki(client, signal),
  };
}
