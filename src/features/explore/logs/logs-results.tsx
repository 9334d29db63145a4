import { lazy, Suspense, type ReactNode } from 'react';
import { seriesName, type ExploreSeries } from '../../../domain/explore/explore-result';
import { capSeries } from '../../../domain/explore/series-cap';
import { isLogQuery, logVolumeQuery, logVolumeStep, volumeBars } from '../../../domain/logs/logql';
import type { TimeWindow } from '../../../domain/time-range';
import { describeError } from '../../../lib/describe-error';
import type { Logs } from '../../../sources/logs-capability';
import type { Source } from '../../../sources/source';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { formatDateTime, formatInteger } from '../../../ui/format';
import { Skeleton } from '../../../ui/skeleton';
import { useLogQuery } from '../api/logs-query';
import { ExploreChart } from '../explore-chart';
import { LatestValuesTable } from '../latest-values-table';
import { levelColor } from './log-levels';
import { LogLines } from './log-lines';

// Recharts loads with the first histogram, never on the landing route.
const LogVolumeChart = lazy(() => import('./log-volume-chart'));

export interface LogsResultsProps {
  query: string;
  logs: Logs;
  source: Source;
  window: TimeWindow;
  limit: number;
  /** The range in words: "the last hour". */
  rangeText: string;
  paneLabel: string;
}

/** What a LogQL query returned: the volume of matching lines and the lines, or a metric query's series. */
export function LogsResults(props: LogsResultsProps): ReactNode {
  const { query, window } = props;
  const stepSeconds = logVolumeStep(window);
  const logQuery = isLogQuery(query);
  const lines = useLogQuery(props.logs, props.source, { query, window, limit: props.limit, stepSeconds });
  const volume = useLogQuery(props.logs, props.source, {
    query: logQuery ? logVolumeQuery(query, stepSeconds) : '',
    window,
    limit: props.limit,
    stepSeconds,
  });
  if (!query.trim())
    return (
      <EmptyState title="Type a LogQL query, or build a stream selector from the labels above.">
        Lines come newest first, with the volume of matching lines over the range above them.
      </EmptyState>
    );
  const data = lines.data;
  const warnings = [...(data?.warnings ?? []), ...(volume.data?.warnings ?? [])];
  return (
    <div className="explore-results" aria-busy={lines.isFetching} data-pane={props.paneLabel}>
      {warnings.length > 0 && (
        <div className="explore-note" role="status">
          {[...new Set(warnings)].map((w) => (
            <p key={w}>The log server warns: {w}</p>
          ))}
        </div>
      )}
      {logQuery && <VolumePanel volume={volume} window={window} stepSeconds={stepSeconds} />}
      {lines.isError && (
        <ErrorState
          title="The log query failed."
          detail={describeError(lines.error).detail}
          hint={describeError(lines.error).hint}
          onRetry={() => void lines.refetch()}
          retrying={lines.isFetching}
        />
      )}
      {lines.isPending && (
        <div role="status" aria-label="Running the log query" className="stack" style={{ gap: 8 }}>
          <Skeleton height={18} />
          <Skeleton height={18} />
          <Skeleton height={18} />
        </div>
      )}
      {data?.kind === 'streams' &&
        (data.lines.length === 0 ? (
          <EmptyState title={`No log lines match over ${props.rangeText}.`}>
            Widen the time range, or loosen the selector and its filters (the label lists show what the
            connection holds).
          </EmptyState>
        ) : (
          <LogLines lines={data.lines} limit={data.limit} />
        ))}
      {data?.kind === 'matrix' && <MetricResult series={data.series} window={window} />}
    </div>
  );
}

function VolumePanel({
  volume,
  window,
  stepSeconds,
}: {
  volume: ReturnType<typeof useLogQuery>;
  window: TimeWindow;
  stepSeconds: number;
}): ReactNode {
  if (volume.isError)
    return (
      <ErrorState
        title="The volume of matching lines could not be counted."
        detail={describeError(volume.error).detail}
        hint={describeError(volume.error).hint}
        onRetry={() => void volume.refetch()}
        retrying={volume.isFetching}
      />
    );
  if (!volume.data) return <Skeleton height={140} />;
  if (volume.data.kind !== 'matrix') return null;
  const { bars, levels, total } = volumeBars(volume.data.series);
  const byLevel = levels.map((level) => ({
    level,
    count: bars.reduce((sum, b) => sum + (b.counts[level] ?? 0), 0),
  }));
  const step = stepSeconds >= 3600 ? `${stepSeconds / 3600} h` : `${stepSeconds / 60} min`;
  return (
    <figure className="chart-panel" aria-labelledby={`${volumeId(window)}-title`}>
      <div className="chart-panel__header">
        <h3 id={`${volumeId(window)}-title`}>Log volume</h3>
        <span className="muted">
          {formatInteger(total)} matching lines; one bar every {step}
        </span>
      </div>
      {byLevel.length > 0 && (
        <ul className="explore-legend explore-volume-legend" aria-label="Lines by level">
          {byLevel.map((l) => (
            <li key={l.level} className="explore-legend__item">
              <span className="chart-swatch" style={{ background: levelColor(l.level) }} />
              {l.level}: {formatInteger(l.count)}
            </li>
          ))}
        </ul>
      )}
      {total > 0 && (
        <Suspense fallback={<Skeleton height={140} />}>
          <LogVolumeChart bars={bars} levels={levels} window={window} stepSeconds={stepSeconds} />
        </Suspense>
      )}
      {total > 0 && (
        <details>
          <summary>Volume as a table</summary>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">From</th>
                {levels.map((l) => (
                  <th key={l} scope="col" className="num">
                    {l}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bars
                .filter((b) => b.total > 0)
                .map((b) => (
                  <tr key={b.t}>
                    <td>{formatDateTime(b.t)}</td>
                    {levels.map((l) => (
                      <td key={l} className="num">
                        {formatInteger(b.counts[l] ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

const volumeId = (window: TimeWindow): string => `log-volume-${window.from}`;

function MetricResult({ series, window }: { series: ExploreSeries[]; window: TimeWindow }): ReactNode {
  const capped = capSeries(series);
  const shown = capped.shown.map((s, i) => ({ id: `L-${i}`, label: seriesName(s.labels), points: s.points }));
  if (shown.length === 0) return <EmptyState title="The metric query matched no streams." />;
  return (
    <>
      {capped.message && (
        <p className="explore-note" role="status">
          {capped.message}
        </p>
      )}
      <ExploreChart title="Log metric query" series={shown} unit="count" window={window} syncId="explore" />
      <LatestValuesTable rows={shown} unit="count" caption="Latest value of each series" />
    </>
  );
}
