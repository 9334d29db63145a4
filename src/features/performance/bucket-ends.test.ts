import { describe, expect, it } from 'vitest';
import type { Point } from '../../domain/series';
import { atBucketEnds } from './bucket-ends';

const HOUR = 3_600_000;

describe('atBucketEnds', () => {
  it('ends the line where the shaded band of unlabelled buckets begins', () => {
    // Hourly buckets from 08:00; labels are in up to 11:00, so the band starts at 11:00.
    const incompleteFrom = 11 * HOUR;
    const buckets: Point[] = [
      [8 * HOUR, 0.87],
      [9 * HOUR, 0.86],
      [10 * HOUR, 0.84],
      [11 * HOUR, null],
      [12 * HOUR, null],
    ];
    const drawn = atBucketEnds(buckets, 3600);
    const lastMeasured = drawn.filter(([, v]) => v !== null).at(-1);
    expect(lastMeasured).toEqual([incompleteFrom, 0.84]);
    expect(drawn.map(([t]) => t / HOUR)).toEqual([9, 10, 11, 12, 13]);
  });
});
