import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import type { FleetOptions } from '../mocks/fleet/fleet';
import { createLokiMockHandlers } from '../mocks/loki/handlers';
import type { TinyServer } from './helpers';

/**
 * A server of ours that speaks Loki's HTTP API (`/loki/api/v1/query_range`, `labels`,
 * `label/<name>/values`) on a loopback port, over the demo fleet's serving logs: the same
 * handlers as the demo's Loki, behind a real socket, so the source is tested through fetch,
 * headers and status codes as against a Loki. Loki is not a Debian package, so this stands in.
 */
export async function startLokiServer(options: FleetOptions): Promise<TinyServer> {
  const handlers = createLokiMockHandlers(options, '');
  const server = createServer((incoming, outgoing) => {
    const url = `http://${incoming.headers.host ?? '127.0.0.1'}${incoming.url ?? '/'}`;
    const headers = new Headers();
    for (const [key, value] of Object.entries(incoming.headers))
      if (typeof value === 'string') headers.set(key, value);
    void getResponse(handlers, new Request(url, { method: incoming.method, headers })).then(
      async (response) => {
        const answer = response ?? new Response('404 page not found\n', { status: 404 });
        outgoing.writeHead(answer.status, Object.fromEntries(answer.headers));
        outgoing.end(Buffer.from(await answer.arrayBuffer()));
      },
      (error: unknown) => {
        outgoing.writeHead(500, { 'Content-Type': 'text/plain' });
        outgoing.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
