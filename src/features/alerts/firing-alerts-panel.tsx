import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { groupAlerts } from '../../domain/alert-groups';
import type { Incident } from '../../domain/incident';
import { incidentPath, modelPath, withRange } from '../../lib/paths';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { AlertGroupsList } from './alert-groups-list';
import { useAlerts } from './api/alerts';

// About as tall as open incidents and objectives beside them on a 1440 px home.
const SHOWN = 5;
const ALL = {};
const NONE: readonly Incident[] = [];

/**
 * The SRE home's view of what is firing across the fleet: one row per alert
 * and model, linked to the open incident it belongs to (the app passes the
 * open incidents in; alerts know nothing of incidents themselves).
 */
export function FiringAlertsPanel({
  openIncidents = NONE,
}: {
  openIncidents?: readonly Incident[];
}): ReactNode {
  const alerts = useAlerts(ALL);
  const [params] = useSearchParams();
  const groups = useMemo(() => groupAlerts(alerts.data ?? [], openIncidents), [alerts.data, openIncidents]);
  const firing = groups.reduce((n, g) => n + g.alerts.length, 0);
  return (
    <Panel
      title="Firing alerts"
      subtitle={
        alerts.data
          ? `${firing} firing${groups.length !== firing ? `, ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}` : ''}`
          : undefined
      }
    >
      <QueryState
        query={alerts}
        what="load alerts"
        skeleton={<SkeletonLines lines={4} height={32} label="Loading alerts" />}
        empty={() => (groups.length === 0 ? <EmptyState title="Nothing is firing." /> : undefined)}
      >
        {() => (
          <>
            <AlertGroupsList
              groups={groups.slice(0, SHOWN)}
              renderModel={(g) =>
                g.model ? (
                  <Link to={withRange(modelPath(g.model, 'service'), params)}>{g.model}</Link>
                ) : (
                  g.deployment
                )
              }
              renderIncident={(incident) => (
                <Link to={withRange(incidentPath(incident.id), params)}>
                  Incident {incident.id}: {incident.title}
                </Link>
              )}
            />
            {groups.length > SHOWN && (
              <p className="muted">
                {groups.length - SHOWN} more {groups.length - SHOWN === 1 ? 'group' : 'groups'} not shown, the
                least severe.
              </p>
            )}
          </>
        )}
      </QueryState>
    </Panel>
  );
}
