import { mulberry32 } from '../domain/mulberry32';
import type { Point } from '../domain/series';
import type { SampleFeature } from '../features/drift/compute/score-samples';

function normals(count: number, mean: number, sd: number, next: () => number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const u = Math.max(next(), Number.MIN_VALUE);
    out[i] = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  }
  return out;
}

function codes(count: number, categories: number, skew: number, next: () => number): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i += 1)
    out[i] = Math.min(categories - 1, Math.floor(categories * next() ** skew));
  return out;
}

/**
 * `features` features of `rows` rows each, reference and current: four in five numeric (every
 * fifth of them drifted by a quarter of a standard deviation), the rest categorical.
 */
export function benchSamples(features: number, rows: number, seed = 42): SampleFeature[] {
  const next = mulberry32(seed);
  return Array.from({ length: features }, (_, i): SampleFeature => {
    const name = `feature_${String(i).padStart(3, '0')}`;
    if (i % 5 === 4) {
      return {
        kind: 'categorical',
        name,
        categories: 8,
        reference: codes(rows, 8, 1.5, next),
        current: codes(rows, 8, i % 10 === 9 ? 1.8 : 1.5, next),
      };
    }
    const shift = i % 5 === 0 ? 0.25 : 0;
    return {
      kind: 'numeric',
      name,
      reference: normals(rows, 10, 3, next),
      current: normals(rows, 10 + 3 * shift, 3, next),
    };
  });
}

/** The buffers of the samples, to transfer them to the worker without a copy. */
export function sampleBuffers(features: readonly SampleFeature[]): ArrayBuffer[] {
  return features
    .flatMap((f) => [f.reference.buffer, f.current.buffer])
    .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** A random walk of `count` points a second apart, ending now: a long series to draw. */
export function randomWalk(count: number, end: number, seed = 7): Point[] {
  const next = mulberry32(seed);
  const points: Point[] = new Array<Point>(count);
  let value = 100;
  for (let i = 0; i < count; i += 1) {
    value += next() - 0.5;
    points[i] = [end - (count - i) * 1000, value];
  }
  return points;
}
