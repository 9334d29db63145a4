import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDuration,
  formatIso,
  formatLatency,
  formatMetric,
  formatPercent,
  formatPointsChange,
  formatRelative,
  metricLabel,
} from './format';

// The module formats in navigator.language, read at import: jsdom's is en-US.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 27, 12);

it('runs in the en-US locale these expectations are written for', () => {
  expect(navigator.language).toBe('en-US');
});

describe('formatCount', () => {
  it('is exact under 10,000 and compact from there', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(42)).toBe('42');
    expect(formatCount(9_999)).toBe('9,999');
    expect(formatCount(10_000)).toBe('10K');
    expect(formatCount(12_345)).toBe('12.3K');
    expect(formatCount(1_500_000)).toBe('1.5M');
    expect(formatCount(-12_345)).toBe('-12.3K');
  });

  it('shows every integer under 10,000 exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999, max: 9_999 }), (n) => {
        expect(formatCount(n).replaceAll(',', '')).toBe(String(n));
      }),
    );
  });
});

describe('formatPercent', () => {
  it('shows a ratio as a percentage with one decimal, or as many as asked', () => {
    expect(formatPercent(0.014)).toBe('1.4 %');
    expect(formatPercent(1)).toBe('100.0 %');
    expect(formatPercent(0.5, 0)).toBe('50 %');
    expect(formatPercent(0.12345, 2)).toBe('12.35 %');
  });
});

describe('formatPointsChange', () => {
  it('gives the signed change between two shares in percentage points', () => {
    expect(formatPointsChange(0.12, 0.155)).toBe('+3.5');
    expect(formatPointsChange(0.4, 0.1)).toBe('−30.0');
    expect(formatPointsChange(0.2, 0.2)).toBe('+0.0');
  });
});

describe('formatLatency', () => {
  it('shows milliseconds under a second, with a decimal under 10 ms', () => {
    expect(formatLatency(0.182)).toBe('182 ms');
    expect(formatLatency(0.0042)).toBe('4.2 ms');
    expect(formatLatency(0.01)).toBe('10 ms');
  });

  it('shows seconds with two decimals from a second', () => {
    expect(formatLatency(1)).toBe('1.00 s');
    expect(formatLatency(2.5)).toBe('2.50 s');
  });

  it('never shows "1,000 ms": a value that rounds to a second reads in seconds', () => {
    expect(formatLatency(0.9996)).toBe('1.00 s');
    expect(formatLatency(0.9994)).toBe('999 ms');
  });

  it('picks the unit by the value: ms under 1 s, s above, and never 1,000 ms', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 600, noNaN: true }), (seconds) => {
        const text = formatLatency(seconds);
        expect(text).toMatch(seconds < 0.9995 ? / ms$/ : / s$/);
        expect(text).not.toBe('1,000 ms');
      }),
    );
  });
});

describe('formatMetric and metricLabel', () => {
  it('give each known metric its decimals, whatever the case of its name', () => {
    expect(formatMetric('roc_auc', 0.91234)).toBe('0.912');
    expect(formatMetric('F1', 0.7)).toBe('0.700');
    expect(formatMetric('accuracy', 1)).toBe('1.000');
    expect(formatMetric('mae', 3.4167)).toBe('3.42');
    expect(formatMetric('RMSE', 12)).toBe('12.00');
  });

  it('give an unknown metric up to four significant digits', () => {
    expect(formatMetric('loss', 0.123456)).toBe('0.1235');
    expect(formatMetric('throughput', 12_345.6)).toBe('12,350');
    expect(formatMetric('epochs', 3)).toBe('3');
  });

  it('name known metrics as people write them, and leave others as they are', () => {
    expect(metricLabel('roc_auc')).toBe('ROC AUC');
    expect(metricLabel('R2')).toBe('R²');
    expect(metricLabel('ndcg_at_10')).toBe('NDCG@10');
    expect(metricLabel('custom_score')).toBe('custom_score');
  });
});

describe('formatRelative', () => {
  it('says how long ago or how soon, in words', () => {
    expect(formatRelative(NOW - 3 * HOUR, NOW)).toBe('3 hours ago');
    expect(formatRelative(NOW + 2 * DAY, NOW)).toBe('in 2 days');
    expect(formatRelative(NOW - 5 * MINUTE, NOW)).toBe('5 minutes ago');
    expect(formatRelative(NOW - DAY, NOW)).toBe('yesterday');
    expect(formatRelative(NOW - 14 * DAY, NOW)).toBe('2 weeks ago');
    expect(formatRelative(NOW - 400 * DAY, NOW)).toBe('last year');
  });

  it('says "just now" within a minute either way', () => {
    expect(formatRelative(NOW, NOW)).toBe('just now');
    expect(formatRelative(NOW - 59_999, NOW)).toBe('just now');
    expect(formatRelative(NOW + 30_000, NOW)).toBe('just now');
    expect(formatRelative(NOW - MINUTE, NOW)).toBe('1 minute ago');
  });

  it('puts the past in the past and the future in the future', () => {
    fc.assert(
      fc.property(fc.integer({ min: MINUTE, max: 20 * 365 * DAY }), (delta) => {
        expect(formatRelative(NOW - delta, NOW)).toMatch(/ ago$|^yesterday$|^last /);
        expect(formatRelative(NOW + delta, NOW)).toMatch(/^in |^tomorrow$|^next /);
      }),
    );
  });
});

describe('formatDuration', () => {
  it('uses minutes under an hour, hours and minutes under two days, then days and hours', () => {
    expect(formatDuration(45 * MINUTE)).toBe('45 min');
    expect(formatDuration(2 * HOUR + 15 * MINUTE)).toBe('2 h 15 min');
    expect(formatDuration(2 * HOUR)).toBe('2 h');
    expect(formatDuration(47 * HOUR + 59 * MINUTE)).toBe('47 h 59 min');
    expect(formatDuration(48 * HOUR)).toBe('2 d');
    expect(formatDuration(3 * DAY + 4 * HOUR)).toBe('3 d 4 h');
  });

  it('rounds to the nearest minute', () => {
    expect(formatDuration(29_999)).toBe('0 min');
    expect(formatDuration(30_000)).toBe('1 min');
    expect(formatDuration(59 * MINUTE + 40_000)).toBe('1 h');
  });

  it('reads back to the duration: to the minute under two days, to the hour after', () => {
    const read = (text: string): number => {
      const units: Record<string, number> = { d: DAY, h: HOUR, min: MINUTE };
      let total = 0;
      for (const [, amount, unit] of text.matchAll(/(\d+) (d|h|min)\b/g))
        total += Number(amount) * units[unit!]!;
      return total;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * DAY }), (ms) => {
        const minutes = Math.round(ms / MINUTE) * MINUTE;
        const shown = read(formatDuration(ms));
        expect(shown).toBeLessThanOrEqual(minutes);
        expect(minutes - shown).toBeLessThan(minutes < 48 * HOUR ? 1 : HOUR);
      }),
    );
  });
});

describe('formatIso', () => {
  it('writes UTC ISO-8601 for exports', () => {
    expect(formatIso(Date.UTC(2026, 10, 27, 12, 30))).toBe('2026-11-27T12:30:00.000Z');
  });
});
