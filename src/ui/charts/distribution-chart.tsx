import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { niceTicks } from '../../domain/nice-ticks';
import { formatCount, formatPercent } from '../format';
import { decimalsFor } from './units';
import type { DistributionBin, DistributionChartProps } from './distribution-types';

export const REFERENCE_COLOR = 'var(--series-1)';
export const CURRENT_COLOR = 'var(--series-2)';

/**
 * Reference vs current as shares of rows. A histogram draws both on the same bins, the
 * reference filled and the current outlined on top (two x axes over the same bins make the
 * bars overlap); categories stand side by side. Shares, not counts, so windows of any size compare.
 */
export default function DistributionChart(props: DistributionChartProps): ReactNode {
  const { bins, kind, height = 240, axisLabel } = props;
  const overlaid = kind === 'histogram';
  const max = Math.max(0.01, ...bins.flatMap((b) => [b.reference, b.current]));
  const manyBins = bins.length > 12;
  // Shares tick at round percentages (0, 5, 10, 15 %), with a little headroom over the tallest bar.
  const yScale = niceTicks(0, max * 1.05, 6);
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
        <BarChart
          data={bins}
          margin={{ top: 8, right: 16, bottom: manyBins ? 36 : 20, left: 8 }}
          barCategoryGap={overlaid ? 1 : '20%'}
          barGap={overlaid ? 0 : 2}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
          <XAxis
            xAxisId="reference"
            dataKey="label"
            interval={manyBins ? 'preserveStartEnd' : 0}
            angle={manyBins ? -35 : 0}
            textAnchor={manyBins ? 'end' : 'middle'}
            height={manyBins ? 48 : 30}
            stroke="var(--text-muted)"
            tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
            label={{
              value: axisLabel,
              position: 'insideBottom',
              offset: manyBins ? -30 : -12,
              fill: 'var(--text-muted)',
              fontSize: 11,
            }}
          />
          {overlaid && <XAxis xAxisId="current" dataKey="label" hide />}
          <YAxis
            type="number"
            domain={yScale.domain}
            ticks={yScale.ticks}
            interval={0}
            width={56}
            tickFormatter={(v: number) => formatPercent(v, decimalsFor(yScale.step * 100))}
            stroke="var(--text-muted)"
            tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
            label={{
              value: 'share of rows',
              angle: -90,
              position: 'insideLeft',
              offset: 12,
              fill: 'var(--text-muted)',
              fontSize: 11,
            }}
          />
          <Bar
            xAxisId="reference"
            dataKey="reference"
            name={props.referenceLabel}
            fill={REFERENCE_COLOR}
            fillOpacity={overlaid ? 0.35 : 0.85}
            stroke={REFERENCE_COLOR}
            isAnimationActive={false}
          />
          <Bar
            xAxisId={overlaid ? 'current' : 'reference'}
            dataKey="current"
            name={props.currentLabel}
            fill={CURRENT_COLOR}
            fillOpacity={overlaid ? 0.2 : 0.85}
            stroke={CURRENT_COLOR}
            strokeWidth={overlaid ? 2 : 1}
            isAnimationActive={false}
          />
          <Tooltip
            cursor={{ fill: 'var(--shade)' }}
            content={(tip: TooltipContentProps) => <BinTooltip tip={tip} {...props} />}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function BinTooltip({
  tip,
  bins,
  referenceLabel,
  currentLabel,
  axisLabel,
}: DistributionChartProps & { tip: TooltipContentProps }): ReactNode {
  const bin: DistributionBin | undefined = bins.find((b) => b.label === tip.label);
  if (!tip.active || !bin) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__time">
        {axisLabel}: {bin.label}
      </div>
      <TooltipRow
        color={REFERENCE_COLOR}
        label={referenceLabel}
        share={bin.reference}
        rows={bin.referenceCount}
      />
      <TooltipRow color={CURRENT_COLOR} label={currentLabel} share={bin.current} rows={bin.currentCount} />
    </div>
  );
}

function TooltipRow(props: { color: string; label: string; share: number; rows: number }): ReactNode {
  return (
    <div className="chart-tooltip__row">
      <span className="chart-swatch" style={{ background: props.color }} />
      <span>{props.label}</span>
      <span className="num">
        {formatPercent(props.share)} ({formatCount(props.rows)} rows)
      </span>
    </div>
  );
}
