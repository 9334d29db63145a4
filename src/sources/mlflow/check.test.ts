import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mlflowErrorResponse } from '../../mocks/mlflow/errors';
import { createMlflowServer, MLFLOW_TEST_URL } from '../../mocks/mlflow/node';
import type { ConnectionConfig } from '../connection-config';
import { createSource } from '../select-source';
import { createMlflowSource } from './mlflow-source';

const { server } = createMlflowServer({ modelCount: 30 });
const signal = new AbortController().signal;
const search = `${MLFLOW_TEST_URL}/api/2.0/mlflow/registered-models/search`;
const check = (change: Partial<ConnectionConfig> = {}) =>
  createMlflowSource({ id: 'mlflow', kind: 'mlflow', name: 'MLflow', url: MLFLOW_TEST_URL, ...change }).check(
    signal,
  );

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('MLflow Test connection', () => {
  it('passes with one cheap search', async () => {
    const result = await check();
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(/^Connected to MLflow at http:\/\/mlflow\.test; its registry has models/);
  });

  it('accepts a URL pasted with the API path', async () => {
    expect((await check({ url: `${MLFLOW_TEST_URL}/api/2.0/mlflow/` })).ok).toBe(true);
  });

  it('explains a blocked cross-origin call: MLflow sends no CORS headers, use /mlflow', async () => {
    server.use(http.get(search, () => HttpResponse.error()));
    const result = await check();
    expect(result.ok).toBe(false);
    expect(result.summary).toContain('MLflow sends no CORS headers');
    expect(result.summary).toContain('/mlflow');
  });

  it('asks for credentials on 401 and explains 403', async () => {
    server.use(http.get(search, () => new HttpResponse('You are not authenticated.', { status: 401 })));
    expect((await check()).summary).toContain('MLflow wants credentials');
    server.use(http.get(search, () => mlflowErrorResponse('PERMISSION_DENIED', 'Permission denied')));
    expect((await check()).summary).toContain('may not read the model registry');
  });

  it('says a 404 means the URL must end before /api/2.0', async () => {
    const result = await check({ url: `${MLFLOW_TEST_URL}/mlflow-ui` });
    expect(result.ok).toBe(false);
    expect(result.summary).toContain('ending before /api/2.0');
  });

  it('recognises a web page where the API should be', async () => {
    server.use(http.get(search, () => HttpResponse.html('<!doctype html><title>Sightline</title>')));
    expect((await check()).summary).toContain('not JSON');
  });

  it('reports settings it cannot use, naming the field, and every question fails with it', async () => {
    const source = createMlflowSource({
      id: 'mlflow',
      kind: 'mlflow',
      name: 'MLflow',
      url: MLFLOW_TEST_URL,
      options: { maxScanPages: 0 },
    });
    const message = 'MLflow is misconfigured: "options.maxScanPages" too small: expected number to be >=1.';
    expect((await source.check(signal)).summary).toBe(message);
    await expect(source.capabilities.registry!.summary(signal)).rejects.toMatchObject({
      kind: 'unsupported',
      field: 'options.maxScanPages',
      message,
    });
    const typo = createMlflowSource({
      id: 'm',
      kind: 'mlflow',
      url: MLFLOW_TEST_URL,
      options: { teamtag: 'squad' },
    });
    expect((await typo.check(signal)).summary).toContain('teamtag');
  });

  it('is the source the app builds for an mlflow connection', async () => {
    const source = createSource({
      id: 'tracking',
      kind: 'mlflow',
      url: MLFLOW_TEST_URL,
      options: { teamTag: 'team' },
    });
    expect(Object.keys(source.capabilities)).toEqual(['registry']);
    expect((await source.check(signal)).ok).toBe(true);
  });
});
