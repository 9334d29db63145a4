import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFaultPlan,
  DEFAULT_FAULT_RATE,
  FLAKY_FAULTS,
  flakyFault,
  parseFaultRate,
  type FlakyFault,
} from './flaky-faults';

const ROUTES = [
  'GET /info',
  'GET /registry/models',
  'GET /registry/summary',
  'POST /operations/incidents/i-1/notes',
];

/** The faults of `count` requests cycling through ROUTES, in arrival order. */
function run(seed: number, rate: number, count: number): (FlakyFault | undefined)[] {
  const plan = createFaultPlan(seed, rate);
  return Array.from({ length: count }, (_, i) => plan(ROUTES[i % ROUTES.length] ?? ''));
}

describe('flakyFault', () => {
  it.each([0.05, DEFAULT_FAULT_RATE, 0.2, 0.5])('fails close to %s of 20,000 requests', (rate) => {
    const faults = run(42, rate, 20_000);
    const share = faults.filter(Boolean).length / faults.length;
    // Binomial: three standard deviations at n = 20,000 are under 0.011 for any rate.
    expect(Math.abs(share - rate)).toBeLessThan(0.011);
  });

  it('uses every kind of fault, in roughly equal shares', () => {
    const faults = run(7, 0.5, 20_000).filter((f): f is FlakyFault => f !== undefined);
    for (const kind of FLAKY_FAULTS) {
      const share = faults.filter((f) => f === kind).length / faults.length;
      expect(share).toBeGreaterThan(0.22);
      expect(share).toBeLessThan(0.28);
    }
  });

  it('never fails at rate 0 and always fails at rate 1', () => {
    expect(run(1, 0, 1_000).every((f) => f === undefined)).toBe(true);
    expect(run(1, 1, 1_000).every((f) => f !== undefined)).toBe(true);
  });

  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(run(42, 0.2, 2_000)).toEqual(run(42, 0.2, 2_000));
    expect(run(43, 0.2, 2_000)).not.toEqual(run(42, 0.2, 2_000));
  });

  it('decides each request by its key and occurrence, whatever order requests arrive in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.shuffledSubarray(ROUTES, { minLength: 4 }),
        (seed, order) => {
          const plan = createFaultPlan(seed, 0.3);
          const decided = new Map(order.map((key) => [key, plan(key)]));
          for (const key of ROUTES) expect(decided.get(key)).toBe(flakyFault(seed, 0.3, key, 0));
        },
      ),
    );
  });
});

describe('parseFaultRate', () => {
  it('reads a share, keeps it within [0, 1] and falls back on nonsense', () => {
    expect(parseFaultRate('0.2')).toBe(0.2);
    expect(parseFaultRate('.5')).toBe(0.5);
    expect(parseFaultRate('0')).toBe(0);
    expect(parseFaultRate('3')).toBe(1);
    expect(parseFaultRate(null)).toBe(DEFAULT_FAULT_RATE);
    expect(parseFaultRate('')).toBe(DEFAULT_FAULT_RATE);
    expect(parseFaultRate('-0.2')).toBe(DEFAULT_FAULT_RATE);
    expect(parseFaultRate('lots')).toBe(DEFAULT_FAULT_RATE);
  });
});
