import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { modelPath, withRange } from '../../../lib/paths';
import { QueryState } from '../../../lib/query-state';
import { useNow } from '../../../lib/use-now';
import { EmptyState } from '../../../ui/empty-state';
import { formatDate, formatDecimal } from '../../../ui/format';
import { Panel } from '../../../ui/panel';
import { SkeletonLines } from '../../../ui/skeleton';
import { StatusBadge } from '../../../ui/status-badge';
import { useExplanationDriftRanking } from '../api/explanations';

const SHOWN = 5;
const DAY = 86_400_000;

/** A data scientist's early warning: models whose reasons changed, often before their accuracy does. */
export function ExplanationDriftHomePanel(): ReactNode {
  const now = useNow();
  const day = Math.floor(now / DAY);
  const window = useMemo(() => ({ from: (day - 29) * DAY, to: (day + 1) * DAY }), [day]);
  const ranking = useExplanationDriftRanking(window, SHOWN);
  const [params] = useSearchParams();
  return (
    <Panel title="Explanation drift" subtitle="Attribution ranking against training, lowest nDCG first">
      <QueryState
        query={ranking}
        what="load the models ranked by explanation drift"
        skeleton={<SkeletonLines lines={3} height={28} label="Loading explanation drift" />}
        empty={(data) =>
          data.monitored === 0 ? <EmptyState title="No production model has explanations yet." /> : undefined
        }
      >
        {(data) => {
          const drifted = data.items.filter((i) => i.drifted);
          return (
            <div className="stack" style={{ gap: 8 }}>
              <p className="answer" data-testid="explanation-drift-home-answer">
                {drifted.length === 0
                  ? `No model's reasons have drifted (${data.monitored} explained).`
                  : `${drifted.length} of ${data.monitored} explained models lean on different features than in training.`}
              </p>
              {drifted.length > 0 && (
                <ul className="list-plain fairness-list" aria-label="Models whose explanations drifted">
                  {drifted.map((item) => (
                    <li key={item.model}>
                      <span className="row">
                        <StatusBadge status="warning" label="Drifted" />
                        <Link to={withRange(modelPath(item.model, 'explanations'), params)}>
                          {item.model}
                        </Link>
                      </span>
                      <span>
                        nDCG {formatDecimal(item.ndcg, 2)} against v{item.baselineVersion}&apos;s baseline
                        (threshold {formatDecimal(item.threshold, 2)})
                        {item.since !== undefined && `, since ${formatDate(item.since)}`}.
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        }}
      </QueryState>
    </Panel>
  );
}
