import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { VolumeBar } from '../../../domain/logs/logql';
import { timeTickFormatter, timeTicks, timeZoneLabel } from '../../../ui/charts/time-axis';
import { formatDateTime, formatInteger } from '../../../ui/format';
import { levelColor } from './log-levels';

export interface LogVolumeChartProps {
  bars: VolumeBar[];
  levels: string[];
  window: { from: number; to: number };
  stepSeconds: number;
  height?: number;
}

/** The histogram of log volume: lines a step, stacked by level, over the pane's range. */
export default function LogVolumeChart({
  bars,
  levels,
  window,
  stepSeconds,
  height = 140,
}: LogVolumeChartProps): ReactNode {
  const data = bars.map((b) => ({ t: b.t + (stepSeconds * 1000) / 2, ...b.counts }));
  const tickFormat = timeTickFormatter(window.to - window.from);
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 20, left: 4 }} barCategoryGap={1}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[window.from, window.to]}
            allowDataOverflow
            ticks={timeTicks(window.from, window.to, 6)}
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
            allowDecimals={false}
            width={56}
            tickFormatter={(v: number) => formatInteger(v)}
            stroke="var(--text-muted)"
            tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
            label={{
              value: 'Lines',
              angle: -90,
              position: 'insideLeft',
              offset: 12,
              fill: 'var(--text-muted)',
              fontSize: 11,
            }}
          />
          <Tooltip
            labelFormatter={(t) => formatDateTime(Number(t) - (stepSeconds * 1000) / 2)}
            formatter={(value, name) => [formatInteger(Number(value)), String(name)]}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
          />
          {levels.map((level) => (
            <Bar
              key={level}
              dataKey={level}
              stackId="volume"
              fill={levelColor(level)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
