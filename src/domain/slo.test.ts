import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healthSeverity } from './health';
import { budgetConsumed, compareObjectivesByUrgency, objectiveHealth } from './slo';

const reading = (budgetRemaining: number, burnRate1h: number, burnRate6h: number) => ({
  budgetRemaining,
  burnRate1h,
  burnRate6h,
});

const budget = fc.double({ min: -1, max: 1, noNaN: true });
const burn = fc.double({ min: 0, max: 50, noNaN: true });

describe('objectiveHealth (multi-window burn rates, SRE Workbook ch. 5)', () => {
  it('is critical once the budget is spent, whatever the burn', () => {
    expect(objectiveHealth(reading(0, 0, 0))).toEqual({
      status: 'critical',
      reason: 'Error budget exhausted',
    });
    expect(objectiveHealth(reading(-0.2, 0.1, 0.1)).status).toBe('critical');
  });

  it('pages on a fast burn only when the 6 h window confirms it', () => {
    expect(objectiveHealth(reading(0.8, 14.4, 6))).toEqual({
      status: 'critical',
      reason: 'Fast burn: 14.4× over the last hour',
    });
    // A one-hour spike the six-hour window does not confirm is a slow burn at most.
    expect(objectiveHealth(reading(0.8, 20, 2)).status).toBe('warning');
    expect(objectiveHealth(reading(0.8, 20, 0.5)).status).toBe('healthy');
  });

  it('warns on a slow burn, in words', () => {
    expect(objectiveHealth(reading(0.38, 2.2, 1.8))).toEqual({
      status: 'warning',
      reason: 'Burning budget: 1.8× over 6 h',
    });
    expect(objectiveHealth(reading(0.5, 0.9, 1)).status).toBe('warning');
  });

  it('is healthy with budget left and a burn below 1', () => {
    expect(objectiveHealth(reading(0.81, 0.3, 0.3))).toEqual({
      status: 'healthy',
      reason: 'Within objective',
    });
  });

  it('never looks better when the burn gets faster or the budget smaller', () => {
    fc.assert(
      fc.property(
        budget,
        burn,
        burn,
        fc.double({ min: 0, max: 1, noNaN: true }),
        burn,
        burn,
        (b, r1, r6, less, more1, more6) => {
          const before = healthSeverity(objectiveHealth(reading(b, r1, r6)).status);
          const after = healthSeverity(objectiveHealth(reading(b - less, r1 + more1, r6 + more6)).status);
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('only ever answers healthy, warning or critical, and healthy exactly when nothing burns', () => {
    fc.assert(
      fc.property(budget, burn, burn, (b, r1, r6) => {
        const { status } = objectiveHealth(reading(b, r1, r6));
        expect(['healthy', 'warning', 'critical']).toContain(status);
        expect(status === 'healthy').toBe(b > 0 && r6 < 1);
      }),
    );
  });
});

describe('compareObjectivesByUrgency', () => {
  it('puts a fast burn with most of its budget left before a slow burn nearly spent', () => {
    const fastBurn = reading(0.9, 20, 8);
    const slowBurn = reading(0.05, 1.2, 1.5);
    const quiet = reading(0.02, 0.1, 0.2);
    expect([quiet, slowBurn, fastBurn].sort(compareObjectivesByUrgency)).toEqual([fastBurn, slowBurn, quiet]);
  });

  it('never ranks an objective above one whose health is worse, and orders equals by budget left', () => {
    const objective = fc.record({ budgetRemaining: budget, burnRate1h: burn, burnRate6h: burn });
    fc.assert(
      fc.property(fc.array(objective, { maxLength: 30 }), (list) => {
        const ranked = [...list].sort(compareObjectivesByUrgency);
        for (let i = 1; i < ranked.length; i += 1) {
          const previous = ranked[i - 1]!;
          const current = ranked[i]!;
          const before = healthSeverity(objectiveHealth(previous).status);
          const after = healthSeverity(objectiveHealth(current).status);
          expect(before).toBeGreaterThanOrEqual(after);
          if (before === after) expect(previous.budgetRemaining).toBeLessThanOrEqual(current.budgetRemaining);
        }
      }),
    );
  });
});

describe('budgetConsumed', () => {
  it('spends nothing when every step is good, or when nothing is known', () => {
    expect(budgetConsumed([0, 0, 0], 0.99)).toBe(0);
    expect(budgetConsumed([], 0.99)).toBe(0);
    expect(budgetConsumed([null, Number.NaN], 0.99)).toBe(0);
  });

  it('spends the whole budget when the bad ratio averages 1 − objective', () => {
    expect(budgetConsumed([0.01, 0.01], 0.99)).toBeCloseTo(1);
    // One bad hour of a 30-day time-based objective at 99 %: 1/720 of the steps, 13.9 % of the budget.
    const steps = Array.from({ length: 720 }, (_, i) => (i === 0 ? 1 : 0));
    expect(budgetConsumed(steps, 0.99)).toBeCloseTo(0.1389, 3);
  });

  it('skips gaps instead of counting them as good', () => {
    expect(budgetConsumed([0.02, null, 0], 0.99)).toBeCloseTo(1);
  });

  const ratios = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 });
  const objective = fc.double({ min: 0.5, max: 0.9999, noNaN: true });

  it('is 0 for all-good series and never negative', () => {
    fc.assert(
      fc.property(ratios, objective, (bad, o) => {
        expect(
          budgetConsumed(
            bad.map(() => 0),
            o,
          ),
        ).toBe(0);
        expect(budgetConsumed(bad, o)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('grows when any step gets worse (monotonic in the bad ratios)', () => {
    fc.assert(
      fc.property(
        ratios,
        objective,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (bad, o, at, worse) => {
          const i = at % bad.length;
          const worsened = bad.map((v, j) => (j === i ? Math.min(1, v + worse) : v));
          expect(budgetConsumed(worsened, o)).toBeGreaterThanOrEqual(budgetConsumed(bad, o) - 1e-12);
        },
      ),
    );
  });

  it('grows when the objective gets stricter', () => {
    fc.assert(
      fc.property(ratios, objective, objective, (bad, a, b) => {
        const [loose, strict] = a < b ? [a, b] : [b, a];
        expect(budgetConsumed(bad, strict)).toBeGreaterThanOrEqual(budgetConsumed(bad, loose) - 1e-12);
      }),
    );
  });
});
