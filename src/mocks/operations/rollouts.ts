import type { Deployment } from '../../domain/deployment';
import type { RolloutEvent } from '../../domain/rollout';
import type { ModelPlan } from '../fleet/model-plan';
import { createRng } from '../fleet/prng';
import { STORY_MODELS } from '../fleet/story';
import { HOUR } from '../fleet/time';

/**
 * The rollout history behind a model's current deployments: each production
 * arrival as a deploy from the version before, the story's rollback, and the
 * canary's and staging's own deploys. Newest first.
 */
export function generateRollouts(
  plan: ModelPlan,
  deployments: readonly Deployment[],
  seed: number,
  now: number,
): RolloutEvent[] {
  const rng = createRng(seed, 'rollouts', plan.model.name);
  const name = plan.model.name;
  const events: RolloutEvent[] = [];
  const production = deployments.find((d) => d.environment === 'production');
  const story = STORY_MODELS.find((s) => s.name === name);
  const episode = story?.episode;

  if (production) {
    const target = Number(production.version);
    // Earlier production versions, a few of them, each replacing the one before.
    const history = [Math.max(1, target - 3), Math.max(1, target - 2), Math.max(1, target - 1)].filter(
      (v, i, all) => v < target && all.indexOf(v) === i,
    );
    let previous: number | undefined;
    for (const version of history) {
      const at = Math.min(
        (plan.versionTimes[version - 1] ?? now) + rng.int(2, 30) * HOUR,
        production.deployedAt - HOUR,
      );
      events.push(
        rollout(production, 'deploy', at, rng.pick(['argo-cd', plan.deployedBy]), previous, version),
      );
      previous = version;
    }
    if (episode?.kind === 'latency-incident') {
      const deployedAt = now - episode.deployedAgo;
      const goodAt = Math.min((plan.versionTimes[target - 1] ?? now) + 20 * HOUR, deployedAt - 3 * 24 * HOUR);
      events.push(
        rollout(
          production,
          'deploy',
          goodAt,
          plan.deployedBy,
          previous === undefined ? undefined : String(previous),
          target,
        ),
      );
      events.push(
        rollout(
          production,
          'deploy',
          deployedAt,
          plan.deployedBy,
          episode.goodVersion,
          Number(episode.badVersion),
          'Routine release: new demand features',
        ),
      );
      events.push({
        ...rollout(
          production,
          'rollback',
          production.deployedAt,
          episode.rolledBackBy,
          episode.badVersion,
          Number(episode.goodVersion),
        ),
        note: 'p95 latency 4× and 15 % errors since the v14 deploy',
      });
    } else {
      events.push(
        rollout(
          production,
          'deploy',
          production.deployedAt,
          production.deployedBy,
          previous === undefined ? undefined : String(previous),
          target,
        ),
      );
    }
  }
  for (const d of deployments) {
    if (d.environment === 'production') continue;
    events.push({
      ...rollout(d, 'deploy', d.deployedAt, d.deployedBy, undefined, Number(d.version)),
      trafficPercent: d.trafficPercent,
    });
  }
  return events.sort((a, b) => b.at - a.at);
}

function rollout(
  d: Deployment,
  action: RolloutEvent['action'],
  at: number,
  actor: string,
  from: string | number | undefined,
  to: number,
  note?: string,
): RolloutEvent {
  return {
    id: `${d.id}-${action}-${at}`,
    deploymentId: d.id,
    modelName: d.modelName,
    environment: d.environment,
    action,
    at,
    actor,
    fromVersion: from === undefined ? undefined : String(from),
    toVersion: String(to),
    trafficPercent: action === 'deploy' && d.environment === 'production' ? undefined : d.trafficPercent,
    note,
  };
}
