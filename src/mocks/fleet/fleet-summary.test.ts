import { describe, expect, it } from 'vitest';
import { healthSeverity } from '../../domain/health';
import { createDemoFleet } from './fleet';
import { fleetSummary } from './fleet-summary';

const NOW = Date.parse('2026-11-29T12:00:00.000Z');

describe('fleetSummary', () => {
  const fleet = createDemoFleet({ fleetSize: 200, seed: 4, now: NOW });
  const summary = fleetSummary(fleet.plans(), 4);
  const models = fleet.models();

  it('counts every model once by health and by stage', () => {
    const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(summary.totalModels).toBe(200);
    expect(sum(summary.byHealth)).toBe(200);
    expect(sum(summary.byStage)).toBe(200);
    expect(summary.byHealth.critical).toBe(models.filter((m) => m.health.status === 'critical').length);
    expect(summary.byStage.archived).toBe(models.filter((m) => m.stage === 'archived').length);
  });

  it('lists at most ten models that need attention, worst first, each with its reason', () => {
    const list = summary.needsAttention;
    expect(list).toHaveLength(10);
    expect(list[0]?.health.status).toBe('critical');
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1], list[i]];
      expect(healthSeverity(a?.health.status ?? 'healthy')).toBeGreaterThanOrEqual(
        healthSeverity(b?.health.status ?? 'healthy'),
      );
    }
    expect(list.every((m) => m.health.status === 'critical' || m.health.status === 'warning')).toBe(true);
    expect(list.every((m) => m.health.reason.length > 0)).toBe(true);
  });

  it('lists the last ten versions to reach production, newest first', () => {
    const shipped = summary.recentlyShipped;
    expect(shipped).toHaveLength(10);
    expect(shipped.map((s) => s.shippedAt)).toEqual(
      [...shipped.map((s) => s.shippedAt)].sort((a, b) => b - a),
    );
    const newest = Math.max(
      ...models.flatMap((m) => (m.lastDeployedAt && m.productionVersion ? [m.lastDeployedAt] : [])),
    );
    expect(shipped[0]?.shippedAt).toBe(newest);
  });

  it('lists production models by training data age, oldest first', () => {
    const ages = summary.trainingDataAge;
    expect(ages).toHaveLength(10);
    expect(ages.map((a) => a.trainedAt)).toEqual([...ages.map((a) => a.trainedAt)].sort((a, b) => a - b));
    for (const age of ages) {
      expect(models.find((m) => m.name === age.modelName)?.stage).toBe('production');
      expect(age.dataset).toMatch(/^[a-z_]+@[0-9a-f]{8,12}$/);
    }
  });

  it('is all zeros and empty lists for an empty fleet', () => {
    expect(fleetSummary([], 4)).toEqual({
      totalModels: 0,
      byHealth: { healthy: 0, warning: 0, critical: 0, unknown: 0 },
      byStage: { production: 0, staging: 0, development: 0, archived: 0 },
      needsAttention: [],
      recentlyShipped: [],
      trainingDataAge: [],
    });
  });
});
