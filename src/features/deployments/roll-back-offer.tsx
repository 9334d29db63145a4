import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryState } from '../../lib/query-state';
import { useDeployments } from './api/deployments';
import { useRollouts } from './api/rollouts';
import { RollBackButton } from './deployment-action-buttons';
import { ENVIRONMENT_LABELS } from './deployment-plan';

/** Roll back offered where the incident happened: the production deployment of its model. */
export function RollBackOffer({
  model,
  deploymentId,
  afterDeploy = true,
}: {
  model: string;
  deploymentId?: string;
  /** False when no deploy preceded the incident: the offer is then a last resort, and says so. */
  afterDeploy?: boolean;
}): ReactNode {
  const deployments = useDeployments(model);
  const rollouts = useRollouts(model);
  // Never drop the control silently: say why it cannot be offered, with Retry.
  const failed: UseQueryResult | undefined = deployments.isError
    ? deployments
    : rollouts.isError
      ? rollouts
      : undefined;
  if (failed) {
    return (
      <QueryState
        query={failed}
        what={`load the deployments of ${model}, so roll back cannot be offered`}
        skeleton={null}
      >
        {() => null}
      </QueryState>
    );
  }
  const target =
    deployments.data?.find((d) => d.id === deploymentId) ??
    deployments.data?.find((d) => d.environment === 'production');
  if (!target || !rollouts.data) return null;
  return (
    <div className="callout">
      <p style={{ marginBottom: 8 }}>
        {ENVIRONMENT_LABELS[target.environment]} runs v{target.version}.{' '}
        {afterDeploy
          ? 'If the change above caused this, roll back:'
          : `Only if you suspect v${target.version} itself, though it served before the incident too:`}
      </p>
      <RollBackButton deployment={target} rollouts={rollouts.data} />
    </div>
  );
}
