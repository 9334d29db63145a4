import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDuration } from '../../ui/format';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { useIncidents } from './api/incidents';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges';
import { incidentPath, INCIDENTS_PATH, withRange } from '../../lib/paths';

const OPEN = { status: ['investigating' as const, 'mitigated' as const] };

/** The SRE home's list of what is still open. */
export function OpenIncidentsPanel(): ReactNode {
  const incidents = useIncidents(OPEN);
  const [params] = useSearchParams();
  const now = useNow();
  return (
    <Panel
      title="Open incidents"
      actions={<Link to={withRange(`${INCIDENTS_PATH}?status=all`, params)}>All incidents</Link>}
    >
      <QueryState
        query={incidents}
        what="load open incidents"
        skeleton={<SkeletonLines lines={3} height={36} label="Loading open incidents" />}
        empty={(list) =>
          list.length === 0 ? (
            <EmptyState title="No open incidents.">Nothing is on fire.</EmptyState>
          ) : undefined
        }
      >
        {(list) => (
          <ul className="list-plain">
            {list.map((i) => (
              <li key={i.id} className="attention-item">
                <SeverityBadge severity={i.severity} />
                <div>
                  <Link to={withRange(incidentPath(i.id), params)}>{i.title}</Link>
                  <div className="row muted" style={{ gap: 8 }}>
                    <IncidentStatusBadge status={i.status} />
                    <span>open {formatDuration(now - i.startedAt)}</span>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Panel>
  );
}
