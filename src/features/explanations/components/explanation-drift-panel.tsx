import { useMemo, type ReactNode } from 'react';
import { DEFAULT_NDCG_THRESHOLD } from '../../../domain/fairness/explanation-drift';
import { QueryState } from '../../../lib/query-state';
import { useNow } from '../../../lib/use-now';
import { ChartPanel } from '../../../ui/charts/chart-panel';
import { formatDate, formatDecimal } from '../../../ui/format';
import { Panel } from '../../../ui/panel';
import { Skeleton } from '../../../ui/skeleton';
import { useExplanationDrift } from '../api/explanations';
import { driftedSince, ndcgSeries } from '../drift-series';

const DAY = 86_400_000;
/** Explanation drift is slow: 30 days, one bucket a day, whatever the page's time range. */
export const DRIFT_DAYS = 30;

export function ExplanationDriftPanel({ name }: { name: string }): ReactNode {
  const now = useNow();
  const to = Math.floor(now / DAY) * DAY + DAY;
  const window = useMemo(() => ({ from: to - DRIFT_DAYS * DAY, to }), [to]);
  const drift = useExplanationDrift(name, window, 86_400);
  return (
    <Panel
      title="Explanation drift"
      subtitle={`Attribution ranking against the training baseline, last ${DRIFT_DAYS} days`}
    >
      <QueryState
        query={drift}
        what={`load the explanation drift of ${name}`}
        skeleton={<Skeleton height={300} />}
      >
        {(data) => {
          const points = ndcgSeries(data);
          const since = driftedSince(points);
          const last = points.findLast((p) => p[1] !== null)?.[1];
          const threshold = formatDecimal(DEFAULT_NDCG_THRESHOLD, 2);
          return (
            <div className="stack" style={{ gap: 8 }}>
              <p className="answer" data-testid="explanation-drift-answer">
                {since !== undefined
                  ? `The model's reasons have changed: nDCG ${formatDecimal(last ?? 0, 2)} against v${data.baselineVersion}'s baseline, below ${threshold} since ${formatDate(since)}.`
                  : `The model leans on the same features as in training (nDCG ${last === undefined || last === null ? 'n/a' : formatDecimal(last, 2)}, threshold ${threshold}).`}
              </p>
              <ChartPanel
                title={`nDCG of the attribution ranking, ${name}`}
                description={`1 means the features rank as in v${data.baselineVersion}'s training data; below the dashed line the explanation has drifted.`}
                unit="score"
                series={[{ id: 'ndcg', label: 'nDCG vs baseline', points }]}
                thresholds={[{ value: DEFAULT_NDCG_THRESHOLD, label: `Drift below ${threshold}` }]}
                markers={data.markers.map((m) => ({ t: m.at, label: m.label, kind: 'deploy' as const }))}
                window={window}
                yDomain={[0, 1]}
              />
            </div>
          );
        }}
      </QueryState>
    </Panel>
  );
}
