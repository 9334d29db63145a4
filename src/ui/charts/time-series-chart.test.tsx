import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../domain/series';
import TimeSeriesChart from './time-series-chart';

const HOUR = 3_600_000;
const FROM = Date.UTC(2026, 10, 1);
const window = { from: FROM, to: FROM + 24 * HOUR };
const hourly = (value: (i: number) => number): Point[] =>
  Array.from({ length: 25 }, (_, i) => [FROM + i * HOUR, value(i)]);

function renderShareChart(points: Point[]): HTMLElement {
  const { container } = render(
    <TimeSeriesChart
      title="Share of drifted features over 24 h"
      unit="ratio"
      series={[{ id: 'share', label: 'Drifted features', points }]}
      window={window}
      thresholds={[{ value: 0.5, label: 'Dataset drift at 50 %' }]}
      yDomain={[0, 1]}
    />,
  );
  return container;
}

describe('TimeSeriesChart', () => {
  it('keeps a flat series that lies on its threshold visible: solid and wider, painted over the dashed threshold', async () => {
    const container = renderShareChart(hourly(() => 0.5));
    await screen.findByText('Dataset drift at 50 %');
    const data = container.querySelector('.chart-data path.recharts-curve');
    const threshold = container.querySelector('.chart-threshold line');
    expect(data).not.toBeNull();
    expect(threshold).not.toBeNull();
    // The data is a solid line; the threshold dashed and thinner.
    expect(data?.getAttribute('stroke-dasharray')).toBeNull();
    expect(threshold?.getAttribute('stroke-dasharray')).toBe('4 4');
    expect(Number(threshold?.getAttribute('stroke-width'))).toBeLessThan(
      Number(data?.getAttribute('stroke-width')),
    );
    // SVG paints later elements on top: the data line comes after the threshold.
    expect(threshold!.compareDocumentPosition(data!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('draws a one-hour spike in a day of points at its height', async () => {
    // A minute-level day (1,441 points) is downsampled; the spike at 0.9 must still set the path's top.
    const points: Point[] = Array.from({ length: 1441 }, (_, i) => [
      FROM + i * 60_000,
      i === 700 ? 0.9 : 0.2,
    ]);
    const container = renderShareChart(points);
    await screen.findByText('Dataset drift at 50 %');
    const d = container.querySelector('.chart-data path.recharts-curve')?.getAttribute('d') ?? '';
    const ys = [...d.matchAll(/[ML]\s*[-\d.]+[ ,]([-\d.]+)/g)].map((m) => Number(m[1]));
    const threshold = container.querySelector('.chart-threshold line');
    const thresholdY = Number(threshold?.getAttribute('y1'));
    // Smaller y is higher: the spike (0.9) is drawn above the 50 % line, the baseline (0.2) below it.
    expect(Math.min(...ys)).toBeLessThan(thresholdY);
    expect(Math.max(...ys)).toBeGreaterThan(thresholdY);
  });

  it('puts y ticks at round numbers: an AUC axis from 0.55 reads 0.5, 0.6 … 1.0', async () => {
    const { container } = render(
      <TimeSeriesChart
        title="ROC AUC over 24 h"
        unit="score"
        series={[{ id: 'auc', label: 'ROC AUC', points: hourly((i) => 0.8 + 0.01 * Math.sin(i)) }]}
        window={window}
        yDomain={[0.55, 1]}
      />,
    );
    await screen.findByText('0.7');
    // The y axis's tick labels are the chart's only numbers with a decimal point.
    const labels = [...container.querySelectorAll('text')]
      .map((text) => text.textContent)
      .filter((text) => /^\d\.\d+$/.test(text));
    expect(labels).toEqual(['0.5', '0.6', '0.7', '0.8', '0.9', '1.0']);
  });
});
