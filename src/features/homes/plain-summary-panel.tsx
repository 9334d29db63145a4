import type { ReactNode } from 'react';
import { portfolioNarrative } from '../../domain/portfolio-narrative';
import { useFleetSummary } from './api/fleet-summary';
import { QueryState } from '../../lib/query-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';

/** One paragraph an executive can read: written from the data, not a template of blanks. */
export function PlainSummaryPanel(): ReactNode {
  const summary = useFleetSummary();
  return (
    <Panel title="Portfolio in brief">
      <QueryState
        query={summary}
        what="load the portfolio summary"
        skeleton={<SkeletonLines lines={3} height={20} label="Loading summary" />}
      >
        {(data) => (
          <div className="stack" style={{ gap: 8 }}>
            {portfolioNarrative(data).map((sentence) => (
              <p key={sentence} className="answer">
                {sentence}
              </p>
            ))}
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
