import type { Deployment } from '../../domain/deployment';
import type { RolloutEvent } from '../../domain/rollout';

export const ENVIRONMENT_LABELS: Record<Deployment['environment'], string> = {
  production: 'Production',
  canary: 'Canary',
  shadow: 'Shadow',
  staging: 'Staging',
};

/**
 * The version a roll back returns to: the one this deployment ran before its
 * latest deploy. Undefined when nothing earlier is known.
 */
export function previousVersion(
  deployment: Deployment,
  rollouts: readonly RolloutEvent[],
): string | undefined {
  const latest = rollouts
    .filter(
      (r) => r.deploymentId === deployment.id && r.action === 'deploy' && r.toVersion === deployment.version,
    )
    .sort((a, b) => b.at - a.at)[0];
  return latest?.fromVersion;
}

/** Production and canary split live traffic; a shift moves percent between them. */
export function trafficSplit(
  deployments: readonly Deployment[],
  canaryPercent: number,
): { production?: Deployment; canary?: Deployment; after: { production: number; canary: number } } {
  const production = deployments.find((d) => d.environment === 'production');
  const canary = deployments.find((d) => d.environment === 'canary');
  return { production, canary, after: { production: 100 - canaryPercent, canary: canaryPercent } };
}
