import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { PerformanceReport } from '../../domain/monitoring';
import { listInWords } from '../../domain/words';
import { DriftSkeleton, QueryFailure } from '../../lib/monitoring-states';
import { useDriftReport } from '../../lib/queries/drift-report';
import { QueryState } from '../../lib/query-state';
import { useSetTimeRange, useTimeRangeSpec, useTimeWindow } from '../../lib/use-time-range';
import { ChartPanel } from '../../ui/charts/chart-panel';
import type { ChartMarker } from '../../ui/charts/chart-types';
import { chartMarkers } from '../../ui/charts/report-markers';
import { describeWindow } from '../../ui/describe-window';
import { usePerformance } from './api/performance';
import { atBucketEnds } from './bucket-ends';
import { durationWords, headlineChange, performanceAnswer } from './performance-answer';

/**
 * The model page's Performance tab: quality over time with the label delay, then prediction drift,
 * which the app composes in (`predictionDrift`) once the prediction profile has loaded.
 */
export function ModelPerformanceTab({
  name,
  predictionDrift,
}: {
  name: string;
  predictionDrift?: ReactNode;
}): ReactNode {
  const [params] = useSearchParams();
  const version = params.get('version') ?? undefined;
  const performance = usePerformance(name, version);
  const report = useDriftReport(name, version);
  const window = useTimeWindow();
  const windowLabel = describeWindow(useTimeRangeSpec(), window);
  if (performance.isPending) return <DriftSkeleton label="Loading performance" />;
  if (performance.isError)
    return <QueryFailure query={performance} what={`load the performance of ${name}`} model={name} />;
  const markers = report.data ? chartMarkers(report.data) : [];
  return (
    <div className="stack">
      <div className="row">
        <p className="answer" data-testid="performance-answer">
          {performanceAnswer(performance.data, window, windowLabel, version ?? report.data?.version)}
        </p>
        {!headlineChange(performance.data) && <WiderRange delayMs={performance.data.labelDelay.delayMs} />}
      </div>
      <PerformanceChart
        report={performance.data}
        window={window}
        windowLabel={windowLabel}
        markers={markers}
      />
      <QueryState
        query={report}
        what={`load the prediction profile of ${name}`}
        skeleton={<DriftSkeleton label="Loading prediction drift" />}
      >
        {() => predictionDrift ?? null}
      </QueryState>
    </div>
  );
}

function PerformanceChart(props: {
  report: PerformanceReport;
  window: { from: number; to: number };
  windowLabel: string;
  markers: ChartMarker[];
}): ReactNode {
  const { report, window, windowLabel, markers } = props;
  const { labelDelay } = report;
  const delay = durationWords(labelDelay.delayMs);
  const incomplete = labelDelay.incompleteFrom;
  const shades =
    incomplete !== undefined && incomplete < window.to
      ? [
          {
            from: Math.max(incomplete, window.from),
            to: window.to,
            label: `Labels not in yet (${delay} late)`,
          },
        ]
      : [];
  const values = report.metrics.flatMap((m) => m.points.flatMap(([, v]) => (v === null ? [] : [v])));
  const scores = report.task !== 'regression' && values.length > 0;
  const low = scores ? Math.max(0, Math.floor((Math.min(...values) - 0.03) * 20) / 20) : 0;
  return (
    <>
      <ChartPanel
        title={`${listInWords(report.metrics.map((m) => m.label))} over ${windowLabel}`}
        description={`${labelDelay.description ?? ''} Each point scores the ${durationWords(report.stepSeconds * 1000).replace(/^an? /, '')} ending at its time, so the line meets the shaded band where the labels stop.`.trim()}
        unit="score"
        series={report.metrics.map((m) => ({
          id: m.name,
          label: m.label,
          points: atBucketEnds(m.points, report.stepSeconds),
        }))}
        window={window}
        shades={shades}
        markers={markers}
        yDomain={scores ? [low, 1] : undefined}
        syncId="performance"
        height={280}
      />
      {shades.length > 0 && (
        <p className="muted" style={{ maxWidth: '90ch' }}>
          The shaded period is not missing data: its predictions are waiting for their labels (ground truth),
          which arrive about {delay} after a prediction. Its metrics appear as they do, so the latest values
          may still change.
        </p>
      )}
    </>
  );
}

/** When labels lag behind the whole window: one click to a range long enough to hold some. */
function WiderRange({ delayMs }: { delayMs: number }): ReactNode {
  const setRange = useSetTimeRange();
  const range = delayMs < 5 * 86_400_000 ? '7d' : '30d';
  return (
    <button type="button" className="button" onClick={() => setRange({ kind: 'relative', range })}>
      Show the last {range === '7d' ? '7 days' : '30 days'}
    </button>
  );
}
