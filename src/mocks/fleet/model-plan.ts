import type { Health } from '../../domain/health';
import type { ModelAlias, ModelDetail, ModelStage, ModelTask } from '../../domain/model';
import type { Rng } from './prng';
import { emailOf, type TeamName } from './teams';
import { DAY, HOUR } from './time';
import type { Framework } from './training-params';

export interface VersionIssue {
  status: 'pending' | 'failed';
  message: string;
}

/**
 * Everything the demo knows about one model before its versions, runs and
 * deployments are generated: the summary row plus the few facts those need to
 * agree with it. Small, so a 10,000-model fleet can keep all of them.
 */
export interface ModelPlan {
  index: number;
  model: ModelDetail;
  team: TeamName;
  ownerHandle: string;
  framework: Framework;
  dataset: string;
  sourceFile: string;
  features: readonly string[];
  /** Creation times of versions 1…n, oldest first. */
  versionTimes: readonly number[];
  productionVersion?: number;
  challengerVersion?: number;
  versionIssues: Readonly<Record<number, VersionIssue>>;
  /** Arrivals in production, for "recently shipped". */
  shipped: readonly { version: number; at: number }[];
  deployedBy: string;
  canary: boolean;
  shadow: boolean;
  /** 0–1: how good the newest version's evaluation metrics are. */
  quality: number;
  /** Size of regression errors in the target's unit. */
  errorScale: number;
}

export interface PlanInput extends Omit<ModelPlan, 'model'> {
  name: string;
  task: ModelTask;
  stage: ModelStage;
  tags: Record<string, string>;
  description: string;
  health: Health;
  openAlerts: number;
  lastDeployedAt?: number;
}

/** The summary row follows from the plan, so it can never disagree with the versions. */
export function assemblePlan(input: PlanInput): ModelPlan {
  const { name, task, stage, tags, description, health, openAlerts, lastDeployedAt, ...plan } = input;
  const latest = input.versionTimes.length;
  const aliases: ModelAlias[] = [];
  if (input.productionVersion) aliases.push({ alias: 'champion', version: String(input.productionVersion) });
  if (input.challengerVersion)
    aliases.push({ alias: 'challenger', version: String(input.challengerVersion) });
  const createdAt = input.versionTimes[0] ?? 0;
  const latestAt = input.versionTimes[latest - 1] ?? createdAt;
  const model: ModelDetail = {
    name,
    team: input.team,
    owner: emailOf(input.ownerHandle),
    task,
    stage,
    productionVersion: input.productionVersion ? String(input.productionVersion) : undefined,
    aliases,
    latestVersion: String(latest),
    health,
    lastDeployedAt,
    openAlerts,
    tags,
    createdAt,
    updatedAt: Math.max(latestAt, lastDeployedAt ?? 0),
    description,
  };
  return { ...plan, model };
}

/**
 * Version creation times, oldest first. The newest ones sit at the given ages;
 * older ones are spaced 3–21 days apart, like retraining on a loose cadence.
 */
export function versionTimeline(
  count: number,
  newestAgos: readonly number[],
  now: number,
  rng: Rng,
): number[] {
  const times: number[] = [];
  let previous = now;
  for (let k = 0; k < count; k++) {
    const pinned = newestAgos[k];
    const at = pinned === undefined ? previous - rng.int(3, 21) * DAY - rng.int(0, 23) * HOUR : now - pinned;
    times.unshift(at);
    previous = at;
  }
  return times;
}
