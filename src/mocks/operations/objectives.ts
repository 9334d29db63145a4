import type { Deployment } from '../../domain/deployment';
import type { ObjectiveStatus } from '../../domain/slo';
import type { ModelPlan } from '../fleet/model-plan';
import { createRng } from '../fleet/prng';
import { HOUR } from '../fleet/time';
import type { ServiceProfile } from './service-profile';

/**
 * Each production deployment has a p95 latency objective (time-based) and an
 * error-rate objective (request-based), over 30 days. Their status follows the
 * model's story: the budget the latency incident spent, the burn that is still
 * going on, or a quiet month.
 */
export function objectivesFor(
  plan: ModelPlan,
  deployment: Deployment,
  profile: ServiceProfile,
  seed: number,
): ObjectiveStatus[] {
  const rng = createRng(seed, 'objectives', deployment.id);
  const base = { deploymentId: deployment.id, modelName: plan.model.name, windowDays: 30 };
  const episode = profile.episode;
  let latency = {
    budgetRemaining: rng.float(0.55, 0.97),
    burnRate1h: rng.float(0.1, 0.8),
    burnRate6h: rng.float(0.1, 0.7),
    current: profile.p50 * 2.6,
  };
  let errors = {
    budgetRemaining: rng.float(0.6, 0.98),
    burnRate1h: rng.float(0.05, 0.5),
    burnRate6h: rng.float(0.05, 0.5),
    current: profile.errorRate,
  };

  if (episode?.kind === 'error-budget-burn') {
    latency = {
      budgetRemaining: episode.budgetLeft,
      burnRate1h: episode.burnRate * 1.2,
      burnRate6h: episode.burnRate,
      current: profile.sloP95 * 1.12,
    };
  } else if (episode?.kind === 'latency-incident') {
    // One bad hour in thirty days: a clear dent, long over.
    const incidentShare = episode.durationMs / (30 * 24 * HOUR);
    latency = {
      ...latency,
      budgetRemaining: 1 - incidentShare / 0.01 - 0.05,
      burnRate1h: 0.3,
      burnRate6h: 0.25,
    };
    errors = {
      ...errors,
      budgetRemaining: 1 - (incidentShare * episode.peakErrorRate * 0.7) / 0.01 - 0.1,
      burnRate1h: 0.2,
      burnRate6h: 0.2,
    };
  } else if (profile.latencyBreach) {
    latency = {
      budgetRemaining: rng.float(0.15, 0.5),
      burnRate1h: rng.float(3, 8),
      burnRate6h: rng.float(1.2, 2.5),
      current: profile.sloP95 * rng.float(1.05, 1.6),
    };
  } else if (plan.model.health.status === 'critical' && rng.chance(0.3)) {
    errors = {
      budgetRemaining: rng.float(-0.2, 0.1),
      burnRate1h: rng.float(8, 20),
      burnRate6h: rng.float(6, 10),
      current: profile.sloErrorRate * rng.float(1.5, 4),
    };
  }
  return [
    {
      ...base,
      id: `${deployment.id}-p95`,
      signal: 'latency_p95',
      threshold: profile.sloP95,
      objective: 0.99,
      ...latency,
    },
    {
      ...base,
      id: `${deployment.id}-errors`,
      signal: 'error_rate',
      threshold: profile.sloErrorRate,
      objective: 0.99,
      ...errors,
    },
  ];
}
