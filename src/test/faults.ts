import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { RuntimeConfig } from '../sources/connection-config';

/** The ways one backend call fails, as the fault tests exercise each view. */
export const FAULTS = ['500', 'timeout', 'network', 'malformed'] as const;
export type Fault = (typeof FAULTS)[number];

/** Long enough for every healthy call of a busy page on a slow machine; the timeout fault waits longer. */
const TIMEOUT_MS = 1_500;

/** The demo with a short timeout, so the `timeout` fault shows within a test. */
export const SHORT_TIMEOUT_CONFIG: RuntimeConfig = {
  connections: [{ id: 'demo', kind: 'demo', name: 'Demo', options: { timeoutMs: TIMEOUT_MS } }],
};

/**
 * A handler that makes `method route` (a contract route, e.g. `/operations/incidents`)
 * fail with `fault`; put it in front with `server.use`. A malformed answer lacks
 * every field, so the client names the first one it expects.
 */
export function failing(fault: Fault, route: string, method: 'get' | 'post' | 'patch' = 'get'): HttpHandler {
  return http[method](`*/__demo/api${route}`, async () => {
    switch (fault) {
      case '500':
        return HttpResponse.json(
          { error: { code: 'INTERNAL', message: 'the database is on fire' } },
          { status: 500 },
        );
      case 'timeout':
        await delay(TIMEOUT_MS * 3);
        return HttpResponse.json({});
      case 'network':
        return HttpResponse.error();
      case 'malformed':
        return HttpResponse.json({ unexpected: true });
    }
  });
}

/** What the error says for each fault of `METHOD route`: the source, the request and what went wrong. */
export function faultMessage(fault: Fault, endpoint: string): RegExp {
  const escaped = endpoint.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  switch (fault) {
    case '500':
      return new RegExp(`Demo answered 500 to ${escaped}: the database is on fire`);
    case 'timeout':
      return new RegExp(`Demo did not answer ${escaped} within 1\\.5 s`);
    case 'network':
      return new RegExp(`Could not reach Demo for ${escaped}`);
    case 'malformed':
      return new RegExp(`Demo sent a malformed response to ${escaped}: field "\\w+`);
  }
}
