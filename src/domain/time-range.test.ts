import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTimeRangeParam,
  parseTimeRange,
  RELATIVE_RANGES,
  relativeRangeMs,
  resolveTimeRange,
  type TimeRangeSpec,
} from './time-range';

const NOW = Date.UTC(2026, 10, 27, 12, 34, 56, 789);

/** Epoch ms with 10 to 14 digits: Sept 2001 to the year 5138, what a URL may carry. */
const epochMs = fc.integer({ min: 1_000_000_000, max: 99_999_999_999_999 });

const relative = fc
  .constantFrom(...RELATIVE_RANGES)
  .map((range): TimeRangeSpec => ({ kind: 'relative', range }));
const absolute = fc
  .tuple(epochMs, epochMs)
  .filter(([a, b]) => a !== b)
  .map(([a, b]): TimeRangeSpec => ({ kind: 'absolute', from: Math.min(a, b), to: Math.max(a, b) }));

describe('parseTimeRange and formatTimeRangeParam', () => {
  it('read the URL forms: a relative range or a from-to window in ms', () => {
    expect(parseTimeRange('7d')).toEqual({ kind: 'relative', range: '7d' });
    expect(parseTimeRange('1795780800000-1795867200000')).toEqual({
      kind: 'absolute',
      from: 1795780800000,
      to: 1795867200000,
    });
  });

  it('round-trip every relative range and absolute window', () => {
    fc.assert(
      fc.property(fc.oneof(relative, absolute), (spec) => {
        expect(parseTimeRange(formatTimeRangeParam(spec))).toEqual(spec);
      }),
    );
  });

  it.each([
    ['a missing param', null],
    ['an empty param', ''],
    ['an unknown range', '2w'],
    ['a range in another case', '24H'],
    ['a window that ends where it starts', '1795780800000-1795780800000'],
    ['a window that ends before it starts', '1795867200000-1795780800000'],
    ['a window in seconds that are too short', '179578-179586'],
    ['a negative time', '-1795780800000-1795867200000'],
    ['ISO dates', '2026-11-26T00:00:00Z-2026-11-27T00:00:00Z'],
    ['trailing text', '1795780800000-1795867200000&x'],
    ['garbage', 'last week'],
  ])('return undefined for %s', (_, value) => {
    expect(parseTimeRange(value)).toBeUndefined();
  });

  it('refuse any window whose end is not after its start', () => {
    fc.assert(
      fc.property(epochMs, epochMs, (a, b) => {
        fc.pre(a >= b);
        expect(parseTimeRange(`${a}-${b}`)).toBeUndefined();
      }),
    );
  });
});

describe('resolveTimeRange', () => {
  it('ends a relative range at now rounded down to the minute', () => {
    expect(resolveTimeRange({ kind: 'relative', range: '24h' }, NOW)).toEqual({
      from: Date.UTC(2026, 10, 26, 12, 34),
      to: Date.UTC(2026, 10, 27, 12, 34),
    });
  });

  it('gives the same window for every moment within a minute, and spans exactly the range', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RELATIVE_RANGES), epochMs, (range, now) => {
        const window = resolveTimeRange({ kind: 'relative', range }, now);
        expect(window.to % 60_000).toBe(0);
        expect(window.to).toBeLessThanOrEqual(now);
        expect(now - window.to).toBeLessThan(60_000);
        expect(window.to - window.from).toBe(relativeRangeMs(range));
        expect(resolveTimeRange({ kind: 'relative', range }, window.to + 59_999)).toEqual(window);
      }),
    );
  });

  it('returns an absolute window as it is, whatever now is', () => {
    fc.assert(
      fc.property(absolute, epochMs, (spec, now) => {
        if (spec.kind !== 'absolute') return;
        expect(resolveTimeRange(spec, now)).toEqual({ from: spec.from, to: spec.to });
      }),
    );
  });
});
