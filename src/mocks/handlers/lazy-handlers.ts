import { getResponse, http, type HttpHandler } from 'msw';

/**
 * Handlers whose code and data load on their first request: the demo starts with what the
 * landing route asks for (the registry, delivery), and a group such as pipelines or monitoring
 * is generated when a page first needs it. A request the group does not answer falls through
 * to the next handler, as if the group had been there all along.
 */
export function lazyHandlers(patterns: readonly string[], load: () => Promise<HttpHandler[]>): HttpHandler[] {
  let loaded: Promise<HttpHandler[]> | undefined;
  return patterns.map((pattern) =>
    http.all(pattern, async ({ request }) => {
      loaded ??= load();
      return getResponse(await loaded, request);
    }),
  );
}
