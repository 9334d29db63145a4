import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { IncidentStatus } from '../../domain/incident';
import { formatDuration } from '../../ui/format';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { DataTable } from '../../ui/data-table';
import { EmptyState } from '../../ui/empty-state';
import { PageTitle } from '../../ui/page-title';
import { RelativeTime } from '../../ui/relative-time';
import { SkeletonLines } from '../../ui/skeleton';
import { useIncidents } from './api/incidents';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges';
import { incidentsAnswer } from './incidents-answer';
import { incidentPath, modelPath, withRange } from '../../lib/paths';

const VIEWS = {
  open: { label: 'Open', statuses: ['investigating', 'mitigated'] as IncidentStatus[] },
  resolved: { label: 'Resolved', statuses: ['resolved'] as IncidentStatus[] },
  all: { label: 'All', statuses: [] as IncidentStatus[] },
};
type View = keyof typeof VIEWS;
const isView = (value: string | null): value is View => value !== null && value in VIEWS;

/** Incidents, open ones first by default; `?status=open|resolved|all` picks the view. */
export function IncidentsPage(): ReactNode {
  const [params] = useSearchParams();
  const view: View = isView(params.get('status')) ? (params.get('status') as View) : 'open';
  const incidents = useIncidents({ status: VIEWS[view].statuses });
  const now = useNow();
  const viewHref = (v: View): string => {
    const next = new URLSearchParams(params);
    next.set('status', v);
    return `?${next.toString()}`;
  };
  return (
    <div className="stack">
      <PageTitle title="Incidents" />
      <nav className="tabs" aria-label="Incident status">
        {(Object.keys(VIEWS) as View[]).map((v) => (
          <Link key={v} to={viewHref(v)} aria-current={v === view ? 'page' : undefined}>
            {VIEWS[v].label}
          </Link>
        ))}
      </nav>
      <QueryState
        query={incidents}
        what="load incidents"
        skeleton={<SkeletonLines lines={6} height={36} label="Loading incidents" />}
        empty={(list) =>
          list.length === 0 ? (
            <EmptyState title={view === 'open' ? 'No open incidents.' : 'No incidents here.'}>
              {view === 'open'
                ? 'Nothing is on fire. Resolved incidents are under "Resolved".'
                : 'Try another view.'}
            </EmptyState>
          ) : undefined
        }
      >
        {(list) => (
          <div className="scroll-x">
            <p className="answer" style={{ marginBottom: 12 }}>
              {incidentsAnswer(list, now)}
            </p>
            <DataTable
              columns={[
                {
                  header: 'Incident',
                  cell: (i) => (
                    <>
                      <Link to={withRange(incidentPath(i.id), params)}>{i.title}</Link>
                      <div className="muted">{i.id}</div>
                    </>
                  ),
                },
                { header: 'Severity', cell: (i) => <SeverityBadge severity={i.severity} /> },
                { header: 'Status', cell: (i) => <IncidentStatusBadge status={i.status} /> },
                {
                  header: 'Model',
                  cell: (i) => <Link to={withRange(modelPath(i.model), params)}>{i.model}</Link>,
                },
                { header: 'Started', cell: (i) => <RelativeTime at={i.startedAt} now={now} /> },
                {
                  header: 'Duration',
                  numeric: true,
                  cell: (i) => (
                    <>
                      {formatDuration((i.resolvedAt ?? now) - i.startedAt)}
                      {i.resolvedAt === undefined && <span className="muted"> so far</span>}
                    </>
                  ),
                },
              ]}
              rows={list}
              rowKey={(i) => i.id}
            />
          </div>
        )}
      </QueryState>
    </div>
  );
}
