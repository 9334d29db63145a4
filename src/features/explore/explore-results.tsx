import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { seriesName, type ExploreResult, type ExploreSeries } from '../../domain/explore/explore-result';
import { capSeries } from '../../domain/explore/series-cap';
import type { Unit } from '../../domain/series';
import type { TimeWindow } from '../../domain/time-range';
import { describeError } from '../../lib/describe-error';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { formatDateTime } from '../../ui/format';
import { Skeleton } from '../../ui/skeleton';
import { ExploreChart } from './explore-chart';
import { formatExploreValue, LatestValuesTable, type LatestRow } from './latest-values-table';

export interface RanQuery {
  refId: string;
  expr: string;
  result: UseQueryResult<ExploreResult>;
}

export interface ExploreResultsProps {
  queries: RanQuery[];
  unit: Unit;
  window: TimeWindow;
  syncId: string;
  /** "pane A": names the results for a screen reader when two panes sit side by side. */
  paneLabel: string;
}

const NO_SERIES_HINT =
  'Check the metric name and the label values (completion lists what the connection holds), or widen the time range.';

/** What the pane's queries returned: a chart and the latest values, or why there is nothing to draw. */
export function ExploreResults({ queries, unit, window, syncId, paneLabel }: ExploreResultsProps): ReactNode {
  const ran = queries.filter((q) => q.expr.trim() !== '');
  if (ran.length === 0)
    return (
      <EmptyState title="Type a PromQL query, or pick one from the templates or the history.">
        Shift+Enter runs it; completion offers the connection’s metric names, labels and values.
      </EmptyState>
    );
  const failures = ran.filter((q) => q.result.isError);
  const pending = ran.some((q) => q.result.isPending);
  const several = ran.length > 1;
  const series: (ExploreSeries & { id: string; label: string })[] = [];
  const notes: ReactNode[] = [];
  let instant = false;
  for (const q of ran) {
    const data = q.result.data;
    if (!data) continue;
    for (const warning of data.warnings)
      notes.push(<p key={`${q.refId}-w-${warning}`}>Prometheus warns: {warning}</p>);
    if (data.kind === 'scalar' || data.kind === 'string') {
      notes.push(
        <ScalarOrString key={q.refId} refId={several ? q.refId : undefined} result={data} unit={unit} />,
      );
      continue;
    }
    instant ||= data.kind === 'vector';
    data.series.forEach((s, i) => {
      const name = seriesName(s.labels);
      series.push({ ...s, id: `${q.refId}-${i}`, label: several ? `${q.refId}: ${name}` : name });
    });
  }
  const capped = capSeries(series);
  const shown = capped.shown as typeof series;
  const rows: LatestRow[] = shown.map((s) => ({ id: s.id, label: s.label, points: s.points }));
  const noData = !pending && failures.length === 0 && series.length === 0 && notes.length === 0;
  return (
    <div className="explore-results" aria-busy={pending} data-pane={paneLabel}>
      {failures.map((q) => (
        <QueryFailure key={q.refId} query={q} />
      ))}
      {capped.message && (
        <p className="explore-note" role="status">
          {capped.message}
        </p>
      )}
      {notes.length > 0 && <div className="explore-note">{notes}</div>}
      {pending && series.length === 0 && (
        <div role="status" aria-label="Running the query" className="stack" style={{ gap: 8 }}>
          <Skeleton width={200} height={18} />
          <Skeleton height={260} />
        </div>
      )}
      {noData && <EmptyState title="No series matched.">{NO_SERIES_HINT}</EmptyState>}
      {shown.length > 0 && !instant && (
        <ExploreChart
          title={several ? `Queries ${ran.map((q) => q.refId).join(', ')}` : `Query ${ran[0]?.refId ?? 'A'}`}
          series={shown.map((s) => ({ id: s.id, label: s.label, points: s.points }))}
          unit={unit}
          window={window}
          syncId={syncId}
        />
      )}
      {shown.length > 0 && instant && (
        <p className="muted">An instant query: one value a series, at {formatDateTime(window.to)}.</p>
      )}
      {shown.length > 0 && (
        <LatestValuesTable rows={rows} unit={unit} caption="Latest value of each series" />
      )}
    </div>
  );
}

function QueryFailure({ query }: { query: RanQuery }): ReactNode {
  const { detail, hint } = describeError(query.result.error);
  return (
    <ErrorState
      title={`Query ${query.refId} failed.`}
      detail={detail}
      hint={hint}
      onRetry={() => void query.result.refetch()}
      retrying={query.result.isFetching}
    />
  );
}

function ScalarOrString({
  refId,
  result,
  unit,
}: {
  refId?: string;
  result: ExploreResult & { kind: 'scalar' | 'string' };
  unit: Unit;
}): ReactNode {
  const who = refId ? `Query ${refId}` : 'The query';
  if (result.kind === 'string')
    return (
      <p role="status">
        {who} returned a string, “{result.value}”, which has no chart. Ask for a metric (such as{' '}
        <code>up</code>) to see series.
      </p>
    );
  return (
    <p role="status">
      {who} returned a single number (a scalar):{' '}
      <strong>{result.value === null ? 'NaN' : formatExploreValue(unit, result.value)}</strong> at{' '}
      {formatDateTime(result.t)}. Wrap it in <code>vector(…)</code> to draw it over time.
    </p>
  );
}
