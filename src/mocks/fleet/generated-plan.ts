import type { ModelStage } from '../../domain/model';
import { generatedHealth } from './generated-health';
import { assemblePlan, versionTimeline, type ModelPlan, type VersionIssue } from './model-plan';
import { generatedModelName } from './model-names';
import { createRng, type Rng } from './prng';
import { PLATFORM_DEPLOYERS, TEAMS } from './teams';
import { DAY, HOUR, MINUTE } from './time';
import { FRAMEWORKS } from './training-params';

function pickStage(rng: Rng): ModelStage {
  const roll = rng.next();
  if (roll < 0.65) return 'production';
  if (roll < 0.8) return 'staging';
  if (roll < 0.92) return 'development';
  return 'archived';
}

/** How long ago the newest version was registered, by stage: archived models went quiet long ago. */
const NEWEST_VERSION_AGE_DAYS: Record<ModelStage, [number, number]> = {
  production: [1, 25],
  staging: [0, 20],
  development: [0, 10],
  archived: [120, 400],
};

/** A model of the fleet beyond the story, drawn from its own stream `(seed, 'model', index)`. */
export function planGeneratedModel(seed: number, index: number, ordinal: number, now: number): ModelPlan {
  const rng = createRng(seed, 'model', index);
  const { name, domain } = generatedModelName(seed, ordinal);
  const team = TEAMS[domain.team];
  const stage = pickStage(rng);
  const count = rng.int(1, 15);
  const [minAge, maxAge] = NEWEST_VERSION_AGE_DAYS[stage];
  const newestAgo = rng.int(minAge, maxAge) * DAY + rng.int(1, 23) * HOUR;
  const versionTimes = versionTimeline(count, [newestAgo], now, rng);
  const latestAt = versionTimes[count - 1] ?? now;

  const productionVersion =
    stage === 'production' ? Math.max(1, count - (rng.chance(0.5) ? 0 : rng.pick([1, 1, 2]))) : undefined;

  const versionIssues: Record<number, VersionIssue> = {};
  // A staging model serves its newest version, so only the others carry a pending or failed one.
  if (stage !== 'staging' && count !== productionVersion) {
    if (now - latestAt < DAY && rng.chance(0.4)) {
      versionIssues[count] = { status: 'pending', message: 'Waiting for the evaluation job to finish' };
    } else if (rng.chance(0.08)) {
      const column = rng.pick(domain.features);
      versionIssues[count] = {
        status: 'failed',
        message: `Registration failed: the model signature lacks the input column ${column}`,
      };
    }
  }
  const challengerVersion =
    productionVersion !== undefined && count > productionVersion && !versionIssues[count] && rng.chance(0.6)
      ? count
      : undefined;

  // A deploy follows its version by hours to days, and never lies in the future.
  const deployedAt = (createdAt: number): number =>
    Math.max(
      createdAt + 10 * MINUTE,
      Math.min(createdAt + rng.int(2, 72) * HOUR, now - rng.int(30, 120) * MINUTE),
    );
  const lastDeployedAt =
    productionVersion !== undefined
      ? deployedAt(versionTimes[productionVersion - 1] ?? latestAt)
      : stage === 'development'
        ? undefined
        : deployedAt(latestAt);

  const ownerHandle = rng.chance(0.5) ? (team.people[0] ?? '') : rng.pick(team.people);
  const framework = domain.task === 'ranking' && rng.chance(0.7) ? 'lightgbm' : rng.pick(FRAMEWORKS);
  const { health, openAlerts } = generatedHealth(stage, domain.task, domain.features, now, rng);
  const canary = challengerVersion !== undefined && rng.chance(0.5);

  return assemblePlan({
    index,
    name,
    team: domain.team,
    task: domain.task,
    stage,
    ownerHandle,
    framework,
    dataset: domain.dataset,
    sourceFile: `train/${domain.key.replaceAll('-', '_')}.py`,
    features: domain.features,
    tags: {
      domain: domain.tag,
      tier: rng.pick(['tier-1', 'tier-2', 'tier-2', 'tier-3', 'tier-3']),
      pii: String(rng.chance(0.35)),
      framework,
    },
    description: `${capitalize(domain.does)}. Trained with ${framework} on ${domain.dataset}.`,
    health,
    openAlerts,
    versionTimes,
    productionVersion,
    challengerVersion,
    versionIssues,
    lastDeployedAt,
    shipped:
      productionVersion !== undefined && lastDeployedAt !== undefined
        ? [{ version: productionVersion, at: lastDeployedAt }]
        : [],
    deployedBy: rng.pick([...team.people, ...PLATFORM_DEPLOYERS]),
    canary,
    shadow: !canary && productionVersion !== undefined && count > productionVersion && rng.chance(0.3),
    quality: rng.float(0.3, 0.9),
    errorScale: rng.float(1, 20),
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
