import { describe, expect, it } from 'vitest';

import { scanSeries } from './gap-scan';

describe('scanSeries', () => {
  it('finds the data bounds and the gaps between them, with their time spans', () => {
    const points: [number, number | null][] = [
      [0, null],
      [10, 1],
      [20, null],
      [30, Number.NaN],
      [40, 2],
      [50, 3],
      [60, null],
      [75, 4],
      [80, null],
    ];
    expect(scanSeries(points)).toEqual({
      firstData: 1,
      lastData: 7,
      gaps: { starts: [2, 6], resumes: [4, 7], spans: [30, 25] },
    });
  });

  it('reports −1 bounds for a series of gaps only', () => {
    expect(scanSeries([[0, null]])).toMatchObject({ firstData: -1, lastData: -1, gaps: { starts: [] } });
  });
});
