import type { ReactNode } from 'react';
import type { ObjectiveStatus } from '../../domain/slo';
import type { TimeWindow } from '../../domain/time-range';
import { describeError } from '../../lib/describe-error';
import { QueryState } from '../../lib/query-state';
import type { ServingSignal } from '../../sources/capabilities';
import { ChartPanel } from '../../ui/charts/chart-panel';
import type { ChartMarker, ChartSeries, ChartShade, ChartThreshold } from '../../ui/charts/chart-types';
import { formatLatency, formatPercent } from '../../ui/format';
import { ErrorState } from '../../ui/error-state';
import { Skeleton } from '../../ui/skeleton';
import { useServingSeries } from './api/serving-series';
import './service-health.css';

export interface ServiceChartsProps {
  model: string;
  deployment?: string;
  window: TimeWindow;
  objectives: ObjectiveStatus[];
  markers: ChartMarker[];
  shades?: ChartShade[];
  /** Charts with the same id share a hover cursor. */
  syncId: string;
  /** A chart's way out (the app's "Open in Explore"), given the queries behind it and its window. */
  chartAction?: (chart: { title: string; queries: string[]; window: TimeWindow }) => ReactNode;
}

/** Latency quantiles, throughput and error rate, on one time axis with a shared cursor. */
export function ServiceCharts(props: ServiceChartsProps): ReactNode {
  const latencyThresholds = props.objectives
    .filter((o) => o.signal !== 'error_rate')
    .map((o): ChartThreshold => ({
      value: o.threshold,
      label: `SLO ${o.signal === 'latency_p99' ? 'p99' : 'p95'} ${formatLatency(o.threshold)}`,
    }));
  const errorThresholds = props.objectives
    .filter((o) => o.signal === 'error_rate')
    .map((o): ChartThreshold => ({ value: o.threshold, label: `SLO ${formatPercent(o.threshold)}` }));
  return (
    <div className="service-charts">
      <LatencyChart {...props} thresholds={latencyThresholds} />
      <SignalChart
        {...props}
        signal="throughput"
        title="Throughput"
        thresholds={[]}
        description="Requests served per second."
      />
      <SignalChart
        {...props}
        signal="error_rate"
        title="Error rate"
        thresholds={errorThresholds}
        description="Share of requests that failed (5xx)."
      />
    </div>
  );
}

function LatencyChart(props: ServiceChartsProps & { thresholds: ChartThreshold[] }): ReactNode {
  const target = { model: props.model, deployment: props.deployment };
  const p50 = useServingSeries(target, 'latency_p50', props.window);
  const p95 = useServingSeries(target, 'latency_p95', props.window);
  const p99 = useServingSeries(target, 'latency_p99', props.window);
  const queries = [p50, p95, p99];
  const failed = queries.find((q) => q.isError);
  if (failed) {
    // One Retry for the chart: every quantile that failed is asked again, not only the first.
    const { detail, hint } = describeError(failed.error);
    return (
      <ErrorState
        title="Could not load latency."
        detail={detail}
        hint={hint}
        onRetry={() => queries.filter((q) => q.isError).forEach((q) => void q.refetch())}
        retrying={queries.some((q) => q.isError && q.isFetching)}
      />
    );
  }
  if (queries.some((q) => q.isPending)) return <ChartSkeleton title="Latency" />;
  const series: ChartSeries[] = [
    ...labelled(p50.data?.series ?? [], 'p50'),
    ...labelled(p95.data?.series ?? [], 'p95'),
    ...labelled(p99.data?.series ?? [], 'p99'),
  ];
  return (
    <ChartPanel
      title="Latency"
      description="Time to answer a request: median (p50) and tail (p95, p99)."
      series={series}
      unit="seconds"
      window={props.window}
      thresholds={props.thresholds}
      markers={props.markers}
      shades={props.shades}
      actions={chartAction(
        props,
        'Latency',
        [p50, p95, p99].map((q) => q.data?.query),
      )}
      syncId={props.syncId}
      query={[p50, p95, p99]
        .map((q) => q.data?.query)
        .filter(Boolean)
        .join('\n')}
    />
  );
}

function SignalChart(
  props: ServiceChartsProps & {
    signal: ServingSignal;
    title: string;
    description: string;
    thresholds: ChartThreshold[];
  },
): ReactNode {
  const result = useServingSeries(
    { model: props.model, deployment: props.deployment },
    props.signal,
    props.window,
  );
  return (
    <QueryState
      query={result}
      what={`load ${props.title.toLowerCase()}`}
      skeleton={<ChartSkeleton title={props.title} />}
    >
      {(data) => (
        <ChartPanel
          title={props.title}
          description={props.description}
          series={labelled(data.series, props.title)}
          unit={data.series[0]?.unit ?? (props.signal === 'error_rate' ? 'ratio' : 'requests_per_second')}
          window={props.window}
          thresholds={props.thresholds}
          markers={props.markers}
          shades={props.shades}
          actions={chartAction(props, props.title, [data.query])}
          syncId={props.syncId}
          query={data.query}
        />
      )}
    </QueryState>
  );
}

/** The app's action for a chart, when it gave one and the chart has queries to open. */
function chartAction(props: ServiceChartsProps, title: string, queries: (string | undefined)[]): ReactNode {
  const known = queries.filter((q): q is string => Boolean(q));
  return known.length > 0 ? props.chartAction?.({ title, queries: known, window: props.window }) : undefined;
}

/** One series per backend series; named by what it measures, plus the version or deployment when there are several. */
function labelled(series: { label: string; points: ChartSeries['points'] }[], name: string): ChartSeries[] {
  return series.map((s, i) => ({
    id: `${name}-${i}`,
    label: series.length > 1 ? `${name} · ${s.label}` : name,
    points: s.points,
  }));
}

/** The three charts' places while the caller works out which deployment they read. */
export function ServiceChartsSkeleton(): ReactNode {
  return (
    <div className="service-charts">
      <ChartSkeleton title="Latency" />
      <ChartSkeleton title="Throughput" />
      <ChartSkeleton title="Error rate" />
    </div>
  );
}

function ChartSkeleton({ title }: { title: string }): ReactNode {
  return (
    <div className="stack" style={{ gap: 8 }} role="status" aria-label={`Loading ${title.toLowerCase()}`}>
      <Skeleton width={160} height={18} />
      <Skeleton height={220} />
    </div>
  );
}
