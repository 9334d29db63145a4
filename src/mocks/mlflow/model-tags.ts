import type { ModelTask } from '../../domain/model';
import type { Rng } from '../fleet/prng';
import { TEAMS, type TeamName } from '../fleet/teams';
import type { GeneratedName } from './names';

const HEALTH_REASONS: Record<'warning' | 'critical', readonly string[]> = {
  warning: [
    'PSI 0.18 on tenure_months since Nov 18',
    'p95 latency 310 ms over the 250 ms SLO',
    'AUC down 0.03 in a week',
  ],
  critical: [
    'PSI 0.31 on basket_value since Nov 20',
    'Error rate 4.2% (SLO 1%)',
    'Training data 120 days old',
  ],
};
const TASK_SPELLINGS: Record<ModelTask, readonly string[]> = {
  classification: ['classification', 'classification', 'classifier', 'binary_classification'],
  regression: ['regression', 'regression', 'regressor'],
  ranking: ['ranking', 'ranking', 'learning_to_rank'],
};

/** The tags a team keeps on a registered model; some models have few or none. */
export function modelTags(
  entry: GeneratedName,
  team: TeamName | undefined,
  rng: Rng,
): Record<string, string> {
  const tags: Record<string, string> = {};
  if (team) tags.team = team;
  if (team && rng.chance(0.85)) tags.owner = rng.pick(TEAMS[team].people);
  if (rng.chance(0.9)) tags.task = rng.pick(TASK_SPELLINGS[entry.task]);
  tags.framework = rng.pick(['xgboost', 'lightgbm', 'pytorch', 'sklearn', 'catboost']);
  if (rng.chance(0.6)) {
    const health = rng.pick([
      'healthy',
      'healthy',
      'healthy',
      'healthy',
      'warning',
      'warning',
      'critical',
    ] as const);
    tags['sightline.health'] = health;
    if (health !== 'healthy') tags['sightline.health_reason'] = rng.pick(HEALTH_REASONS[health]);
  }
  if (rng.chance(0.3)) tags.cost_center = `cc-${rng.int(100, 120)}`;
  return tags;
}
