import { describe, expect, it } from 'vitest';
import {
  lastFullMonth,
  lastFullQuarter,
  parsePeriod,
  periodLabel,
  periodParam,
  periodWindow,
  previousPeriod,
} from './period';

const NOW = Date.UTC(2026, 11, 4, 1); // 4 Dec 2026

describe('report periods', () => {
  it('defaults to the last full month and quarter', () => {
    expect(periodParam(lastFullMonth(NOW))).toBe('2026-11');
    expect(periodParam(lastFullQuarter(NOW))).toBe('2026-Q3');
    expect(periodParam(lastFullMonth(Date.UTC(2026, 0, 3)))).toBe('2025-12');
  });
  it('reads and writes its URL form, and rejects anything else', () => {
    expect(parsePeriod('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, quarter: 3 });
    expect(parsePeriod('2026-13')).toBeUndefined();
    expect(periodLabel({ kind: 'month', year: 2026, month: 11 })).toBe('November 2026');
  });
  it('windows a quarter and finds the one before', () => {
    expect(periodWindow({ kind: 'quarter', year: 2026, quarter: 3 })).toEqual({
      from: Date.UTC(2026, 6, 1),
      to: Date.UTC(2026, 9, 1),
    });
    expect(previousPeriod({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual({
      kind: 'quarter',
      year: 2025,
      quarter: 4,
    });
  });
});
