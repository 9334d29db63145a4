import type { Deployment, Environment } from '../../domain/deployment';
import type { ModelPlan } from './model-plan';
import { createRng } from './prng';
import { HOUR, MINUTE } from './time';

const endpointOf = (model: string, environment: Environment): string =>
  `https://serving.example.internal/${environment}/${model}/invocations`;

/**
 * Where a model runs now: production serves the champion (minus a canary's
 * share), a canary or shadow tries the challenger or newest version, staging
 * holds the newest version. Ordered production, canary, shadow, staging.
 */
export function generateDeployments(plan: ModelPlan, seed: number, now: number): Deployment[] {
  const rng = createRng(seed, 'deployments', plan.index);
  const { model } = plan;
  const latest = plan.versionTimes.length;
  const latestAt = plan.versionTimes[latest - 1] ?? now;
  const afterLatest = (): number => Math.min(latestAt + rng.int(1, 12) * HOUR, now - rng.int(5, 60) * MINUTE);
  const make = (
    environment: Environment,
    version: number,
    trafficPercent: number,
    deployedAt: number,
    deployedBy: string,
  ): Deployment => ({
    id: `${model.name}-${environment}`,
    modelName: model.name,
    environment,
    version: String(version),
    trafficPercent,
    replicas: environment === 'production' ? rng.int(3, 12) : rng.int(1, 3),
    status: environment === 'production' ? model.health.status : 'healthy',
    endpoint: endpointOf(model.name, environment),
    deployedAt: Math.max(deployedAt, plan.versionTimes[version - 1] ?? deployedAt),
    deployedBy,
  });

  if (model.stage === 'staging')
    return [make('staging', latest, 0, model.lastDeployedAt ?? afterLatest(), plan.deployedBy)];
  const production = plan.productionVersion;
  if (model.stage !== 'production' || production === undefined) return [];

  const canaryShare = plan.canary ? rng.pick([5, 10, 20]) : 0;
  const deployments = [
    make('production', production, 100 - canaryShare, model.lastDeployedAt ?? now, plan.deployedBy),
  ];
  if (plan.canary && plan.challengerVersion !== undefined) {
    deployments.push(make('canary', plan.challengerVersion, canaryShare, afterLatest(), 'argo-cd'));
  }
  // Failed or pending versions never get deployed; try the newest one that is ready.
  let candidate = latest;
  while (candidate > production && plan.versionIssues[candidate]) candidate--;
  if (candidate > production) {
    // A shadow receives a copy of live traffic and answers no one: it serves 0 %.
    if (plan.shadow) deployments.push(make('shadow', candidate, 0, afterLatest(), 'argo-cd'));
    deployments.push(make('staging', candidate, 0, afterLatest(), 'ml-deploy-bot'));
  }
  return deployments;
}
