import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runDrift, runSamplesInParallel, splitEvenly } from './drift-client';
import { benchSamples } from '../../../bench/bench-data';

describe('runDrift without a Web Worker (jsdom)', () => {
  it('computes on the main thread and says so', async () => {
    expect(typeof Worker).toBe('undefined');
    const timed = await runDrift('samples', benchSamples(5, 2_000));
    expect(timed.inWorker).toBe(false);
    expect(timed.computeMs).toBeGreaterThanOrEqual(0);
    expect(timed.output.map((s) => s.name)).toEqual([
      'feature_000',
      'feature_001',
      'feature_002',
      'feature_003',
      'feature_004',
    ]);
    // Feature 0 is shifted by a quarter of a standard deviation; feature 1 is not.
    expect(timed.output[0]?.wassersteinNorm).toBeGreaterThan(0.15);
    expect(timed.output[1]?.wassersteinNorm).toBeLessThan(0.1);
    expect(timed.output[4]?.chiSquare?.pValue).toBeGreaterThan(0);
  });

  it('rejects at once when the caller has already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runDrift('samples', [], { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('rejects with the computation’s own error', async () => {
    const empty = [
      { kind: 'numeric' as const, name: 'x', reference: new Float64Array(0), current: new Float64Array(1) },
    ];
    await expect(runDrift('samples', empty)).rejects.toThrow(/sample is empty/);
  });
});

describe('splitEvenly', () => {
  it('deals items into contiguous parts that keep their order and differ in size by one at most', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 200 }),
        fc.integer({ min: 1, max: 8 }),
        (items, count) => {
          const parts = splitEvenly(items, count);
          expect(parts.flat()).toEqual(items);
          expect(parts.length).toBe(Math.max(1, Math.min(count, items.length)));
          const sizes = parts.map((p) => p.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          if (items.length > 0) expect(sizes.every((size) => size > 0)).toBe(true);
        },
      ),
    );
  });
});

describe('runSamplesInParallel without a Web Worker (jsdom)', () => {
  it('returns every feature scored, in the order given', async () => {
    const samples = benchSamples(7, 500);
    const timed = await runSamplesInParallel(samples);
    expect(timed.output.map((s) => s.name)).toEqual(samples.map((s) => s.name));
    expect(timed.inWorker).toBe(false);
  });
});
