import { HEALTH_STATUSES, healthSeverity, type HealthStatus } from '../../domain/health';
import type { TimeWindow } from '../../domain/time-range';
import type { DriftRankingWire } from '../../sources/rest/monitoring-schemas';
import type { ModelPlan } from '../fleet/model-plan';
import { quietScore, scoreModelDrift, type ModelDriftScore } from './model-drift';
import { isQuiet, type MonitoringPlans } from './monitoring-plans';

type Ranked = ModelDriftScore & { plan: ModelPlan };

/** Worst first: status, share of drifted features, how far the worst score is past its threshold, name. */
function bySeverity(a: Ranked, b: Ranked): number {
  const share = (r: Ranked): number => (r.totalFeatures ? r.driftedFeatures / r.totalFeatures : 0);
  const name = (r: Ranked): string => r.plan.model.name;
  return (
    healthSeverity(b.status) - healthSeverity(a.status) ||
    share(b) - share(a) ||
    b.worstExcess - a.worstExcess ||
    (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)
  );
}

/** `GET /monitoring/drift-ranking`: every monitored model scored over the window, worst first. */
export function buildDriftRanking(
  registry: readonly ModelPlan[],
  plans: MonitoringPlans,
  window: TimeWindow,
  limit: number,
  clock: { seed: number; now: number },
): DriftRankingWire {
  const ranked: Ranked[] = [];
  for (const plan of registry) {
    if (plan.model.stage !== 'production') continue;
    if (isQuiet(plan)) {
      ranked.push({ ...quietScore(plan), plan });
      continue;
    }
    const monitoring = plans.of(plan);
    if (monitoring) ranked.push({ ...scoreModelDrift(monitoring, window, clock.seed, clock.now), plan });
  }
  ranked.sort(bySeverity);
  const byStatus = Object.fromEntries(HEALTH_STATUSES.map((s) => [s, 0])) as Record<HealthStatus, number>;
  for (const r of ranked) byStatus[r.status] += 1;
  return {
    start: new Date(window.from).toISOString(),
    end: new Date(window.to).toISOString(),
    monitored: ranked.length,
    byStatus,
    items: ranked.slice(0, limit).map(({ plan, worstExcess: _excess, ...score }) => ({
      model: plan.model.name,
      team: plan.model.team,
      task: plan.model.task,
      ...score,
    })),
  };
}
