import { describe, expect, it } from 'vitest';
import { stepHealth } from './step-health';
import type { QualityCheck } from './types';

const HOUR = 3_600_000;
const check = (result: QualityCheck['result'], name = 'store_id null rate'): QualityCheck => ({
  id: name,
  name,
  expected: '≤ 1 %',
  observed: '3.2 %',
  result,
});

describe('stepHealth', () => {
  it('is healthy when the step succeeded, is fresh and passed its checks', () => {
    expect(stepHealth({ state: 'succeeded', checks: [check('pass')] })).toEqual({
      status: 'healthy',
      word: 'Succeeded',
      reasons: [],
      failedChecks: 0,
    });
  });

  it('takes the worst: a succeeded step with a failing check is critical and says which', () => {
    const health = stepHealth({ state: 'succeeded', checks: [check('pass', 'row count'), check('fail')] });
    expect(health).toMatchObject({ status: 'critical', word: 'Checks failed', failedChecks: 1 });
    expect(health.reasons[0]).toBe('store_id null rate: expected ≤ 1 %, observed 3.2 %');
  });

  it('a failed run outranks its failed checks in the word, keeping both reasons', () => {
    const health = stepHealth({ state: 'failed', checks: [check('fail')] });
    expect(health.word).toBe('Failed');
    expect(health.reasons).toHaveLength(2);
  });

  it('is late when its output is older than the freshness SLA, and says by how much', () => {
    const now = 100 * HOUR;
    const health = stepHealth({
      state: 'succeeded',
      checks: [check('warn')],
      freshness: { lastWrittenAt: now - 9 * HOUR, slaMs: 6 * HOUR, now },
    });
    expect(health).toMatchObject({ status: 'warning', word: 'Late' });
    expect(health.reasons[0]).toBe('Output 9 h old, over its 6 h freshness SLA');
  });

  it('names the failed upstream steps of a skipped step', () => {
    const health = stepHealth({ state: 'skipped', checks: [], blockedBy: ['validate'] });
    expect(health).toMatchObject({ status: 'warning', word: 'Skipped' });
    expect(health.reasons).toEqual(['Skipped: upstream step validate failed']);
  });
});
