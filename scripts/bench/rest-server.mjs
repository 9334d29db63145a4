// A Sightline REST server for `npm run bench`: the demo's own handlers (the contract's reference
// answers) behind a real HTTP port, so the app can be timed against a backend over the network
// rather than one that lives in the page. CORS is open: the app is served from another port.
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { runnerImport } from 'vite';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST, PATCH, OPTIONS',
};

/** Starts the server on a free loopback port; resolves to `{ url, close }` (`url` is the contract's base). */
export async function startRestServer() {
  const { module: handlersModule } = await runnerImport(join(ROOT, 'src/mocks/demo-handlers.ts'));
  const { module: defaults } = await runnerImport(join(ROOT, 'src/mocks/demo-defaults.ts'));
  const { module: base } = await runnerImport(join(ROOT, 'src/sources/demo/demo-base-url.ts'));
  const handlers = handlersModule.createDemoHandlers(defaults.resolveFleetOptions({}));
  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers: Object.entries(req.headers).filter(([, v]) => typeof v === 'string'),
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    const response = await getResponse(handlers, request);
    if (!response) {
      res.writeHead(404, { ...CORS, 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url}` } }));
      return;
    }
    const headers = { ...Object.fromEntries(response.headers), ...CORS };
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base.DEMO_BASE_URL}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
