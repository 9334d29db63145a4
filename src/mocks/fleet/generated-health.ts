import type { Health } from '../../domain/health';
import type { ModelStage, ModelTask } from '../../domain/model';
import type { Rng } from './prng';
import { DAY, formatDay, HOUR } from './time';

export interface GeneratedHealth {
  health: Health;
  openAlerts: number;
}

const QUALITY_METRIC: Record<ModelTask, string> = {
  classification: 'Accuracy',
  regression: 'MAE',
  ranking: 'NDCG@10',
};

/**
 * Health of a generated model, with a reason a person can act on. Only models
 * serving traffic can be watched, so the others are `unknown` (or healthy
 * checks on staging) rather than a made-up verdict.
 */
export function generatedHealth(
  stage: ModelStage,
  task: ModelTask,
  features: readonly string[],
  now: number,
  rng: Rng,
): GeneratedHealth {
  const feature = rng.pick(features);
  const since = formatDay(now - rng.int(1, 10) * DAY);
  if (stage === 'development') return unknown('Not deployed; no live traffic to monitor');
  if (stage === 'archived')
    return unknown(`Archived; not monitored since ${formatDay(now - rng.int(60, 300) * DAY)}`);
  if (stage === 'staging') {
    return rng.chance(0.8)
      ? { health: { status: 'healthy', reason: 'Staging checks passing' }, openAlerts: 0 }
      : unknown('Awaiting evaluation on the staging traffic replay');
  }
  const roll = rng.next();
  if (roll < 0.7) {
    const reason = rng.pick([
      'All checks passing',
      'Latency and error rate within SLO; no drift above threshold',
      `${QUALITY_METRIC[task]} steady for 30 days; inputs within reference ranges`,
    ]);
    return { health: { status: 'healthy', reason }, openAlerts: 0 };
  }
  if (roll < 0.85) {
    const reason = rng.pick([
      `PSI ${rng.float(0.2, 0.29).toFixed(2)} on ${feature} since ${since}`,
      `p95 latency ${rng.int(260, 420)} ms above the 250 ms SLO for ${rng.int(20, 90)} min`,
      `${QUALITY_METRIC[task]} ${rng.int(2, 5)} % worse than at deployment`,
      `${rng.float(1.5, 4).toFixed(1)} % of rows fail the null check on ${feature} since ${since}`,
    ]);
    return { health: { status: 'warning', reason }, openAlerts: rng.int(0, 2) };
  }
  if (roll < 0.92) {
    const reason = rng.pick([
      `PSI ${rng.float(0.3, 0.6).toFixed(2)} on ${feature} since ${since}`,
      `Error rate ${rng.int(4, 12)} % for the last ${rng.int(15, 50)} min`,
      `No predictions logged for ${rng.int(2, 9)} h`,
    ]);
    return { health: { status: 'critical', reason }, openAlerts: rng.int(1, 4) };
  }
  return unknown(
    rng.chance(0.5)
      ? 'Ground-truth labels for the last 7 days not yet joined'
      : `Metrics exporter silent since ${formatDay(now - rng.int(2, 30) * HOUR)}`,
  );
}

function unknown(reason: string): GeneratedHealth {
  return { health: { status: 'unknown', reason }, openAlerts: 0 };
}
