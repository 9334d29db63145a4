import type { ReactNode } from 'react';
import type { Deployment } from '../../domain/deployment';
import { can } from '../../domain/role';
import type { RolloutEvent } from '../../domain/rollout';
import { describeError } from '../../lib/describe-error';
import { useRole } from '../../stores/preferences-store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useDeploymentAction } from './api/deployment-actions';
import { ENVIRONMENT_LABELS, previousVersion } from './deployment-plan';
import { TrafficShiftDialog } from './traffic-shift-dialog';

/**
 * Roll back (production) or shift traffic (canary): shown only to roles allowed to.
 * Roll back waits for the rollout history, which names the version to go back to.
 */
export function DeploymentActionButtons({
  deployment,
  deployments,
  rollouts,
}: {
  deployment: Deployment;
  deployments: Deployment[];
  rollouts: RolloutEvent[] | undefined;
}): ReactNode {
  const role = useRole();
  if (deployment.environment === 'production' && can(role, 'roll-back')) {
    return rollouts ? <RollBackButton deployment={deployment} rollouts={rollouts} /> : null;
  }
  if (deployment.environment === 'canary' && can(role, 'shift-traffic')) {
    return (
      <TrafficShiftDialog
        canary={deployment}
        production={deployments.find((d) => d.environment === 'production')}
      />
    );
  }
  return null;
}

export function RollBackButton({
  deployment,
  rollouts,
}: {
  deployment: Deployment;
  rollouts: RolloutEvent[];
}): ReactNode {
  const action = useDeploymentAction();
  const target = previousVersion(deployment, rollouts);
  if (!target) return <span className="muted">No earlier version to roll back to</span>;
  return (
    <ConfirmDialog
      trigger={
        <button type="button" className="button button--small button--danger">
          Roll back to v{target}
        </button>
      }
      title={`Roll back ${deployment.modelName} in ${deployment.environment}?`}
      confirmLabel={`Roll back to v${target}`}
      reasonLabel="Why (kept in the rollout history)"
      danger
      pending={action.isPending}
      error={action.error ? describeError(action.error).detail : undefined}
      success={action.data?.message}
      onConfirm={(reason) => action.mutate({ kind: 'roll-back', deploymentId: deployment.id, reason })}
      onClosed={() => action.reset()}
    >
      <p>
        {ENVIRONMENT_LABELS[deployment.environment]} of <strong>{deployment.modelName}</strong> will serve{' '}
        <strong>v{target}</strong> instead of <strong>v{deployment.version}</strong>, on all{' '}
        {deployment.replicas} replicas, for {deployment.trafficPercent} % of live traffic.
      </p>
    </ConfirmDialog>
  );
}
