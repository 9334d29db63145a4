import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMlflowServer, MLFLOW_TEST_URL } from '../../mocks/mlflow/node';
import { runTimes } from '../../mocks/mlflow/runs';
import { latestVersions } from '../../mocks/mlflow/wire';
import type { SourceError } from '../source-error';
import { createMlflowSource } from './mlflow-source';

const { server, store } = createMlflowServer();
const source = (options: Record<string, unknown> = {}) =>
  createMlflowSource({ id: 'mlflow', kind: 'mlflow', name: 'MLflow', url: MLFLOW_TEST_URL, options })
    .capabilities.registry!;
const registry = source();
const signal = new AbortController().signal;
let runRequests = 0;

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    if (request.url.includes('/runs/get')) runRequests++;
  });
});
afterEach(() => {
  server.resetHandlers();
  runRequests = 0;
});
afterAll(() => server.close());

const withAliases = store.models.find(
  (m) => m.aliases.has('champion') && m.versions.length >= 4 && m.versions.every((v) => v.stage === 'None'),
)!;
const withStages = store.models.find(
  (m) => m.aliases.size === 0 && m.versions.some((v) => v.stage === 'Production'),
)!;

describe('MLflow listVersions', () => {
  it('lists versions newest first, with aliases, stages, and metrics and params from each run', async () => {
    const versions = await registry.listVersions(withAliases.name, signal);
    expect(versions.map((v) => v.version)).toEqual(
      withAliases.versions.map((v) => String(v.version)).reverse(),
    );
    const champion = versions.find((v) => v.version === String(withAliases.aliases.get('champion')))!;
    expect(champion.aliases).toContain('champion');
    expect(champion.stage).toBe('production');
    const withRun = versions.find((v) => v.runId !== undefined)!;
    expect(Object.keys(withRun.params)).toContain('learning_rate');
    expect(Object.keys(withRun.metrics).length).toBeGreaterThan(0);
    expect(runRequests).toBe(new Set(versions.map((v) => v.runId).filter(Boolean)).size);
  });

  it('maps the deprecated stages of a model that never used aliases', async () => {
    const versions = await registry.listVersions(withStages.name, signal);
    const stored = withStages.versions.find((v) => v.stage === 'Production')!;
    expect(versions.find((v) => v.version === String(stored.version))?.stage).toBe('production');
    const none = withStages.versions.filter((v) => v.stage === 'None').map((v) => String(v.version));
    for (const version of versions.filter((v) => none.includes(v.version)))
      expect(version.stage).toBe('development');
  });

  it('fetches runs for the newest maxVersionRuns versions only', async () => {
    const versions = await source({ maxVersionRuns: 1 }).listVersions(withAliases.name, signal);
    expect(runRequests).toBeLessThanOrEqual(1);
    expect(versions.slice(1).every((v) => Object.keys(v.metrics).length === 0)).toBe(true);
  });

  it('quotes a name with an apostrophe', async () => {
    const versions = await registry.listVersions("o'reilly-book-recs", signal);
    expect(versions.length).toBe(store.byName.get("o'reilly-book-recs")!.versions.length);
  });

  it('says which model does not exist', async () => {
    await expect(registry.listVersions('ghost', signal)).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      message: 'MLflow has no registered model named "ghost".',
    });
  });
});

describe('MLflow getModel', () => {
  it('gets the production version’s update time through the alias when latest_versions lacks it', async () => {
    const model = store.models.find((m) => {
      const champion = m.aliases.get('champion');
      return champion !== undefined && !latestVersions(m).some((v) => v.version === champion);
    })!;
    const detail = await registry.getModel(model.name, signal);
    const champion = model.versions.find((v) => v.version === model.aliases.get('champion'))!;
    expect(detail).toMatchObject({
      name: model.name,
      stage: 'production',
      productionVersion: String(champion.version),
      lastDeployedAt: champion.lastUpdatedTime,
      description: model.description ?? '',
    });
  });
});

describe('MLflow getRun', () => {
  it('reads lineage: commit, source, user, datasets with their context', async () => {
    const [runId, { model, version }] = [...store.runs].find(
      ([, r]) => r.version.status === 'READY' && r.model.tags.owner !== undefined,
    )!;
    const run = await registry.getRun(runId, signal);
    expect(run).toMatchObject({
      id: runId,
      status: 'finished',
      user: model.tags.owner,
      experimentId: String(1 + model.index),
    });
    expect(run.startedAt).toBe(runTimes(model, version, store.options.seed).start);
    expect(run.endedAt).toBe(runTimes(model, version, store.options.seed).end);
    expect(run.sourceFile).toBeTruthy();
    expect(['JOB', 'NOTEBOOK']).toContain(run.sourceType);
    if (run.sourceType === 'JOB') expect(run.codeCommit).toMatch(/^[0-9a-f]{40}$/);
    for (const dataset of run.datasets) {
      expect(['training', 'validation']).toContain(dataset.context);
      expect(dataset.digest).toMatch(/^[0-9a-f]{8}$/);
      expect(dataset.rows).toBeGreaterThan(0);
    }
  });

  it('has no end while the run is still running', async () => {
    const [runId] = [...store.runs].find(([, r]) => r.version.status === 'PENDING_REGISTRATION')!;
    const run = await registry.getRun(runId, signal);
    expect(run.status).toBe('running');
    expect(run.endedAt).toBeUndefined();
  });

  it('says which run does not exist', async () => {
    const error: unknown = await registry.getRun('0000', signal).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, message: 'MLflow has no run with the id "0000".' });
    expect((error as SourceError).hint).toContain('MLflow said: Run with id=0000 not found');
  });
});
