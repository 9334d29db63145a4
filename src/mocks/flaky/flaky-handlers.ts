import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { demoPath, demoRoute } from '../handlers/demo-path';
import { errorResponse } from '../handlers/error-response';
import { corruptPayload } from '../malformed-payloads';
import { createFaultPlan, type FlakyFault } from './flaky-faults';

/** Longer than any client waits (15 s by default, 20 s for a note): the client gives up first. */
export const FLAKY_HANG_MS = 60_000;

export interface FlakyOptions {
  seed: number;
  /** The share of requests that fail, in [0, 1]. */
  faultRate: number;
}

/**
 * The `flaky` scenario in front of `routes` (the healthy demo): a seeded share
 * of requests fails with a 500, never answers (the client's timeout gives up),
 * is refused (a network error) or answers with a broken payload. The others
 * fall through to `routes` untouched.
 */
export function flakyHandlers(routes: HttpHandler[], options: FlakyOptions): HttpHandler[] {
  const faultFor = createFaultPlan(options.seed, options.faultRate);
  return [
    http.all(demoPath('/*'), async ({ request }) => {
      const route = demoRoute(request.url) ?? '';
      const fault = faultFor(`${request.method} ${route}`);
      if (fault) return answerWith(fault, route, routes, request);
      // Nothing returned: the request goes on to the healthy routes.
      return undefined;
    }),
  ];
}

async function answerWith(
  fault: FlakyFault,
  route: string,
  routes: HttpHandler[],
  request: Request,
): Promise<Response> {
  switch (fault) {
    case '500':
      return errorResponse(500, 'INTERNAL', `The demo backend failed (scenario "flaky").`);
    case 'refused':
      return HttpResponse.error();
    case 'timeout':
      // No answer in time: the client's own timeout (or the user leaving) ends the request.
      // Bounded, and cut short when the client aborts, so hung requests do not pile up.
      await Promise.race([delay(FLAKY_HANG_MS), aborted(request.signal)]);
      return HttpResponse.error();
    case 'malformed':
      return malformed(route, await getResponse(routes, request));
  }
}

/** The healthy answer with one wrong field, or cut in half where no corruption is known for the route. */
async function malformed(route: string, healthy: Response | undefined): Promise<Response> {
  const text = (await healthy?.text()) ?? '{}';
  const status = healthy?.status ?? 200;
  const headers = { 'Content-Type': 'application/json' };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const broken = body === undefined ? body : corruptPayload(route, body);
  if (broken !== undefined && broken !== body)
    return new Response(JSON.stringify(broken), { status, headers });
  return new Response(text.slice(0, Math.floor(text.length / 2)), { status, headers });
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
