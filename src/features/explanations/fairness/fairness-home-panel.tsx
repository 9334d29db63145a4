import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { modelPath, withRange } from '../../../lib/paths';
import { QueryState } from '../../../lib/query-state';
import { useNow } from '../../../lib/use-now';
import { EmptyState } from '../../../ui/empty-state';
import { Panel } from '../../../ui/panel';
import { RelativeTime } from '../../../ui/relative-time';
import { SkeletonLines } from '../../../ui/skeleton';
import { useFairnessOverview } from '../api/fairness';
import { analyseFairness } from './compute-fairness';
import { VerdictBadge } from './fairness-format';
import { DEFAULT_FAIRNESS_DAYS, fairnessWindow } from './fairness-window';
import '../explanations.css';

/** A stakeholder's question: is each production model fair, by the evidence, and on how much data? */
export function FairnessHomePanel(): ReactNode {
  const now = useNow();
  const hour = Math.floor(now / 3_600_000);
  const window = useMemo(() => fairnessWindow(DEFAULT_FAIRNESS_DAYS, hour * 3_600_000), [hour]);
  const overview = useFairnessOverview(window);
  const [params] = useSearchParams();
  return (
    <Panel
      title="Fairness of production models"
      subtitle={`Four-fifths rule, last ${DEFAULT_FAIRNESS_DAYS} days`}
    >
      <QueryState
        query={overview}
        what="load the fairness of production models"
        skeleton={<SkeletonLines lines={4} height={36} label="Loading fairness verdicts" />}
        empty={(data) =>
          data.reports.length === 0 ? (
            <EmptyState title="No production model has fairness monitoring yet.">
              Verdicts appear once the backend counts decisions per protected attribute.
            </EmptyState>
          ) : undefined
        }
      >
        {(data) => (
          <ul className="list-plain fairness-list" aria-label="Fairness verdict per model">
            {data.reports.map((report) => {
              const { verdict } = analyseFairness(report);
              return (
                <li key={report.model} data-testid="fairness-home-item">
                  <span className="row">
                    <VerdictBadge status={verdict.status} />
                    <Link to={withRange(modelPath(report.model, 'fairness'), params)}>{report.model}</Link>
                    <span className="muted">
                      as of <RelativeTime at={report.window.to} now={now} />
                    </span>
                  </span>
                  <span>{verdict.sentence}</span>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </Panel>
  );
}
