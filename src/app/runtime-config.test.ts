import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEMO_CONFIG } from '../sources/connection-config';
import { loadRuntimeConfig } from './runtime-config';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const answer = (response: () => Response): void => {
  server.use(http.get('*/config.json', response));
};

/** The ConfigError loading failed with. */
async function configError(): Promise<ConfigError> {
  const error = await loadRuntimeConfig().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const PRODUCTION = {
  connections: [
    { id: 'mlflow', kind: 'mlflow', name: 'MLflow', url: '/mlflow' },
    { id: 'prom', kind: 'prometheus', url: 'https://prometheus.example.com' },
  ],
  capabilities: { registry: 'mlflow', metrics: 'prom' },
};

describe('loadRuntimeConfig', () => {
  it('reads a valid config.json beside index.html', async () => {
    let asked = '';
    server.use(
      http.get('*/config.json', ({ request }) => {
        asked = new URL(request.url).pathname;
        return HttpResponse.json(PRODUCTION);
      }),
    );
    await expect(loadRuntimeConfig()).resolves.toEqual(PRODUCTION);
    expect(asked).toBe(`${import.meta.env.BASE_URL}config.json`);
  });

  it('falls back to the demo when there is no config.json (404)', async () => {
    answer(() => new HttpResponse('Not found', { status: 404 }));
    await expect(loadRuntimeConfig()).resolves.toEqual(DEMO_CONFIG);
  });

  it('falls back to the demo when a dev server answers with its index.html', async () => {
    answer(() =>
      HttpResponse.html(
        '\n  <!doctype html>\n<html><head><title>Sightline</title></head><body></body></html>',
      ),
    );
    await expect(loadRuntimeConfig()).resolves.toEqual(DEMO_CONFIG);
  });

  it('falls back to the demo when config.json cannot be fetched', async () => {
    answer(() => HttpResponse.error());
    await expect(loadRuntimeConfig()).resolves.toEqual(DEMO_CONFIG);
  });

  it('refuses to start on the demo when the server fails to send config.json', async () => {
    answer(() => HttpResponse.json({ error: 'boom' }, { status: 500 }));
    const error = await configError();
    expect(error.message).toBe('config.json could not be read: the server answered 500.');
  });

  it('refuses a config.json that is not JSON, naming "(root)"', async () => {
    answer(() => HttpResponse.text('{ "connections": [ { "id": "demo", "kind": "demo" }, ] }'));
    const error = await configError();
    expect(error.field).toBe('(root)');
    expect(error.message).toMatch(/^config\.json is not valid JSON: /);
  });

  it('refuses a config.json that breaks the schema, naming the field', async () => {
    answer(() => HttpResponse.json({ connections: [{ id: 'prom', kind: 'prometheus' }] }));
    const error = await configError();
    expect(error.field).toBe('connections.0.url');
    expect(error.message).toBe('config.json: "connections.0.url" is required for a prometheus connection.');
  });

  it('refuses a capability given to a connection that cannot answer it', async () => {
    answer(() => HttpResponse.json({ ...PRODUCTION, capabilities: { alerts: 'mlflow' } }));
    expect((await configError()).field).toBe('capabilities.alerts');
  });
});
