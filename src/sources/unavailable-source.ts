import { connectionName, KIND_LABELS, type ConnectionConfig } from './connection-config';
import type { Source } from './source';

/** A connection of a kind this build cannot speak: it answers nothing and says why. */
export function createUnavailableSource(connection: ConnectionConfig): Omit<Source, 'cacheKey'> {
  const name = connectionName(connection);
  const reason = `${KIND_LABELS[connection.kind]} connections are not supported by this build of Sightline yet.`;
  return {
    connectionId: connection.id,
    name,
    capabilities: {},
    check: () =>
      Promise.resolve({
        ok: false,
        summary: reason,
        steps: [{ label: 'Supported', ok: false, detail: reason }],
      }),
  };
}
