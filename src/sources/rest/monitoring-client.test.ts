import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { startDemoServer, TEST_NOW } from '../../test/demo-server';
import { DEMO_BASE_URL } from '../demo/demo-base-url';
import { DRIFT_REPORT_PAYLOAD } from './monitoring-fixtures';
import { createRestSource } from './rest-source';

const server = startDemoServer();
const monitoring = createRestSource({
  connectionId: 'demo',
  name: 'Demo',
  baseUrl: `${location.origin}${DEMO_BASE_URL}`,
}).capabilities.monitoring!;
const signal = new AbortController().signal;
const DAY = 86_400_000;
const lastDay = { from: TEST_NOW - DAY, to: TEST_NOW };

describe('the REST monitoring client against the demo', () => {
  it('reads a drift report: profiles on shared bins, the model settings, the reference', async () => {
    const report = await monitoring.driftReport({ model: 'churn-predictor' }, lastDay, signal);
    expect(report.version).toBe('6');
    expect(report.reference).toMatchObject({ version: '6', rows: 50_000 });
    expect(report.features.map((f) => f.name)).toEqual([
      'tenure_months',
      'monthly_charges',
      'support_calls_90d',
      'contract_type',
    ]);
    expect(report.config.overrides.model).toEqual({
      numeric: { method: 'psi' },
      categorical: { method: 'psi' },
    });
    expect(report.currentRows).toBeGreaterThan(8_000);
    expect(report.window).toEqual(lastDay);
  });

  it('asks for a version, a step and a subset of features', async () => {
    const report = await monitoring.driftReport({ model: 'churn-predictor', version: '7' }, lastDay, signal);
    expect(report.reference.label).toContain('v7');
    const timeline = await monitoring.driftTimeline(
      { model: 'churn-predictor' },
      { window: lastDay, stepSeconds: 6 * 3600, features: ['tenure_months'] },
      signal,
    );
    expect(timeline.bucketStarts).toHaveLength(4);
    expect(timeline.features.map((f) => f.name)).toEqual(['tenure_months']);
    expect(timeline.features[0]?.counts[0]).toHaveLength(18);
  });

  it('says 404 for a model without live traffic, naming the endpoint', async () => {
    await expect(monitoring.driftReport({ model: 'no-such-model' }, lastDay, signal)).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      endpoint: 'GET /monitoring/models/no-such-model/drift',
    });
  });

  it('names the field when a backend sends bins that do not fit their counts', async () => {
    const broken = structuredClone(DRIFT_REPORT_PAYLOAD) as unknown as { features: { edges?: number[] }[] };
    broken.features[0]!.edges = [0, 12];
    server.use(http.get('*/__demo/api/monitoring/models/:name/drift', () => HttpResponse.json(broken)));
    await expect(monitoring.driftReport({ model: 'churn-predictor' }, lastDay, signal)).rejects.toMatchObject(
      {
        kind: 'schema',
        field: 'features.0.edges',
        message: expect.stringContaining('field "features.0.edges" has 2 entries for 3 bins') as unknown,
      },
    );
  });

  it('ranks the fleet by drift, worst first', async () => {
    const ranking = await monitoring.driftRanking(lastDay, 3, signal);
    expect(ranking.items.map((i) => [i.model, i.status])).toEqual([
      ['churn-predictor', 'critical'],
      ['transaction-fraud', 'warning'],
      // The stores export sends store_id null since Nov 26: its drift shows it too.
      ['demand-forecast', 'warning'],
    ]);
    expect(ranking.monitored).toBe(
      ranking.byStatus.healthy + ranking.byStatus.warning + ranking.byStatus.critical,
    );
  });
});
