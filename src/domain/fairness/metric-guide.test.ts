import { describe, expect, it } from 'vitest';
import { adviseMetric } from './metric-guide';

describe('adviseMetric (after the Aequitas fairness tree)', () => {
  it('compares false positives for a punitive decision and true positives for an assistive one', () => {
    expect(adviseMetric('punitive').metric).toBe('equalized-odds-difference');
    expect(adviseMetric('assistive').metric).toBe('equal-opportunity-difference');
    expect(adviseMetric('assistive', true).metric).toBe('demographic-parity-difference');
  });
});
