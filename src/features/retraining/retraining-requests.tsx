import type { ReactNode } from 'react';
import { PanelBoundary } from '../../lib/panel-boundary';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { RelativeTime } from '../../ui/relative-time';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { useRetrainingRequests } from './api/retraining';
import { RETRAINING_BADGES } from './retraining-status';
import './retraining.css';

/** The model's retraining requests, newest first, each with the platform's answer. */
export function RetrainingRequests({ name }: { name: string }): ReactNode {
  return (
    <Panel
      title="Retraining requests"
      subtitle="Newest first: who asked, why, and what the platform answered"
    >
      <PanelBoundary label="The list of retraining requests">
        <RequestList name={name} />
      </PanelBoundary>
    </Panel>
  );
}

function RequestList({ name }: { name: string }): ReactNode {
  const requests = useRetrainingRequests(name);
  const now = useNow();
  return (
    <QueryState
      query={requests}
      what={`load the retraining requests of ${name}`}
      skeleton={<SkeletonLines lines={2} height={40} label="Loading retraining requests" />}
      empty={(list) =>
        list.length === 0 ? (
          <EmptyState title="No retraining requested yet.">
            Requests appear here with the platform’s answer.
          </EmptyState>
        ) : undefined
      }
    >
      {(list) => (
        <ol className="list-plain retraining-list" aria-label={`Retraining requests of ${name}`}>
          {list.map((request) => {
            const badge = RETRAINING_BADGES[request.status];
            return (
              <li key={request.id}>
                <StatusBadge status={badge.status} label={badge.label} />
                <div className="stack" style={{ gap: 4 }}>
                  <div>
                    <strong>{request.requestedBy}</strong> asked{' '}
                    <RelativeTime at={request.requestedAt} now={now} />
                  </div>
                  <blockquote>{request.reason}</blockquote>
                  <div className="muted">{request.message}</div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </QueryState>
  );
}
