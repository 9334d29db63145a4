import { describe, expect, it } from 'vitest';
import type { HealthStatus } from '../../domain/health';
import { createDemoFleet } from './fleet';
import { fleetSummary } from './fleet-summary';
import { DAY, HOUR } from './time';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');
const fleet = createDemoFleet({ fleetSize: 30, seed: 5, now: NOW });
const model = (name: string) => {
  const plan = fleet.findPlan(name);
  if (!plan) throw new Error(`${name} is missing`);
  return plan.model;
};

describe('the story models', () => {
  it.each<[string, string, string, HealthStatus[], RegExp]>([
    [
      'churn-predictor',
      'Growth',
      'classification',
      ['warning', 'critical'],
      /tenure_months.*monthly_charges.*Nov 15.*accuracy/,
    ],
    [
      'transaction-fraud',
      'Marketplace Trust',
      'classification',
      ['critical'],
      /payment_method.*Nov 24.*schema change.*"bnpl"/,
    ],
    [
      'dynamic-pricing',
      'Pricing',
      'regression',
      ['healthy'],
      /^Rolled back v14 → v13 after latency incident; resolved$/,
    ],
    ['credit-approval', 'Risk', 'classification', ['warning'], /[Aa]pproval rate gap between age groups/],
    ['demand-forecast', 'Supply Chain', 'regression', ['warning'], /validation step failing.*41 days old/],
    ['search-ranker', 'Search & Discovery', 'ranking', ['warning'], /error-budget burn/],
    ['support-ticket-router', 'Growth', 'classification', ['healthy'], /All checks passing/],
    ['delivery-eta', 'Supply Chain', 'regression', ['healthy', 'unknown'], /Labels arrive 3 days late/],
  ])('%s (%s, %s) is %j because of its story', (name, team, task, statuses, reason) => {
    const m = model(name);
    expect(m.team).toBe(team);
    expect(m.task).toBe(task);
    expect(statuses).toContain(m.health.status);
    expect(m.health.reason).toMatch(reason);
  });

  it('dynamic-pricing serves v13 again since the rollback an hour after v14 went live', () => {
    const m = model('dynamic-pricing');
    expect([m.productionVersion, m.latestVersion]).toEqual(['13', '14']);
    expect(m.lastDeployedAt).toBe(NOW - 2 * DAY + HOUR);
    expect(m.openAlerts).toBe(0);
    const [v14, v13] = fleet.versions('dynamic-pricing') ?? [];
    expect([v14?.stage, v13?.stage]).toEqual(['staging', 'production']);
    expect(fleet.deployments('dynamic-pricing')?.[0]).toMatchObject({
      environment: 'production',
      version: '13',
      trafficPercent: 100,
      deployedBy: 'ravi.kumar',
    });
    const shipped = fleetSummary(fleet.plans(), 5).recentlyShipped.filter(
      (s) => s.modelName === 'dynamic-pricing',
    );
    expect(shipped).toEqual([
      { modelName: 'dynamic-pricing', version: '13', team: 'Pricing', shippedAt: NOW - 2 * DAY + HOUR },
      { modelName: 'dynamic-pricing', version: '14', team: 'Pricing', shippedAt: NOW - 2 * DAY },
    ]);
  });

  it('demand-forecast keeps failing validation, so production trains on 41-day-old data', () => {
    const versions = fleet.versions('demand-forecast') ?? [];
    expect(versions.slice(0, 3).map((v) => [v.version, v.status])).toEqual([
      ['9', 'failed'],
      ['8', 'failed'],
      ['7', 'failed'],
    ]);
    expect(versions[0]?.statusMessage).toMatch(/^Validation step failed: .*null store_id/);
    expect(versions[3]).toMatchObject({ version: '6', stage: 'production', status: 'ready' });
    const age = fleetSummary(fleet.plans(), 5).trainingDataAge.find((a) => a.modelName === 'demand-forecast');
    expect(age?.dataset).toMatch(/^demand_features@[0-9a-f]{8,12}$/);
    expect((NOW - (age?.trainedAt ?? NOW)) / DAY).toBeCloseTo(41, 0);
  });

  it('churn-predictor has a challenger on a newer version and a tier-1 PII tag set', () => {
    const m = model('churn-predictor');
    expect(m.aliases).toEqual([
      { alias: 'champion', version: '6' },
      { alias: 'challenger', version: '7' },
    ]);
    expect(m.tags).toMatchObject({ domain: 'retention', tier: 'tier-1', pii: 'true' });
    const run = fleet.run(fleet.versions('churn-predictor')?.[1]?.runId ?? '');
    expect(run?.sourceFile).toBe('train/churn.py');
    expect(run?.datasets[0]).toMatchObject({ name: 'churn_features', context: 'training' });
    expect(run?.datasets[0]?.source).toMatch(/^s3:\/\/.*churn_features.*\.parquet$/);
  });

  it('stays "two days ago" whatever the clock says', () => {
    const later = NOW + 37 * DAY;
    const m = createDemoFleet({ fleetSize: 8, seed: 5, now: later }).findPlan('dynamic-pricing')?.model;
    expect(m?.lastDeployedAt).toBe(later - 2 * DAY + HOUR);
  });
});
