import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartMarker } from './chart-types';
import { placeMarkerLabels } from './marker-labels';

const WINDOW = { from: 0, to: 1_000 };
const at = (t: number, label: string): ChartMarker => ({ t, label, kind: 'deploy' });

/** The pixel span a placed label covers, as placeMarkerLabels lays it out with its defaults. */
function extent(
  t: number,
  text: string,
  anchor: 'start' | 'end',
  dx: number,
  plotWidth: number,
): [number, number] {
  const x = (t / WINDOW.to) * plotWidth - dx;
  const width = 6 + text.length * 6;
  return anchor === 'start' ? [x, x + width] : [x - width, x];
}

describe('placeMarkerLabels', () => {
  it('puts labels of markers close in time on separate rows, and a far one back on the first', () => {
    const placed = placeMarkerLabels(
      [at(500, 'v14 → production'), at(100, 'v13 → canary'), at(110, 'v13 → production'), at(120, 'alert')],
      WINDOW,
      1_000,
    );
    expect(placed.map((p) => [p.marker.t, p.lane])).toEqual([
      [100, 0],
      [110, 1],
      [120, 2],
      [500, 0],
    ]);
  });

  it('draws a line without a label when every row is taken, rather than over another label', () => {
    const crowded = [0, 1, 2, 3].map((i) => at(100 + i, `deploy ${i}`));
    expect(placeMarkerLabels(crowded, WINDOW, 1_000).map((p) => p.lane)).toEqual([0, 1, 2, null]);
  });

  it('turns a label near the right edge to read leftwards, whole', () => {
    const [placed] = placeMarkerLabels([at(990, 'rollback → v13 after the latency incident')], WINDOW, 1_000);
    expect(placed).toMatchObject({
      anchor: 'end',
      lane: 0,
      dx: 0,
      text: 'rollback → v13 after the latency incident',
    });
  });

  it('on a phone, moves a label too long for either side of its line to end at the edge, uncut', () => {
    // A 250 px plot: 186 px of label fit neither right of 110 px nor left of it.
    const [placed] = placeMarkerLabels([at(440, 'PricingModelLatencyHigh fired')], WINDOW, 250);
    expect(placed).toMatchObject({ anchor: 'start', lane: 0, text: 'PricingModelLatencyHigh fired' });
    const [from, to] = extent(440, placed!.text, placed!.anchor, placed!.dx, 250);
    expect(from).toBeGreaterThanOrEqual(0);
    expect(to).toBeCloseTo(250);
  });

  it('shortens only a label longer than the whole plot', () => {
    const [placed] = placeMarkerLabels([at(10, 'x'.repeat(60))], WINDOW, 200);
    expect(placed!.text).toHaveLength(32);
    expect(placed!.text.endsWith('…')).toBe(true);
  });

  it('leaves out markers outside the window', () => {
    expect(placeMarkerLabels([at(-5, 'before'), at(1_005, 'after')], WINDOW, 1_000)).toEqual([]);
  });

  it('never overlaps two labels on one row, and keeps each inside the plot', () => {
    const marker = fc.record({
      t: fc.integer({ min: 0, max: 1_000 }),
      label: fc.string({ minLength: 1, maxLength: 40 }),
      kind: fc.constant('deploy' as const),
    });
    fc.assert(
      fc.property(
        fc.array(marker, { maxLength: 25 }),
        fc.integer({ min: 200, max: 1_400 }),
        (markers, width) => {
          const placed = placeMarkerLabels(markers, WINDOW, width);
          expect(placed).toHaveLength(markers.length);
          const rows = new Map<number, [number, number][]>();
          for (const p of placed) {
            if (p.lane === null) continue;
            expect(p.lane).toBeLessThan(3);
            const span = extent(p.marker.t, p.text, p.anchor, p.dx, width);
            expect(span[0]).toBeGreaterThanOrEqual(-1e-9);
            expect(span[1]).toBeLessThanOrEqual(width + 1e-9);
            for (const other of rows.get(p.lane) ?? [])
              expect(span[0] >= other[1] || span[1] <= other[0]).toBe(true);
            rows.set(p.lane, [...(rows.get(p.lane) ?? []), span]);
          }
        },
      ),
    );
  });
});
