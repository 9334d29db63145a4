import { describe, expect, it } from 'vitest';
import type { Point } from '../../domain/series';
import { resolveFleetOptions } from '../demo-defaults';
import { createDemoFleet } from '../fleet/fleet';
import { DAY, HOUR, MINUTE } from '../fleet/time';
import { serviceProfile } from './service-profile';
import { servingSeries } from './serving-series';

const NOW = Date.UTC(2026, 10, 27, 12);
const SEED = resolveFleetOptions().seed;
/** The story: v14 went to production two days ago and caused an hour of trouble. */
const DEPLOYED = NOW - 2 * DAY;
const KEY = 'dynamic-pricing-production';

function pricing(seed = SEED) {
  const plan = createDemoFleet(resolveFleetOptions({ now: NOW, seed })).findPlan('dynamic-pricing');
  if (!plan) throw new Error('dynamic-pricing is a story model');
  return serviceProfile(plan, seed);
}

const series = (signal: 'latency_p95' | 'error_rate', from: number, to: number, seed = SEED): Point[] =>
  servingSeries(pricing(seed), KEY, seed, signal, { start: from, end: to, stepMs: MINUTE }, NOW);

const values = (points: readonly Point[]): number[] =>
  points.map(([, v]) => v).filter((v): v is number => v !== null);
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

describe('the demo serving series of dynamic-pricing', () => {
  const baseline = median(values(series('latency_p95', DEPLOYED - 2 * HOUR, DEPLOYED - MINUTE)));

  it('has p95 latency about 4× its baseline inside the incident hour', () => {
    const inside = median(values(series('latency_p95', DEPLOYED + 5 * MINUTE, DEPLOYED + 55 * MINUTE)));
    expect(inside / baseline).toBeGreaterThan(3.5);
    expect(inside / baseline).toBeLessThan(4.5);
  });

  it('is back to its baseline after the rollback', () => {
    const after = median(values(series('latency_p95', DEPLOYED + 65 * MINUTE, DEPLOYED + 3 * HOUR)));
    expect(after / baseline).toBeGreaterThan(0.85);
    expect(after / baseline).toBeLessThan(1.15);
  });

  it('has errors peaking near 15 % inside the incident, and well under 1 % outside it', () => {
    const inside = values(series('error_rate', DEPLOYED, DEPLOYED + HOUR - MINUTE));
    expect(Math.max(...inside)).toBeGreaterThan(0.14);
    expect(Math.max(...inside)).toBeLessThan(0.16);
    const outside = values(series('error_rate', DEPLOYED - 6 * HOUR, DEPLOYED - MINUTE));
    expect(Math.max(...outside)).toBeLessThan(0.01);
  });

  it('is the same for the same seed, and differs for another', () => {
    const window = [DEPLOYED - HOUR, DEPLOYED + HOUR] as const;
    expect(series('latency_p95', ...window)).toEqual(series('latency_p95', ...window));
    expect(series('latency_p95', ...window, 7)).not.toEqual(series('latency_p95', ...window));
  });

  it('places the incident by the story clock, whatever the wall clock (data runs to `until`)', () => {
    const window = { start: DEPLOYED - HOUR, end: NOW + HOUR, stepMs: 5 * MINUTE };
    const atNow = servingSeries(pricing(), KEY, SEED, 'latency_p95', window, NOW);
    const later = servingSeries(pricing(), KEY, SEED, 'latency_p95', window, NOW, NOW + 40 * MINUTE);
    for (const [i, [t, v]] of atNow.entries()) {
      if (t <= NOW) expect(later[i]).toEqual([t, v]);
      else expect(v).toBeNull();
    }
    expect(later.filter(([t, v]) => t > NOW && v !== null).map(([t]) => t)).toEqual([
      NOW + 5 * MINUTE,
      NOW + 10 * MINUTE,
      NOW + 15 * MINUTE,
      NOW + 20 * MINUTE,
      NOW + 25 * MINUTE,
      NOW + 30 * MINUTE,
      NOW + 35 * MINUTE,
      NOW + 40 * MINUTE,
    ]);
  });
});
