import { clientTarget, sourceIdentity } from '../connection-config';
import type { Connection } from '../kind';
import { misconfiguredSource } from '../misconfigured';
import type { LoadedSource } from '../source';
import { checkMarquez } from './check';
import { createMarquezClient } from './marquez-client';
import { parseMarquezOptions } from './options';
import { createMarquezPipelines } from './pipelines';

/** Marquez (OpenLineage's reference server): answers the pipelines capability. */
export function createMarquezSource(connection: Connection): LoadedSource {
  const identity = sourceIdentity(connection);
  const parsed = parseMarquezOptions(connection.options);
  if (!parsed.ok) return misconfiguredSource(identity, ['pipelines'], parsed);
  const options = parsed.value;
  const client = createMarquezClient({ ...clientTarget(connection), ...options });
  return {
    ...identity,
    capabilities: { pipelines: createMarquezPipelines(client, { ...options, name: identity.name }) },
    check: (signal) => checkMarquez(client, options.namespace, signal),
  };
}
