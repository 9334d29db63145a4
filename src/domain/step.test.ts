import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  alignWindow,
  chooseStep,
  limitStep,
  MAX_POINTS_PER_SERIES,
  NICE_STEPS_SECONDS,
  niceCeil,
  pointCount,
  rateWindow,
  rateWindowSeconds,
} from './step';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const END = Date.UTC(2026, 10, 27, 12, 0, 0);

const isNice = (step: number): boolean =>
  (NICE_STEPS_SECONDS as readonly number[]).includes(step) || step % 86_400 === 0;

const windows = fc
  .record({
    to: fc.integer({ min: 0, max: 4_000_000_000_000 }),
    rangeMs: fc.integer({ min: 1, max: 100 * 365 * DAY }),
  })
  .map(({ to, rangeMs }) => ({ from: to - rangeMs, to }));

describe('chooseStep', () => {
  it('gives 600 s for 7 days on a 1,024-px chart at a 60 s scrape, about 1,000 points', () => {
    const step = chooseStep({ rangeMs: 7 * DAY, widthPx: 1024, scrapeIntervalSeconds: 60 });
    expect(step).toBe(600);
    expect(pointCount({ from: END - 7 * DAY, to: END }, step)).toBe(1009);
  });

  it('never goes below the scrape interval, even for an hour on a wide chart', () => {
    expect(chooseStep({ rangeMs: HOUR, widthPx: 1200, scrapeIntervalSeconds: 60 })).toBe(60);
    expect(chooseStep({ rangeMs: HOUR, widthPx: 1200, scrapeIntervalSeconds: 15 })).toBe(15);
    expect(chooseStep({ rangeMs: HOUR, widthPx: 400, scrapeIntervalSeconds: 15 })).toBe(15);
    expect(chooseStep({ rangeMs: 24 * HOUR, widthPx: 800, scrapeIntervalSeconds: 15 })).toBe(120);
  });

  it('rounds an odd scrape interval up to a nice step', () => {
    expect(chooseStep({ rangeMs: HOUR, widthPx: 1000, scrapeIntervalSeconds: 45 })).toBe(60);
  });

  it('uses whole days beyond the largest nice step', () => {
    expect(chooseStep({ rangeMs: 10 * 365 * DAY, widthPx: 1000, scrapeIntervalSeconds: 60 })).toBe(
      4 * 86_400,
    );
  });

  it('survives nonsense input', () => {
    expect(chooseStep({ rangeMs: 0, widthPx: 0, scrapeIntervalSeconds: 0 })).toBe(15);
    expect(chooseStep({ rangeMs: -5, widthPx: Number.NaN, scrapeIntervalSeconds: -1 })).toBe(15);
  });

  it('never asks for more than 11,000 points, is nice, is ≥ the scrape interval, and aims at ~1,000 points', () => {
    fc.assert(
      fc.property(
        windows,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 600 }),
        (window, widthPx, scrape) => {
          const step = chooseStep({
            rangeMs: window.to - window.from,
            widthPx,
            scrapeIntervalSeconds: scrape,
          });
          const points = pointCount(window, step);
          expect(points).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
          expect(points).toBeLessThanOrEqual(1_102);
          expect(step).toBeGreaterThanOrEqual(scrape);
          expect(isNice(step)).toBe(true);
        },
      ),
    );
  });

  it('grows (never shrinks) as the range grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 * DAY }), fc.integer({ min: 1, max: 400 * DAY }), (a, b) => {
        const input = { widthPx: 900, scrapeIntervalSeconds: 30 };
        const [short, long] = a < b ? [a, b] : [b, a];
        expect(chooseStep({ ...input, rangeMs: short })).toBeLessThanOrEqual(
          chooseStep({ ...input, rangeMs: long }),
        );
      }),
    );
  });
});

describe('niceCeil', () => {
  it('picks the smallest nice step at or above the value', () => {
    expect(niceCeil(1)).toBe(15);
    expect(niceCeil(15)).toBe(15);
    expect(niceCeil(16)).toBe(30);
    expect(niceCeil(590.6)).toBe(600);
    expect(niceCeil(86_400)).toBe(86_400);
    expect(niceCeil(86_401)).toBe(172_800);
  });
});

describe('limitStep', () => {
  it('keeps a step that Prometheus accepts', () => {
    expect(limitStep({ from: END - 7 * DAY, to: END }, 60)).toBe(60);
  });

  it('widens a step that Prometheus would refuse (7 days at 30 s is 20,161 points)', () => {
    expect(limitStep({ from: END - 7 * DAY, to: END }, 30)).toBe(60);
    expect(limitStep({ from: END - 30 * DAY, to: END }, 15)).toBe(300);
  });

  it('always fits the limit and never goes below the asked step', () => {
    fc.assert(
      fc.property(windows, fc.integer({ min: 1, max: 100_000 }), (window, asked) => {
        const step = limitStep(window, asked);
        expect(pointCount(window, step)).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
        expect(step).toBeGreaterThanOrEqual(asked);
      }),
    );
  });
});

describe('alignWindow', () => {
  it('rounds both ends down to whole steps, so no point lies in the future', () => {
    const window = { from: Date.UTC(2026, 10, 27, 10, 7, 30), to: Date.UTC(2026, 10, 27, 11, 52, 10) };
    expect(alignWindow(window, 600)).toEqual({
      from: Date.UTC(2026, 10, 27, 10, 0, 0),
      to: Date.UTC(2026, 10, 27, 11, 50, 0),
    });
    expect(alignWindow({ from: END - DAY, to: END }, 600)).toEqual({ from: END - DAY, to: END });
  });

  it('moves each end by less than a step, never later, and keeps start ≤ end', () => {
    fc.assert(
      fc.property(windows, fc.constantFrom(...NICE_STEPS_SECONDS), (window, step) => {
        const aligned = alignWindow(window, step);
        const stepMs = step * 1000;
        expect(aligned.from).toBeLessThanOrEqual(window.from);
        expect(aligned.to).toBeLessThanOrEqual(window.to);
        expect(aligned.from).toBeLessThanOrEqual(aligned.to);
        expect(window.from - aligned.from).toBeLessThan(stepMs);
        expect(window.to - aligned.to).toBeLessThan(stepMs);
        expect(Math.abs(aligned.from % stepMs)).toBe(0);
        expect(Math.abs(aligned.to % stepMs)).toBe(0);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(windows, fc.constantFrom(...NICE_STEPS_SECONDS), (window, step) => {
        const once = alignWindow(window, step);
        expect(alignWindow(once, step)).toEqual(once);
      }),
    );
  });
});

describe('rateWindow', () => {
  it('follows $__rate_interval: max(step + scrape, 4 × scrape)', () => {
    expect(rateWindow(60, 15)).toBe('75s');
    expect(rateWindow(15, 15)).toBe('60s');
    expect(rateWindow(600, 60)).toBe('660s');
    expect(rateWindow(60, 60)).toBe('240s');
  });

  it('always spans at least four scrapes and more than a step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 3_600 }),
        (step, scrape) => {
          const seconds = rateWindowSeconds(step, scrape);
          expect(seconds).toBeGreaterThanOrEqual(4 * scrape);
          expect(seconds).toBeGreaterThan(step);
          expect(rateWindow(step, scrape)).toMatch(/^\d+s$/);
        },
      ),
    );
  });
});
