import { describe, expect, it } from 'vitest';
import { explainedTotal } from '../../domain/explanations/explanation';
import { attributeFairness } from '../../domain/fairness/attribute-fairness';
import { attributionNdcg } from '../../domain/fairness/explanation-drift';
import { fairnessVerdict } from '../../domain/fairness/verdict';
import { DEMO_BASE_URL } from '../../sources/demo/demo-base-url';
import { createRestSource } from '../../sources/rest/rest-source';
import { startDemoServer, TEST_NOW } from '../../test/demo-server';

startDemoServer();
const explanations = createRestSource({
  connectionId: 'demo',
  name: 'Demo',
  baseUrl: `${location.origin}${DEMO_BASE_URL}`,
}).capabilities.explanations!;
const signal = new AbortController().signal;
const DAY = 86_400_000;
const window = { from: TEST_NOW - 30 * DAY, to: TEST_NOW };

const ndcgOf = (
  baseline: { feature: string; meanAbs: number }[],
  current: { feature: string; meanAbs: number }[],
) =>
  attributionNdcg(
    baseline.map((f) => ({ feature: f.feature, importance: f.meanAbs })),
    current.map((f) => ({ feature: f.feature, importance: f.meanAbs })),
  );

describe('the demo explains its story', () => {
  it('credit-approval fails the four-fifths rule for 18-25 under v5, and passed under v4', async () => {
    const v5 = await explanations.groupCounts({ model: 'credit-approval' }, window, signal);
    const age = attributeFairness(v5.attributes[0]!);
    expect(age.status).toBe('fail');
    expect(age.worst?.group).toBe('18-25');
    const verdict = fairnessVerdict(
      v5.attributes.map((a) => attributeFairness(a)),
      {
        decisions: v5.decisions,
        window: v5.window,
        version: v5.version,
        minGroupSize: 30,
      },
    );
    expect(verdict.sentence).toMatch(/fails for age_group: 18-25 is selected at 0\.72 the rate of 40-60/);
    expect(verdict.sentence).toMatch(/passes the four-fifths rule for region/i);

    const v4 = await explanations.groupCounts(
      { model: 'credit-approval', version: '4' },
      { from: TEST_NOW - 90 * DAY, to: TEST_NOW },
      signal,
    );
    expect(attributeFairness(v4.attributes[0]!).status).toBe('pass');
  });

  it('transaction-fraud passes for every attribute', async () => {
    const report = await explanations.groupCounts({ model: 'transaction-fraud' }, window, signal);
    expect(report.attributes.map((a) => attributeFairness(a).status)).toEqual(['pass', 'pass']);
  });

  it("churn-predictor's explanation drifts below nDCG 0.9 before its accuracy falls (9 days ago)", async () => {
    const drift = await explanations.explanationDrift(
      'churn-predictor',
      { window, stepSeconds: 86_400 },
      signal,
    );
    const below = drift.points.find((p) => {
      const value = ndcgOf([...drift.baseline], [...p.features]);
      return typeof value === 'number' && value < 0.9;
    });
    expect(below).toBeDefined();
    expect(below!.t).toBeLessThan(TEST_NOW - 9 * DAY);
    const steady = await explanations.explanationDrift(
      'support-ticket-router',
      { window, stepSeconds: 86_400 },
      signal,
    );
    expect(steady.points.every((p) => (ndcgOf([...steady.baseline], [...p.features]) as number) >= 0.9)).toBe(
      true,
    );
  });

  it('pages through 100,000 recent predictions newest first, and explains the newest ones so they add up', async () => {
    const first = await explanations.listPredictions('credit-approval', { limit: 50 }, signal);
    expect(first.total).toBe(100_000);
    expect(first.items).toHaveLength(50);
    const second = await explanations.listPredictions(
      'credit-approval',
      { limit: 50, cursor: first.nextCursor },
      signal,
    );
    expect(second.items[0]!.at).toBeLessThan(first.items.at(-1)!.at);

    const local = await explanations.localExplanation(
      'credit-approval',
      first.items[0]!.predictionId,
      3,
      signal,
    );
    expect(local.problem).toBeUndefined();
    expect(local.contributions).toHaveLength(3);
    expect(explainedTotal(local)).toBeCloseTo(local.prediction, 4);
  });

  it('filters the list by outcome and segment', async () => {
    const page = await explanations.listPredictions(
      'credit-approval',
      { limit: 20, outcome: 'referred', segment: '18-25' },
      signal,
    );
    expect(page.items.every((p) => p.outcome === 'referred' && p.segment === '18-25')).toBe(true);
    expect(page.total).toBeLessThan(100_000);
    expect(page.total).toBeGreaterThan(0);
  });
});
