import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNs, mergeNewestFirst, msToNs, nsToMs } from './log-result';
import {
  distinguishingLabels,
  isLogQuery,
  logVolumeQuery,
  logVolumeStep,
  volumeBars,
  withMatcher,
} from './logql';

const line = (ns: string, labels: Record<string, string> = {}) => ({
  id: ns,
  ns,
  t: nsToMs(ns),
  line: '',
  labels,
});

describe('log lines', () => {
  it('turns nanoseconds into milliseconds and back, beyond 2^53', () => {
    expect(nsToMs('1795780800500000001')).toBe(1_795_780_800_500);
    expect(msToNs(1_795_780_800_500)).toBe('1795780800500000000');
    fc.assert(fc.property(fc.integer({ min: 1, max: 4_000_000_000_000 }), (ms) => nsToMs(msToNs(ms)) === ms));
  });

  it('orders nanosecond strings as numbers', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        (a, b) => Math.sign(compareNs(String(a), String(b))) === (a < b ? -1 : a > b ? 1 : 0),
      ),
    );
  });

  it('merges streams newest first', () => {
    const merged = mergeNewestFirst([
      [line('300'), line('100')],
      [line('250'), line('99')],
    ]);
    expect(merged.map((l) => l.ns)).toEqual(['300', '250', '100', '99']);
  });

  it('asks the volume of a log query per level, and tells log queries from metric ones', () => {
    expect(logVolumeQuery(' {app="x"} |= "err" ', 59.6)).toBe(
      'sum by (level) (count_over_time({app="x"} |= "err" [60s]))',
    );
    expect(isLogQuery('{app="x"}')).toBe(true);
    expect(isLogQuery('rate({app="x"}[1m])')).toBe(false);
  });

  it('shows beside a line only the labels that differ between lines', () => {
    const keys = distinguishingLabels([
      line('2', { app: 'a', level: 'info', pod: '1' }),
      line('1', { app: 'a', level: 'error', pod: '1' }),
    ]);
    expect([...keys]).toEqual(['level']);
  });
});

describe('building a selector', () => {
  it('adds a matcher to the selector, replacing the same label’s, and keeps the filters', () => {
    expect(withMatcher('', 'app="x"')).toBe('{app="x"}');
    expect(withMatcher('{app="x"} |= "timeout"', 'level="error"')).toBe(
      '{app="x", level="error"} |= "timeout"',
    );
    expect(withMatcher('{app="x", level="info"}', 'level="error"')).toBe('{app="x", level="error"}');
    expect(withMatcher('|= "timeout"', 'app="x"')).toBe('{app="x"} |= "timeout"');
  });
});

describe('log volume', () => {
  it('picks the finest readable step that keeps the bars under the count asked', () => {
    expect(logVolumeStep({ from: 0, to: 3_600_000 })).toBe(60);
    expect(logVolumeStep({ from: 0, to: 86_400_000 })).toBe(1800);
    expect(logVolumeStep({ from: 0, to: 30 * 86_400_000 })).toBe(43200);
    fc.assert(
      fc.property(fc.integer({ min: 60_000, max: 90 * 86_400_000 }), (span) => {
        const step = logVolumeStep({ from: 0, to: span });
        return step * 1000 * 60 >= span || step === 86400;
      }),
    );
  });

  it('stacks each level a step, worst first, and counts every line once', () => {
    const { bars, levels, total } = volumeBars([
      {
        labels: { level: 'info' },
        points: [
          [0, 10],
          [60, 12],
        ],
      },
      {
        labels: { level: 'error' },
        points: [
          [60, 3],
          [120, null],
        ],
      },
    ]);
    expect(levels).toEqual(['error', 'info']);
    expect(total).toBe(25);
    expect(bars).toEqual([
      { t: 0, counts: { info: 10 }, total: 10 },
      { t: 60, counts: { info: 12, error: 3 }, total: 15 },
    ]);
  });
});
