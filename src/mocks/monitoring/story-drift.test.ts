import { describe, expect, it } from 'vitest';
import type { FeatureDriftResult } from '../../domain/drift/evaluate-feature';
import { analyseDrift } from '../../features/drift/compute/analyse-drift';
import { DEMO_BASE_URL } from '../../sources/demo/demo-base-url';
import { createRestSource } from '../../sources/rest/rest-source';
import { startDemoServer, TEST_NOW } from '../../test/demo-server';
import { createDemoFleet } from '../fleet/fleet';

startDemoServer();
const monitoring = createRestSource({
  connectionId: 'demo',
  name: 'Demo',
  baseUrl: `${location.origin}${DEMO_BASE_URL}`,
}).capabilities.monitoring!;
const signal = new AbortController().signal;
const DAY = 86_400_000;
const HOUR = 3_600_000;

async function analyse(model: string, days: number, stepSeconds = 3600) {
  const window = { from: TEST_NOW - days * DAY, to: TEST_NOW };
  const report = await monitoring.driftReport({ model }, window, signal);
  const timeline = await monitoring.driftTimeline({ model }, { window, stepSeconds }, signal);
  return { report, timeline, analysis: analyseDrift({ report, timeline, settings: { overrides: {} } }) };
}

const score = (analysis: Awaited<ReturnType<typeof analyse>>['analysis'], name: string): number | undefined =>
  scoreOf(analysis.features.find((f) => f.name === name)?.result);

/** A feature's score; undefined when unscored or not defined. */
function scoreOf(result: FeatureDriftResult | undefined): number | undefined {
  return result?.defined ? result.score : undefined;
}

describe('the drift story of the demo', () => {
  it('churn-predictor drifts on tenure_months and monthly_charges at the PSI its health quotes', async () => {
    const { analysis } = await analyse('churn-predictor', 1);
    expect(analysis.status).toBe('critical');
    expect(analysis.features.slice(0, 2).map((f) => [f.name, f.method.method, f.drifted])).toEqual([
      ['tenure_months', 'psi', true],
      ['monthly_charges', 'psi', true],
    ]);
    expect(score(analysis, 'tenure_months')).toBeCloseTo(0.31, 1);
    expect(score(analysis, 'monthly_charges')).toBeCloseTo(0.24, 1);
    expect(analysis.features.slice(2).every((f) => !f.drifted && (scoreOf(f.result) ?? 1) < 0.02)).toBe(true);
  });

  it('…gradually over two weeks: the score grows from nothing to past the threshold', async () => {
    const { analysis } = await analyse('churn-predictor', 30, 86_400);
    const series = analysis.features.find((f) => f.name === 'tenure_months')?.series ?? [];
    const at = (daysAgo: number) => series.find(([t]) => t >= TEST_NOW - daysAgo * DAY)?.[1] ?? Number.NaN;
    expect(at(20)).toBeLessThan(0.02);
    expect(at(7)).toBeGreaterThan(at(12));
    expect(at(1)).toBeGreaterThan(0.25);
  });

  it('…and its accuracy follows with a lag, from 0.87 towards 0.81', async () => {
    const window = { from: TEST_NOW - 30 * DAY, to: TEST_NOW };
    const report = await monitoring.performance(
      { model: 'churn-predictor' },
      { window, stepSeconds: 86_400 },
      signal,
    );
    const accuracy = report.metrics.find((m) => m.name === 'accuracy')?.points ?? [];
    const at = (daysAgo: number) => accuracy.find(([t]) => t >= TEST_NOW - daysAgo * DAY)?.[1] ?? Number.NaN;
    expect(at(20)).toBeCloseTo(0.87, 1);
    expect(at(12)).toBeCloseTo(0.87, 1);
    expect(at(2)).toBeLessThan(0.84);
    expect(report.metrics.map((m) => m.name)).toEqual(['accuracy', 'precision', 'recall', 'f1', 'roc_auc']);
  });

  it('transaction-fraud drifts abruptly five days ago: payment_method gains "bnpl"', async () => {
    const { report, analysis } = await analyse('transaction-fraud', 7);
    const payment = report.features.find((f) => f.name === 'payment_method')?.profile;
    expect(payment?.kind === 'categorical' && payment.refCategories.bnpl).toBeFalsy();
    expect(payment?.kind === 'categorical' && payment.curCategories.bnpl).toBeGreaterThan(0);
    expect(analysis.features[0]).toMatchObject({
      name: 'payment_method',
      drifted: true,
      method: { method: 'jensen-shannon' },
    });
    expect(analysis.features.filter((f) => f.drifted)).toHaveLength(1);
    const series = analysis.features[0]?.series ?? [];
    const before = series
      .filter(([t, v]) => t < TEST_NOW - 5 * DAY - HOUR && v !== null)
      .map(([, v]) => v ?? 0);
    const after = series
      .filter(([t, v]) => t > TEST_NOW - 5 * DAY + HOUR && v !== null)
      .map(([, v]) => v ?? 0);
    expect(Math.max(...before)).toBeLessThan(0.1);
    expect(Math.min(...after)).toBeGreaterThan(0.25);
  });

  it('support-ticket-router stays stable, tested with KS and chi-square on its 800-row reference', async () => {
    const { analysis } = await analyse('support-ticket-router', 30, 86_400);
    expect(analysis.status).toBe('healthy');
    expect(new Set(analysis.features.map((f) => f.method.method))).toEqual(new Set(['ks', 'chi-square']));
    for (const feature of analysis.features) {
      expect(
        feature.series.filter(([, v]) => v !== null && v < 0.05),
        feature.name,
      ).toEqual([]);
    }
  });

  it('delivery-eta has its labels three days late: no error measured for the last three days', async () => {
    const window = { from: TEST_NOW - 7 * DAY, to: TEST_NOW };
    const report = await monitoring.performance(
      { model: 'delivery-eta' },
      { window, stepSeconds: 6 * 3600 },
      signal,
    );
    expect(report.labelDelay).toMatchObject({ delayMs: 3 * DAY, incompleteFrom: TEST_NOW - 3 * DAY });
    const mae = report.metrics.find((m) => m.name === 'mae')?.points ?? [];
    expect(mae.filter(([t]) => t >= TEST_NOW - 3 * DAY).every(([, v]) => v === null)).toBe(true);
    expect(mae.filter(([t]) => t < TEST_NOW - 4 * DAY).every(([, v]) => v !== null)).toBe(true);
    expect(report.metrics.map((m) => m.label)).toEqual(['MAE (min)', 'RMSE (min)']);
  });

  it('is deterministic: asking twice gives the same profiles', async () => {
    const first = await analyse('churn-predictor', 1);
    const again = await analyse('churn-predictor', 1);
    expect(again.report).toEqual(first.report);
  });

  it('agrees with the registry: the drift column says what the drift view computes', async () => {
    const fleet = createDemoFleet({ fleetSize: 30, seed: 20_261_127, now: TEST_NOW });
    for (const model of fleet.models().filter((m) => m.drift)) {
      const { analysis } = await analyse(model.name, 1);
      expect([model.name, model.drift?.status]).toEqual([model.name, analysis.status]);
      expect(model.drift?.topFeatures).toEqual(analysis.features.filter((f) => f.drifted).map((f) => f.name));
    }
  });
});

describe('demand-forecast: the drift tab tells the pipeline story', () => {
  it('store_id is not stable: about 3 % of live rows arrive without one since the stores export changed', async () => {
    const { report, analysis } = await analyse('demand-forecast', 1);
    const store = report.features.find((f) => f.name === 'store_id')?.profile;
    expect(store?.kind === 'categorical' && store.refCategories['(null)']).toBeFalsy();
    const total =
      store?.kind === 'categorical' ? Object.values(store.curCategories).reduce((a, b) => a + b, 0) : 0;
    const nulls = store?.kind === 'categorical' ? (store.curCategories['(null)'] ?? 0) : 0;
    expect(nulls / total).toBeGreaterThan(0.02);
    expect(analysis.features.find((f) => f.name === 'store_id')?.drifted).toBe(true);
  });
});
