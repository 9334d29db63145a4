import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useRequiredCapability } from '../../../lib/capability';
import { operationsKeys } from '../../../lib/query-keys';
import type { ActionResult } from '../../../sources/operations-capability';

export type DeploymentAction =
  | { kind: 'roll-back'; deploymentId: string; reason: string }
  | { kind: 'shift-traffic'; deploymentId: string; canaryPercent: number; reason: string };

/**
 * Roll back or shift traffic. Afterwards everything the operations backend
 * knows is refetched: deployments, rollouts, incidents' timelines.
 */
export function useDeploymentAction(): UseMutationResult<ActionResult, Error, DeploymentAction> {
  const { capability, source } = useRequiredCapability('operations');
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action) => {
      const signal = AbortSignal.timeout(30_000);
      return action.kind === 'roll-back'
        ? capability.rollBack(action.deploymentId, action.reason, signal)
        : capability.shiftTraffic(action.deploymentId, action.canaryPercent, action.reason, signal);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: operationsKeys.all(source.cacheKey) }),
  });
}
