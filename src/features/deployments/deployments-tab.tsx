import type { ReactNode } from 'react';
import type { RolloutEvent } from '../../domain/rollout';
import { formatDateTime } from '../../lib/format';
import { useRollouts } from '../../lib/queries/rollouts';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { RelativeTime } from '../../ui/relative-time';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { useDeployments } from '../../lib/queries/deployments';
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
            <div style={{ overflowX: 'auto' }}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Environment</th>
                    <th scope="col">Version</th>
                    <th scope="col" className="num">
                      Traffic
                    </th>
                    <th scope="col" className="num">
                      Replicas
                    </th>
                    <th scope="col">Status</th>
                    <th scope="col">Endpoint</th>
                    <th scope="col">Deployed</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{ENVIRONMENT_LABELS[d.environment]}</th>
                      <td>v{d.version}</td>
                      <td className="num">
                        {d.environment === 'shadow' ? 'copy, 0 %' : `${d.trafficPercent} %`}
                      </td>
                      <td className="num">{d.replicas}</td>
                      <td>
                        <StatusBadge status={d.status} />
                      </td>
                      <td>
                        <code className="muted" style={{ overflowWrap: 'anywhere' }}>
                          {d.endpoint}
                        </code>
                      </td>
                      <td>
                        <RelativeTime at={d.deployedAt} now={now} />
                        <div className="muted">by {d.deployedBy}</div>
                      </td>
                      <td>
                        <DeploymentActionButtons deployment={d} deployments={list} rollouts={rollouts.data} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
            <div style={{ overflowX: 'auto' }}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What</th>
                    <th scope="col">Environment</th>
                    <th scope="col">Version</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <time dateTime={new Date(r.at).toISOString()}>{formatDateTime(r.at)}</time>
                      </td>
                      <td>{r.actor}</td>
                      <td>{ACTION_LABELS[r.action]}</td>
                      <td>{ENVIRONMENT_LABELS[r.environment]}</td>
                      <td>
                        {/* A traffic shift keeps its version: "v11 at 25 %", not "v11 → v11". */}
                        {r.fromVersion && r.fromVersion !== r.toVersion ? `v${r.fromVersion} → ` : ''}v
                        {r.toVersion}
                        {r.trafficPercent !== undefined && (
                          <span className="muted"> at {r.trafficPercent} %</span>
                        )}
                      </td>
                      <td>{r.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </Panel>
    </div>
  );
}
