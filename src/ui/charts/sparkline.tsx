import type { ReactNode } from 'react';
import { m4 } from '../../domain/downsample/m4';
import type { Point } from '../../domain/series';

export interface SparklineProps {
  points: readonly Point[];
  /** Drawn dashed, so the eye sees the score cross it. */
  threshold?: number;
  /** Says what the line shows, for screen readers ("PSI rising from 0.02 to 0.31"). */
  label: string;
  width?: number;
  height?: number;
  /** Fixed y range; by default from 0 to the larger of the data and the threshold. */
  domain?: [number, number];
}

/**
 * A tiny line of a series in a table cell: plain SVG, no chart library, so a table of many
 * features renders at once. Downsampled with M4 to about one point a pixel, keeping each column's extremes, so a spike in a
 * drift score is never smoothed away; gaps break the line.
 */
export function Sparkline({
  points,
  threshold,
  label,
  width = 120,
  height = 28,
  domain,
}: SparklineProps): ReactNode {
  const drawn = m4(points, Math.max(4, Math.floor(width)));
  const values = drawn.flatMap(([, v]) => (v === null || !Number.isFinite(v) ? [] : [v]));
  const [lo, hi] = domain ?? [0, Math.max(threshold ?? 0, ...values, 1e-9) * 1.1];
  const first = drawn[0]?.[0] ?? 0;
  const span = (drawn[drawn.length - 1]?.[0] ?? first + 1) - first || 1;
  const x = (t: number): number => ((t - first) / span) * (width - 4) + 2;
  const y = (v: number): number =>
    height - 2 - ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo || 1)) * (height - 4);
  const segments: string[] = [];
  let current = '';
  for (const [t, v] of drawn) {
    if (v === null || !Number.isFinite(v)) {
      if (current) segments.push(current);
      current = '';
      continue;
    }
    current += `${current ? 'L' : 'M'}${x(t).toFixed(1)},${y(v).toFixed(1)}`;
  }
  if (current) segments.push(current);
  const last = [...drawn].reverse().find(([, v]) => v !== null && Number.isFinite(v));
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      {threshold !== undefined && (
        <line
          x1={0}
          x2={width}
          y1={y(threshold)}
          y2={y(threshold)}
          stroke="var(--threshold)"
          strokeDasharray="3 3"
          strokeWidth={1}
        />
      )}
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="var(--series-1)" strokeWidth={1.5} />
      ))}
      {last && last[1] !== null && <circle cx={x(last[0])} cy={y(last[1])} r={2.2} fill="var(--series-1)" />}
    </svg>
  );
}
