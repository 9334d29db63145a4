import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { modelPath, withRange } from '../../lib/paths';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { AlertsList } from './alerts-list';
import { useAlerts } from './api/alerts';

const SHOWN = 8;
const ALL = {};

/** The SRE home's view of what is firing across the fleet. */
export function FiringAlertsPanel(): ReactNode {
  const alerts = useAlerts(ALL);
  const [params] = useSearchParams();
  return (
    <Panel title="Firing alerts" subtitle={alerts.data ? `${alerts.data.length} firing` : undefined}>
      <QueryState
        query={alerts}
        what="load alerts"
        skeleton={<SkeletonLines lines={4} height={32} label="Loading alerts" />}
        empty={(list) => (list.length === 0 ? <EmptyState title="Nothing is firing." /> : undefined)}
      >
        {(list) => (
          <AlertsList
            alerts={list.slice(0, SHOWN)}
            showModel
            renderModel={(a) =>
              a.model ? (
                <Link to={withRange(modelPath(a.model, 'service'), params)}>{a.model}</Link>
              ) : (
                a.deployment
              )
            }
          />
        )}
      </QueryState>
    </Panel>
  );
}
