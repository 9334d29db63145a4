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
import { pointsPerSeries } from './point-budget';
import { niceTicks } from '../../domain/nice-ticks';
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
/** At most this many y ticks: room for their labels on a 220 px chart. */
const Y_TICKS = 6;
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
  const drawn = useMemo(() => {
    const perSeries = pointsPerSeries(series.length);
    return series.map((s, i) => ({
      ...s,
      color: seriesColor(s.color, i),
      rows: toRows(m4(s.points, perSeries)),
    }));
  }, [series]);
  // Ticks at round numbers (0.5, 0.6 …; 5 %, 10 %), the axis running from the first to the last.
  const yScale = niceTicks(
    ...(props.yDomain ??
      dataRange(
        drawn.flatMap((s) => s.rows),
        thresholds.map((t) => t.value),
      )),
    Y_TICKS,
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
            domain={yScale.domain}
            allowDataOverflow
            ticks={yScale.ticks}
            interval={0}
            width={Y_AXIS_WIDTH_PX}
            tickFormatter={(v: number) => formatTick(unit, v, yScale.step)}
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

/** From 0 (or the data's minimum when negative) to the data's maximum or the highest threshold, with headroom. */
function dataRange(rows: Row[], thresholds: number[]): [number, number] {
  let min = 0;
  let max = 0;
  for (const { v } of rows) {
    if (v === null) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  for (const th of thresholds) max = Math.max(max, th);
  return [min, max * 1.05];
}
