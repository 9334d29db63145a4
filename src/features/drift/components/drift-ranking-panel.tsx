import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DRIFT_METHODS } from '../../../domain/drift/drift-method';
import type { DriftRanking, DriftRankingEntry } from '../../../domain/monitoring';
import { modelPath, withRange } from '../../../lib/paths';
import { QueryState } from '../../../lib/query-state';
import { useTimeRangeSpec, useTimeWindow } from '../../../lib/use-time-range';
import { EmptyState } from '../../../ui/empty-state';
import { Panel } from '../../../ui/panel';
import { SkeletonLines } from '../../../ui/skeleton';
import { StatusBadge } from '../../../ui/status-badge';
import { useDriftRanking } from '../api/drift-ranking';
import { describeWindow } from '../../../ui/describe-window';
import { DRIFT_STATUS_LABELS, namedScore } from '../drift-format';
import '../drift.css';

const SHOWN = 5;

function rankingAnswer(ranking: DriftRanking, windowLabel: string): string {
  const drifting = ranking.byStatus.critical + ranking.byStatus.warning;
  if (drifting === 0) return `No monitored model drifts in ${windowLabel} (${ranking.monitored} monitored).`;
  const datasets = ranking.byStatus.critical;
  const dataset = datasets > 0 ? `, ${datasets} with dataset drift` : '';
  return `${drifting} of ${ranking.monitored} monitored models drift in ${windowLabel}${dataset}.`;
}

/** A data scientist's first question: which models drift, worst first, and on which features. */
export function DriftRankingPanel(): ReactNode {
  const ranking = useDriftRanking(SHOWN);
  const windowLabel = describeWindow(useTimeRangeSpec(), useTimeWindow());
  return (
    <Panel title="Drift by model" subtitle={`Worst first, ${windowLabel}`}>
      <QueryState
        query={ranking}
        what="load the models ranked by drift"
        skeleton={<SkeletonLines lines={SHOWN} height={36} label="Loading the models ranked by drift" />}
        empty={(data) =>
          data.monitored === 0 ? (
            <EmptyState title="No model is monitored yet.">
              Drift appears once models serve live traffic the monitoring backend sees.
            </EmptyState>
          ) : undefined
        }
      >
        {(data) => {
          const drifting = data.items.filter(
            (entry) => entry.status === 'critical' || entry.status === 'warning',
          );
          const driftingTotal = data.byStatus.critical + data.byStatus.warning;
          const hidden = driftingTotal - drifting.length;
          const quiet = data.monitored - driftingTotal;
          return (
            <div className="stack" style={{ gap: 12 }}>
              <p className="answer" data-testid="drift-ranking-answer">
                {rankingAnswer(data, windowLabel)}
              </p>
              {drifting.length > 0 && (
                <ol className="list-plain drift-ranking" aria-label="Models ranked by drift">
                  {drifting.map((entry) => (
                    <RankingItem key={entry.model} entry={entry} />
                  ))}
                </ol>
              )}
              {(hidden > 0 || quiet > 0) && (
                <p className="muted">
                  {hidden > 0 && `${hidden} more drift, less severely. `}
                  {quiet > 0 &&
                    `${driftingTotal > 0 ? `The other ${quiet}` : `All ${quiet}`} monitored models show no drift.`}
                </p>
              )}
            </div>
          );
        }}
      </QueryState>
    </Panel>
  );
}

function RankingItem({ entry }: { entry: DriftRankingEntry }): ReactNode {
  const [params] = useSearchParams();
  const drifted = entry.topFeatures.filter((f) => f.drifted);
  return (
    <li>
      <StatusBadge status={entry.status} label={DRIFT_STATUS_LABELS[entry.status]} />
      <div>
        <Link to={withRange(modelPath(entry.model, 'drift'), params)}>{entry.model}</Link>
        <span className="muted"> · {entry.team}</span>
        <div>
          {drifted.length === 0
            ? `No feature drifts (${entry.totalFeatures} monitored).`
            : `${entry.driftedFeatures} of ${entry.totalFeatures} features: ${drifted
                .map((f) => `${f.name} (${namedScore(f.method, f.score, DRIFT_METHODS[f.method].direction)})`)
                .join(', ')}`}
        </div>
      </div>
    </li>
  );
}
