import type { Point, Unit } from '../../domain/series';

export interface ChartSeries {
  id: string;
  label: string;
  points: readonly Point[];
  /** A CSS colour token, e.g. `var(--series-2)`; defaults follow the palette order. */
  color?: string;
  dashed?: boolean;
}

export interface ChartThreshold {
  value: number;
  label: string;
}

/** A vertical marker: a deploy, a new version, a rollback, an alert. */
export interface ChartMarker {
  t: number;
  label: string;
  kind: 'deploy' | 'version' | 'rollback' | 'alert' | 'event';
}

/** A shaded span: label delay, an incident, the current partial bucket. */
export interface ChartShade {
  from: number;
  to: number;
  label: string;
}

export interface TimeSeriesChartProps {
  /** States what the chart shows: "p95 latency, dynamic-pricing". */
  title: string;
  series: ChartSeries[];
  unit: Unit;
  window: { from: number; to: number };
  thresholds?: ChartThreshold[];
  markers?: ChartMarker[];
  shades?: ChartShade[];
  height?: number;
  /** Charts with the same id share a hover cursor at the same instant. */
  syncId?: string;
  /** Fixed y range; by default from 0 (or the data's minimum when negative) to the data's maximum. */
  yDomain?: [number, number];
}
