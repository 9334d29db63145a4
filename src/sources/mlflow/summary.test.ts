import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthSeverity } from '../../domain/health';
import { createMlflowServer, MLFLOW_TEST_URL } from '../../mocks/mlflow/node';
import { TEAM_NAMES } from '../../mocks/fleet/teams';
import { createMlflowSource } from './mlflow-source';
import { UNASSIGNED_TEAM } from './to-domain';

const { server, store } = createMlflowServer();
const source = (options: Record<string, unknown> = {}) =>
  createMlflowSource({ id: 'mlflow', kind: 'mlflow', name: 'MLflow', url: MLFLOW_TEST_URL, options })
    .capabilities.registry!;
const signal = new AbortController().signal;
const sum = (record: Record<string, number>): number => Object.values(record).reduce((a, b) => a + b, 0);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('MLflow facets', () => {
  it('lists every team (and Unassigned) and tags as key and key=value', async () => {
    const facets = await source().facets(signal);
    expect(facets.teams).toEqual([...TEAM_NAMES, UNASSIGNED_TEAM].sort());
    expect(facets.tags).toEqual(
      expect.arrayContaining(['framework', 'framework=xgboost', 'sightline.health=critical']),
    );
  });
});

describe('MLflow summary', () => {
  it('counts the whole fleet when it fits the bound', async () => {
    const summary = await source().summary(signal);
    expect(summary.totalModels).toBe(store.models.length);
    expect(summary.partial).toBeUndefined();
    expect(sum(summary.byHealth)).toBe(store.models.length);
    expect(sum(summary.byStage)).toBe(store.models.length);
    expect(summary.byHealth.unknown).toBeGreaterThan(0);

    expect(summary.needsAttention).toHaveLength(10);
    const severities = summary.needsAttention.map((m) => healthSeverity(m.health.status));
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    expect(summary.needsAttention[0]?.health.status).toBe('critical');

    const shipped = summary.recentlyShipped.map((s) => s.shippedAt);
    expect(shipped).toEqual([...shipped].sort((a, b) => b - a));
    expect(summary.recentlyShipped).toHaveLength(10);

    const trained = summary.trainingDataAge.map((row) => row.trainedAt);
    expect(summary.trainingDataAge).toHaveLength(10);
    expect(trained).toEqual([...trained].sort((a, b) => a - b));
    for (const row of summary.trainingDataAge)
      expect(row.dataset).toMatch(/^\w+@[0-9a-f]{8}$|^not logged in MLflow$/);
  });

  it('stops at summaryMaxPages pages of 1,000, and says the counts cover part of the fleet', async () => {
    const summary = await source({ summaryMaxPages: 1 }).summary(signal);
    expect(summary.totalModels).toBe(1000);
    expect(summary.partial).toBe(true);
  });
});
