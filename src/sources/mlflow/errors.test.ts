import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ModelQuery } from '../../domain/fleet';
import { mlflowErrorResponse } from '../../mocks/mlflow/errors';
import { createMlflowServer, MLFLOW_TEST_URL } from '../../mocks/mlflow/node';
import { isSourceError, type SourceError } from '../source-error';
import { createMlflowSource } from './mlflow-source';

const { server } = createMlflowServer();
const registry = createMlflowSource({ id: 'mlflow', kind: 'mlflow', name: 'MLflow', url: MLFLOW_TEST_URL })
  .capabilities.registry!;
const signal = new AbortController().signal;
const search = `${MLFLOW_TEST_URL}/api/2.0/mlflow/registered-models/search`;
const query: ModelQuery = { sort: { field: 'name', direction: 'asc' }, limit: 10 };

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isSourceError(error)) throw new Error(`expected a SourceError, got ${String(error)}`);
  return error;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('MLflow errors become SourceErrors in words', () => {
  it('404: names the missing model and keeps MLflow’s own message', async () => {
    const error: unknown = await registry.getModel('ghost', signal).catch((e: unknown) => e);
    expect(isSourceError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: 'http',
      status: 404,
      source: 'MLflow',
      endpoint: 'GET registered-models/get',
      message: 'MLflow has no registered model named "ghost".',
      hint: 'It may have been renamed or deleted in MLflow. MLflow said: Registered Model with name=ghost not found',
    });
  });

  it('400: a filter MLflow refuses shows MLflow’s message', async () => {
    server.use(
      http.get(search, () =>
        mlflowErrorResponse('INVALID_PARAMETER_VALUE', "Invalid clause(s) in filter string: 'OR'"),
      ),
    );
    await expect(registry.listModels({ ...query, search: 'x' }, signal)).rejects.toMatchObject({
      kind: 'http',
      status: 400,
      message:
        "MLflow answered 400 to GET registered-models/search: Invalid clause(s) in filter string: 'OR'",
      hint: 'MLflow refused a parameter of the request; the message says which.',
      retryable: false,
    });
  });

  it('403: says the account may not read, with MLflow’s words', async () => {
    server.use(http.get(search, () => mlflowErrorResponse('PERMISSION_DENIED', 'Permission denied')));
    const error = await failure(registry.listModels(query, signal));
    expect(error).toMatchObject({
      status: 403,
      message: 'MLflow answered 403 to GET registered-models/search: Permission denied',
    });
    expect(error.hint).toContain('READ permission');
  });

  it('500: retryable, with MLflow’s message', async () => {
    server.use(http.get(search, () => mlflowErrorResponse('INTERNAL_ERROR', 'database is locked')));
    const error = await failure(registry.listModels(query, signal));
    expect(error).toMatchObject({ status: 500, retryable: true });
    expect(error.message).toContain('database is locked');
  });

  it('an error without MLflow’s body still says the status', async () => {
    server.use(
      http.get(search, () => new HttpResponse('Bad gateway', { status: 502, statusText: 'Bad Gateway' })),
    );
    await expect(registry.listModels(query, signal)).rejects.toMatchObject({
      status: 502,
      message: 'MLflow answered 502 to GET registered-models/search: Bad Gateway',
    });
  });

  it('a malformed payload names the field', async () => {
    server.use(
      http.get(search, () =>
        HttpResponse.json({
          registered_models: [
            { name: 'ok', creation_timestamp: 1, last_updated_timestamp: 1 },
            { name: 'bad', creation_timestamp: 'yesterday', last_updated_timestamp: 1 },
          ],
        }),
      ),
    );
    const error = await failure(registry.listModels(query, signal));
    expect(error).toMatchObject({ kind: 'schema', field: 'registered_models.1.creation_timestamp' });
    expect(error.message).toContain('field "registered_models.1.creation_timestamp"');
  });

  it('a cancelled request rejects with the abort, not a SourceError', async () => {
    const controller = new AbortController();
    controller.abort();
    const error: unknown = await registry.listModels(query, controller.signal).catch((e: unknown) => e);
    expect(isSourceError(error)).toBe(false);
  });
});

describe('an MLflow 1.x server', () => {
  const legacy = createMlflowServer({ int64: 'string', modelCount: 40 });

  it('sends int64 times as strings, read as numbers', async () => {
    server.close();
    legacy.server.listen({ onUnhandledRequest: 'error' });
    try {
      const page = await registry.listModels({ ...query, limit: 40 }, signal);
      const stored = legacy.store.byName.get(page.items[0]!.name)!;
      expect(page.items[0]!.createdAt).toBe(stored.creationTime);
      expect(typeof page.items[0]!.updatedAt).toBe('number');
      const withRun = legacy.store.runs.keys().next().value!;
      const run = await registry.getRun(withRun, signal);
      expect(typeof run.startedAt).toBe('number');
    } finally {
      legacy.server.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});
