import { useMemo, useState, type ReactNode } from 'react';
import {
  CartesianGrid,
  DefaultZIndexes,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { m4 } from '../../domain/downsample/m4';
import type { Point, Unit } from '../../domain/series';
import { formatDateTime } from '../format';
import type { ChartSeries, TimeSeriesChartProps } from './chart-types';
import { placeMarkerLabels } from './marker-labels';
import { nearestPoint } from './nearest-point';
import { timeTickFormatter, timeTicks, timeZoneLabel } from './time-axis';
import { formatTick, formatUnitValue, UNIT_LABELS } from './units';
import { seriesColor } from './series-color';

const INITIAL_WIDTH_PX = 600;
const MARGIN = { top: 16, right: 16, bottom: 20, left: 8 };
const Y_AXIS_WIDTH_PX = 56;
/** What the plot is narrower than the chart by. */
const PLOT_INSET_PX = Y_AXIS_WIDTH_PX + MARGIN.left + MARGIN.right;
/** 180 M4 columns of up to four points: about one point per two pixels of a laptop-wide chart. */
const MAX_POINTS = 720;
/**
 * Thresholds and markers are painted under the data, thinner and dashed: a series that lies
 * exactly on its threshold (a drift share flat at 50 %) stays a solid line over a dashed one,
 * and the threshold's label still names it.
 */
const UNDER_DATA = DefaultZIndexes.line - 1;
const DATA_WIDTH_PX = 2;
const THRESHOLD_WIDTH_PX = 1;

interface Row {
  t: number;
  v: number | null;
}

const toRows = (points: readonly Point[]): Row[] =>
  points.map(([t, v]) => ({ t, v: v !== null && Number.isFinite(v) ? v : null }));

/**
 * A time series chart: time left to right, a unit on the y axis, thresholds
 * dashed and labelled, deploys as vertical markers, incomplete data shaded.
 * Long series are downsampled before they reach Recharts with M4 (first, min, max and last per
 * column), so a one-minute burst in a day of latency is still drawn at its height.
 */
export default function TimeSeriesChart(props: TimeSeriesChartProps): ReactNode {
  const { series, unit, window, thresholds = [], markers = [], shades = [], height = 220, syncId } = props;
  const drawn = useMemo(
    () =>
      series.map((s, i) => ({
        ...s,
        color: seriesColor(s.color, i),
        rows: toRows(m4(s.points, MAX_POINTS)),
      })),
    [series],
  );
  const yDomain =
    props.yDomain ??
    autoDomain(
      drawn.flatMap((s) => s.rows),
      thresholds.map((t) => t.value),
    );
  const [widthPx, setWidthPx] = useState(INITIAL_WIDTH_PX);
  const placed = useMemo(
    () => placeMarkerLabels(markers, window, Math.max(0, widthPx - PLOT_INSET_PX)),
    [markers, window, widthPx],
  );
  const ticks = timeTicks(window.from, window.to, 6);
  const tickFormat = timeTickFormatter(window.to - window.from);

  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: INITIAL_WIDTH_PX, height }}
        onResize={(width) => setWidthPx(width)}
      >
        <LineChart syncId={syncId} syncMethod="value" margin={MARGIN}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
          {shades.map((s) => (
            <ReferenceArea
              key={`${s.from}-${s.label}`}
              x1={Math.max(s.from, window.from)}
              x2={Math.min(s.to, window.to)}
              fill="var(--shade)"
              fillOpacity={1}
              ifOverflow="hidden"
            />
          ))}
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[window.from, window.to]}
            allowDataOverflow
            ticks={ticks}
            tickFormatter={tickFormat}
            stroke="var(--text-muted)"
            tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
            label={{
              value: `Time, ${timeZoneLabel()}`,
              position: 'insideBottom',
              offset: -12,
              fill: 'var(--text-muted)',
              fontSize: 11,
            }}
          />
          <YAxis
            type="number"
            domain={yDomain}
            allowDataOverflow
            tickCount={6}
            width={Y_AXIS_WIDTH_PX}
            tickFormatter={(v: number) => formatTick(unit, v)}
            stroke="var(--text-muted)"
            tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
            label={{
              value: UNIT_LABELS[unit],
              angle: -90,
              position: 'insideLeft',
              offset: 12,
              fill: 'var(--text-muted)',
              fontSize: 11,
            }}
          />
          {thresholds.map((th) => (
            <ReferenceLine
              key={th.label}
              y={th.value}
              className="chart-threshold"
              stroke="var(--threshold)"
              strokeWidth={THRESHOLD_WIDTH_PX}
              strokeDasharray="4 4"
              zIndex={UNDER_DATA}
              ifOverflow="extendDomain"
              label={{ value: th.label, position: 'insideTopRight', fill: 'var(--threshold)', fontSize: 11 }}
            />
          ))}
          {placed.map(({ marker: m, lane, text, anchor, dx }) => (
            <ReferenceLine
              key={`${m.t}-${m.label}`}
              x={m.t}
              stroke={m.kind === 'alert' ? 'var(--status-critical)' : 'var(--marker)'}
              zIndex={UNDER_DATA}
              strokeDasharray={m.kind === 'rollback' ? '3 3' : undefined}
              label={
                lane === null
                  ? undefined
                  : {
                      value: text,
                      position: anchor === 'start' ? 'insideTopLeft' : 'insideTopRight',
                      fill: 'var(--text-muted)',
                      fontSize: 10,
                      dy: lane * 12,
                      dx: -dx,
                    }
              }
            />
          ))}
          {drawn.map((s) => (
            <Line
              key={s.id}
              data={s.rows}
              dataKey="v"
              name={s.label}
              stroke={s.color}
              className="chart-data"
              strokeWidth={DATA_WIDTH_PX}
              strokeDasharray={s.dashed ? '5 3' : undefined}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          <Tooltip
            cursor={{ stroke: 'var(--text-muted)', strokeWidth: 1 }}
            content={(tip: TooltipContentProps) => <ChartTooltip tip={tip} series={drawn} unit={unit} />}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function ChartTooltip({
  tip,
  series,
  unit,
}: {
  tip: TooltipContentProps;
  series: (ChartSeries & { color: string | undefined })[];
  unit: Unit;
}): ReactNode {
  const t = Number(tip.label);
  if (!tip.active || !Number.isFinite(t)) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__time">{formatDateTime(t)}</div>
      {series.map((s) => {
        const point = nearestPoint(s.points, t);
        const value = point?.[1];
        return (
          <div key={s.id} className="chart-tooltip__row">
            <span className="chart-swatch" style={{ background: s.color }} />
            <span>{s.label}</span>
            <span className="num">
              {value === null || value === undefined ? 'no data' : formatUnitValue(unit, value)}
            </span>
          </div>
        );
      })}
    </div>
  );
}

function autoDomain(rows: Row[], thresholds: number[]): [number, number] {
  let min = 0;
  let max = 0;
  for (const { v } of rows) {
    if (v === null) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  for (const th of thresholds) max = Math.max(max, th);
  if (max === min) max = min + 1;
  return [min < 0 ? -niceCeil(-min) : 0, niceCeil(max * 1.05)];
}

/** Rounds up to 1, 2, 2.5 or 5 × 10^k, so the axis ticks land on round numbers. */
function niceCeil(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}
