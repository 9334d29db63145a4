import type { ModelPlan } from '../fleet/model-plan';
import { modelDriftStatus } from './model-drift';
import { isQuiet, monitoringPlanOf } from './monitoring-plans';

/** A plan whose summary row carries its drift over the last 24 hours, when it is monitored. */
export function withDriftStatus(plan: ModelPlan, seed: number, now: number): ModelPlan {
  if (plan.model.stage !== 'production') return plan;
  if (isQuiet(plan)) {
    const drift = {
      status: 'healthy' as const,
      driftedFeatures: 0,
      totalFeatures: plan.features.length,
      topFeatures: [],
    };
    return { ...plan, model: { ...plan.model, drift } };
  }
  const monitoring = monitoringPlanOf(plan, seed, now);
  if (!monitoring) return plan;
  return { ...plan, model: { ...plan.model, drift: modelDriftStatus(monitoring, seed, now) } };
}
