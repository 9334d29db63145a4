import type { ReactNode } from 'react';
import type { RolloutEvent } from '../../domain/rollout';
import { formatDateTime } from '../../ui/format';
import { useRollouts } from './api/rollouts';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { DataTable } from '../../ui/data-table';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { RelativeTime } from '../../ui/relative-time';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { useDeployments } from './api/deployments';
import { DeploymentActionButtons } from './deployment-action-buttons';
import { ENVIRONMENT_LABELS } from './deployment-plan';

const ACTION_LABELS: Record<RolloutEvent['action'], string> = {
  deploy: 'Deployed',
  rollback: 'Rolled back',
  'traffic-shift': 'Shifted traffic',
  scale: 'Scaled',
};

/** Where a model runs, which version, how much traffic, and how it got there. */
export function DeploymentsTab({ name }: { name: string }): ReactNode {
  const deployments = useDeployments(name);
  const rollouts = useRollouts(name);
  const now = useNow();
  return (
    <div className="stack">
      <Panel title="Environments" subtitle="The version in each environment and its share of live traffic">
        <QueryState
          query={deployments}
          what={`load the deployments of ${name}`}
          skeleton={<SkeletonLines lines={3} height={32} label="Loading deployments" />}
          empty={(list) =>
            list.length === 0 ? (
              <EmptyState title="Not deployed anywhere.">
                Deploy a version to staging or production to see it here.
              </EmptyState>
            ) : undefined
          }
        >
          {(list) => (
            <DataTable
              scroll
              columns={[
                { header: 'Environment', rowHeader: true, cell: (d) => ENVIRONMENT_LABELS[d.environment] },
                { header: 'Version', cell: (d) => `v${d.version}` },
                {
                  header: 'Traffic',
                  numeric: true,
                  cell: (d) => (d.environment === 'shadow' ? 'copy, 0 %' : `${d.trafficPercent} %`),
                },
                { header: 'Replicas', numeric: true, cell: (d) => d.replicas },
                { header: 'Status', cell: (d) => <StatusBadge status={d.status} /> },
                {
                  header: 'Endpoint',
                  cell: (d) => (
                    <code className="muted" style={{ overflowWrap: 'anywhere' }}>
                      {d.endpoint}
                    </code>
                  ),
                },
                {
                  header: 'Deployed',
                  cell: (d) => (
                    <>
                      <RelativeTime at={d.deployedAt} now={now} />
                      <div className="muted">by {d.deployedBy}</div>
                    </>
                  ),
                },
                {
                  header: 'Actions',
                  headerHidden: true,
                  cell: (d) => (
                    <DeploymentActionButtons deployment={d} deployments={list} rollouts={rollouts.data} />
                  ),
                },
              ]}
              rows={list}
              rowKey={(d) => d.id}
            />
          )}
        </QueryState>
      </Panel>
      <Panel title="Rollout history" subtitle="Who deployed what, when, from which version">
        <QueryState
          query={rollouts}
          what={`load the rollout history of ${name}`}
          skeleton={<SkeletonLines lines={5} height={24} label="Loading rollout history" />}
          empty={(list) => (list.length === 0 ? <EmptyState title="No rollouts recorded." /> : undefined)}
        >
          {(list) => (
            <DataTable
              scroll
              columns={[
                {
                  header: 'When',
                  cell: (r) => <time dateTime={new Date(r.at).toISOString()}>{formatDateTime(r.at)}</time>,
                },
                { header: 'Who', cell: (r) => r.actor },
                { header: 'What', cell: (r) => ACTION_LABELS[r.action] },
                { header: 'Environment', cell: (r) => ENVIRONMENT_LABELS[r.environment] },
                { header: 'Version', cell: (r) => <RolloutVersions rollout={r} /> },
                { header: 'Note', cell: (r) => r.note ?? '' },
              ]}
              rows={list}
              rowKey={(r) => r.id}
            />
          )}
        </QueryState>
      </Panel>
    </div>
  );
}

/** A traffic shift keeps its version: "v11 at 25 %", not "v11 → v11". */
function RolloutVersions({ rollout: r }: { rollout: RolloutEvent }): ReactNode {
  return (
    <>
      {r.fromVersion && r.fromVersion !== r.toVersion ? `v${r.fromVersion} → ` : ''}v{r.toVersion}
      {r.trafficPercent !== undefined && <span className="muted"> at {r.trafficPercent} %</span>}
    </>
  );
}
