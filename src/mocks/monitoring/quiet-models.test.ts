import { describe, expect, it } from 'vitest';
import { createDemoFleet } from '../fleet/fleet';
import { buildDriftRanking } from './drift-ranking';
import { scoreModelDrift } from './model-drift';
import { createMonitoringPlans, isQuiet, monitoringPlanOf } from './monitoring-plans';

const NOW = Date.UTC(2026, 10, 27, 12);
const DAY = 86_400_000;

describe('models beyond the story', () => {
  const fleet = createDemoFleet({ fleetSize: 1_500, seed: 11, now: NOW });
  const quiet = fleet.plans().filter((plan) => plan.model.stage === 'production' && isQuiet(plan));

  it('are quiet by construction: scoring them finds no drift, over a day, a month or 400 days', () => {
    expect(quiet.length).toBeGreaterThan(500);
    for (const plan of quiet.slice(0, 400)) {
      const monitoring = monitoringPlanOf(plan, 11, NOW);
      expect(monitoring).toBeDefined();
      for (const days of [1, 30, 400]) {
        const score = scoreModelDrift(monitoring!, { from: NOW - days * DAY, to: NOW }, 11, NOW);
        expect([plan.model.name, days, score.status]).toEqual([plan.model.name, days, 'healthy']);
      }
    }
  });

  it('drift where their health says so, on the feature it names', () => {
    const named = fleet
      .plans()
      .filter((plan) => plan.model.stage === 'production' && /PSI .* on /.test(plan.model.health.reason));
    expect(named.length).toBeGreaterThan(3);
    for (const plan of named) {
      const feature = /PSI [\d.]+ on (\w+)/.exec(plan.model.health.reason)?.[1];
      expect(plan.model.drift).toMatchObject({
        status: 'warning',
        driftedFeatures: 1,
        topFeatures: [feature],
      });
    }
  });

  it('let a 10,000-model fleet be ranked by drift, every production model counted', () => {
    const big = createDemoFleet({ fleetSize: 10_000, seed: 11, now: NOW });
    const plans = big.plans();
    const ranking = buildDriftRanking(
      plans,
      createMonitoringPlans(11, NOW),
      { from: NOW - 7 * DAY, to: NOW },
      10,
      { seed: 11, now: NOW },
    );
    expect(ranking.monitored).toBe(plans.filter((p) => p.model.stage === 'production').length);
    expect(ranking.items[0]?.model).toBe('churn-predictor');
    // How fast is the benchmark's to say (npm run bench), not a timed test's on a shared machine.
  });
});
