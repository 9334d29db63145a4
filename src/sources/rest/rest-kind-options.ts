import { z } from '../zod-mini';
import type { Connection, CreateSource } from '../kind';
import { connectionName } from '../connection-config';
import { createRestSource } from './rest-source';

/**
 * `connection.options` of a Sightline REST connection (and of the demo, which is one): only a
 * timeout. A bad value is ignored, as it always was, so such a connection still works.
 */
export const restOptionsSchema = z.object({
  timeoutMs: z.catch(z.optional(z.number().check(z.positive())), undefined),
});

/** A REST source at `baseUrl` (the connection's URL unless given). */
export function restAdapter(baseUrl?: string): CreateSource {
  return (connection: Connection) => {
    const parsed = restOptionsSchema.safeParse(connection.options ?? {});
    return createRestSource({
      connectionId: connection.id,
      name: connectionName(connection),
      baseUrl: baseUrl ?? connection.url ?? '',
      token: baseUrl === undefined ? connection.token : undefined,
      timeoutMs: parsed.success ? parsed.data.timeoutMs : undefined,
    });
  };
}
