import type { ReactNode } from 'react';
import { portfolioNarrative } from '../../domain/portfolio-narrative';
import { useFleetSummary } from './api/fleet-summary';
import { QueryState } from '../../lib/query-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';

/**
 * Short sentences an executive can read, written from the data. The measurements behind them,
 * with the statistics' names and what they mean, wait behind "How we measure this".
 */
export function PlainSummaryPanel(): ReactNode {
  const summary = useFleetSummary();
  return (
    <Panel title="Portfolio in brief">
      <QueryState
        query={summary}
        what="load the portfolio summary"
        skeleton={<SkeletonLines lines={3} height={20} label="Loading summary" />}
      >
        {(data) => {
          const { sentences, attentionFrom, measures, glossary } = portfolioNarrative(data);
          const attention = sentences.slice(attentionFrom);
          return (
            <div className="stack" style={{ gap: 8 }}>
              <p className="answer">{sentences.slice(0, attentionFrom).join(' ')}</p>
              {attention.length === 1 ? (
                <p className="answer">{attention[0]}</p>
              ) : (
                <ul className="answer stack" style={{ gap: 4, margin: 0, paddingLeft: 20 }}>
                  {attention.map((sentence) => (
                    <li key={sentence}>{sentence}</li>
                  ))}
                </ul>
              )}
              {measures.length > 0 && (
                <details className="disclosure">
                  <summary>How we measure this</summary>
                  <ul className="list-plain">
                    {measures.map((m) => (
                      <li key={m.model}>
                        <strong>{m.model}</strong>: {m.detail}
                      </li>
                    ))}
                  </ul>
                  {glossary.length > 0 && (
                    <dl className="kv">
                      {glossary.map((g) => (
                        <div key={g.term}>
                          <dt>{g.term}</dt>
                          <dd>{g.meaning}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </details>
              )}
            </div>
          );
        }}
      </QueryState>
    </Panel>
  );
}
