import type { ReactNode } from 'react';
import { QueryState } from '../../lib/query-state';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { AlertsList } from './alerts-list';
import { useAlerts } from './api/alerts';

/** A model's alerts, firing and silenced, from whichever connection answers alerts. */
export function ModelAlertsPanel({ name }: { name: string }): ReactNode {
  const alerts = useAlerts({ model: name, includeSuppressed: true });
  return (
    <Panel title="Alerts" subtitle="Firing now, and silenced">
      <QueryState
        query={alerts}
        what={`load the alerts of ${name}`}
        skeleton={<SkeletonLines lines={2} height={32} label="Loading alerts" />}
        empty={(list) =>
          list.length === 0 ? <EmptyState title="No alerts firing for this model." /> : undefined
        }
      >
        {(list) => <AlertsList alerts={list} />}
      </QueryState>
    </Panel>
  );
}
