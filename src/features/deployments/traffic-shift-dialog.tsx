import { useId, useState, type ReactNode } from 'react';
import type { Deployment } from '../../domain/deployment';
import { describeError } from '../../lib/describe-error';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useDeploymentAction } from './api/deployment-actions';

const STEPS = [0, 5, 10, 25, 50, 75, 100];

/** Moves live traffic between production and its canary. */
export function TrafficShiftDialog({
  canary,
  production,
}: {
  canary: Deployment;
  production: Deployment | undefined;
}): ReactNode {
  const action = useDeploymentAction();
  const [percent, setPercent] = useState(canary.trafficPercent);
  const id = useId();
  const productionVersion = production ? `v${production.version}` : 'production';
  return (
    <ConfirmDialog
      trigger={
        <button type="button" className="button button--small">
          Shift traffic
        </button>
      }
      title={`Shift traffic for ${canary.modelName}?`}
      confirmLabel={`Send ${percent} % to the canary`}
      reasonLabel="Why (kept in the rollout history)"
      pending={action.isPending}
      error={action.error ? describeError(action.error).detail : undefined}
      success={action.data?.message}
      onConfirm={(reason) =>
        action.mutate({ kind: 'shift-traffic', deploymentId: canary.id, canaryPercent: percent, reason })
      }
      onClosed={() => action.reset()}
    >
      <label className="field" htmlFor={id}>
        <span>Canary share of live traffic</span>
      </label>
      <select id={id} className="select" value={percent} onChange={(e) => setPercent(Number(e.target.value))}>
        {STEPS.map((p) => (
          <option key={p} value={p}>
            {p} %
          </option>
        ))}
      </select>
      <p style={{ marginTop: 8 }}>
        The canary (<strong>v{canary.version}</strong>) will take <strong>{percent} %</strong> of live
        traffic, from {canary.trafficPercent} % now; {productionVersion} in production will take{' '}
        <strong>{100 - percent} %</strong>.
      </p>
    </ConfirmDialog>
  );
}
