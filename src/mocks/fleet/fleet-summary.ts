import type { FleetSummary } from '../../domain/fleet';
import { HEALTH_STATUSES, healthSeverity, type HealthStatus } from '../../domain/health';
import { MODEL_STAGES, type ModelStage, type ModelSummary } from '../../domain/model';
import type { ModelPlan } from './model-plan';
import { runTiming, trainingDataset } from './runs';

const LIST_LENGTH = 10;

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Worst first: severity, then open alerts, then name so the order is total. */
function byUrgency(a: ModelSummary, b: ModelSummary): number {
  return (
    healthSeverity(b.health.status) - healthSeverity(a.health.status) ||
    b.openAlerts - a.openAlerts ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** `GET /registry/summary`: the portfolio in numbers, for every role's home. */
export function fleetSummary(plans: readonly ModelPlan[], seed: number): FleetSummary {
  const byHealth = zeros<HealthStatus>(HEALTH_STATUSES);
  const byStage = zeros<ModelStage>(MODEL_STAGES);
  for (const { model } of plans) {
    byHealth[model.health.status]++;
    byStage[model.stage]++;
  }
  const needsAttention = plans
    .map((plan) => plan.model)
    .filter((model) => model.health.status === 'critical' || model.health.status === 'warning')
    .sort(byUrgency)
    .slice(0, LIST_LENGTH);

  const recentlyShipped = plans
    .flatMap((plan) =>
      plan.shipped.map((s) => ({
        modelName: plan.model.name,
        version: String(s.version),
        team: plan.model.team,
        shippedAt: s.at,
      })),
    )
    .sort((a, b) => b.shippedAt - a.shippedAt)
    .slice(0, LIST_LENGTH);

  const trainingDataAge = plans
    .flatMap((plan) => {
      const version = plan.productionVersion;
      if (plan.model.stage !== 'production' || version === undefined) return [];
      const dataset = trainingDataset(plan, version, seed);
      return [
        {
          modelName: plan.model.name,
          team: plan.model.team,
          trainedAt: runTiming(plan, version, seed).endedAt,
          dataset: `${dataset.name}@${dataset.digest}`,
        },
      ];
    })
    .sort((a, b) => a.trainedAt - b.trainedAt)
    .slice(0, LIST_LENGTH);

  return { totalModels: plans.length, byHealth, byStage, needsAttention, recentlyShipped, trainingDataAge };
}
