import type { TrainingRun } from '../../../domain/lineage';
import type { ModelDetail, ModelVersion } from '../../../domain/model';
import { SEED_END_MS } from '../../../../scripts/backends/story.mjs';
import type { StoryModel } from '../../fleet/story-model';
import { STORY_MODELS } from '../../fleet/story';
import { emailOf } from '../../fleet/teams';

/**
 * Registry facts, as domain objects, that the parity tests serve as the Sightline contract and
 * as MLflow to check that both sources map them back to the same objects. Who the models are
 * comes from the demo's story (fleet/story.ts); their versions are written out here, at the
 * instant the demo's test clock and the real backends' story (scripts/backends/story.mjs) end.
 */

export const FACTS_NOW = SEED_END_MS;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How the registry marks production: aliases (MLflow ≥ 2.3) or the deprecated stages. */
export type Convention = 'aliases' | 'stages';

export interface ModelFacts {
  model: ModelDetail;
  /** Newest first. */
  versions: ModelVersion[];
  /** The run behind each version that has one. */
  runs: TrainingRun[];
  convention: Convention;
}

function story(name: string): StoryModel {
  const found = STORY_MODELS.find((s) => s.name === name);
  if (!found) throw new Error(`The demo's story has no model "${name}".`);
  return found;
}

const runId = (model: string, version: number): string =>
  `${model.replaceAll('-', '').slice(0, 8)}${String(version).padStart(4, '0')}`.padEnd(32, '0');

interface VersionPlan {
  version: number;
  stage: ModelVersion['stage'];
  aliases?: string[];
  createdAgo: number;
  /** A promotion changes the version after it was registered. */
  updatedAgo?: number;
  status?: ModelVersion['status'];
  statusMessage?: string;
  auc?: number;
}

function versionFacts(s: StoryModel, plan: VersionPlan): { version: ModelVersion; run?: TrainingRun } {
  const createdAt = FACTS_NOW - plan.createdAgo;
  const id = plan.status === 'failed' ? undefined : runId(s.name, plan.version);
  const metrics: Record<string, number> =
    s.task === 'regression'
      ? { rmse: 11.5 - plan.version / 4, mae: 7.25 }
      : { auc: plan.auc ?? 0.87, f1: 0.71 };
  const params = { learning_rate: '0.05', max_depth: String(4 + (plan.version % 5)) };
  const version: ModelVersion = {
    modelName: s.name,
    version: String(plan.version),
    stage: plan.stage,
    status: plan.status ?? 'ready',
    statusMessage: plan.statusMessage,
    aliases: plan.aliases ?? [],
    description: `Retrained on ${s.dataset} up to ${new Date(createdAt).toISOString().slice(0, 10)}.`,
    createdAt,
    updatedAt: FACTS_NOW - (plan.updatedAgo ?? plan.createdAgo),
    runId: id,
    source: id
      ? `mlflow-artifacts:/${s.name}/${id}/artifacts/model`
      : `s3://ml-models/${s.name}/v${plan.version}`,
    metrics: id ? metrics : {},
    params: id ? params : {},
    tags: plan.stage === 'production' ? { validation_status: 'approved' } : {},
  };
  if (!id) return { version };
  const endedAt = createdAt - 20 * MINUTE;
  return {
    version,
    run: {
      id,
      name: `${s.name}-v${plan.version}`,
      experimentId: '7',
      user: s.owner,
      status: 'finished',
      startedAt: endedAt - 2 * HOUR,
      endedAt,
      params,
      metrics,
      datasets: [
        {
          name: s.dataset,
          digest: `d${plan.version}`.padEnd(8, '0'),
          source: `s3://features/${s.dataset}/snapshot=${new Date(endedAt).toISOString().slice(0, 10)}/`,
          context: 'training',
          rows: 120_000 + plan.version,
        },
      ],
      codeCommit: `${plan.version}`.padEnd(40, 'c'),
      sourceFile: s.sourceFile,
      sourceType: 'JOB',
    },
  };
}

function modelFacts(
  name: string,
  convention: Convention,
  plans: VersionPlan[],
  extra: { createdAgo: number; openAlerts: number },
): ModelFacts {
  const s = story(name);
  const built = plans.map((plan) => versionFacts(s, plan));
  const versions = built.map((b) => b.version).sort((a, b) => Number(b.version) - Number(a.version));
  const production = versions.find((v) => v.stage === 'production');
  if (production?.version !== String(s.productionVersion))
    throw new Error(
      `${name}: the facts put v${production?.version} in production, the story v${s.productionVersion}.`,
    );
  const model: ModelDetail = {
    name,
    team: s.team,
    owner: emailOf(s.owner),
    task: s.task,
    // Every model of the demo's story has a production version.
    stage: 'production',
    productionVersion: production.version,
    aliases: versions.flatMap((v) => v.aliases.map((alias) => ({ alias, version: v.version }))),
    latestVersion: versions[0]?.version ?? '',
    health: s.health(FACTS_NOW),
    // The last change to production: its promotion.
    lastDeployedAt: production.updatedAt,
    openAlerts: extra.openAlerts,
    tags: { domain: s.tags.domain, tier: s.tags.tier, pii: String(s.tags.pii) },
    createdAt: FACTS_NOW - extra.createdAgo,
    updatedAt: Math.max(...versions.map((v) => v.updatedAt)),
    description: s.description,
  };
  return { model, versions, runs: built.flatMap((b) => (b.run ? [b.run] : [])), convention };
}

/**
 * Three models, one per way a registry marks production:
 * - dynamic-pricing: aliases, production (champion) older than the newest version (challenger);
 * - churn-predictor: the deprecated stages, one version in each;
 * - credit-approval: aliases, the newest version in production and an older one that failed.
 */
export const MODEL_FACTS: readonly ModelFacts[] = [
  modelFacts(
    'dynamic-pricing',
    'aliases',
    [
      { version: 12, stage: 'development', createdAgo: 30 * DAY },
      {
        version: 13,
        stage: 'production',
        aliases: ['champion'],
        createdAgo: 16 * DAY,
        updatedAgo: 2 * DAY - HOUR,
      },
      { version: 14, stage: 'staging', aliases: ['challenger'], createdAgo: 2 * DAY + 6 * HOUR },
    ],
    { createdAgo: 400 * DAY, openAlerts: 0 },
  ),
  modelFacts(
    'churn-predictor',
    'stages',
    [
      { version: 5, stage: 'archived', createdAgo: 60 * DAY, updatedAgo: 26 * DAY },
      { version: 6, stage: 'production', createdAgo: 26 * DAY, updatedAgo: 24 * DAY, auc: 0.81 },
      { version: 7, stage: 'staging', createdAgo: 3 * DAY, auc: 0.84 },
    ],
    { createdAgo: 300 * DAY, openAlerts: 2 },
  ),
  modelFacts(
    'credit-approval',
    'aliases',
    [
      {
        version: 4,
        stage: 'development',
        createdAgo: 40 * DAY,
        status: 'failed',
        statusMessage: 'Failed to copy model artifacts: AccessDenied',
      },
      { version: 5, stage: 'production', aliases: ['champion'], createdAgo: 33 * DAY, updatedAgo: 31 * DAY },
    ],
    { createdAgo: 500 * DAY, openAlerts: 1 },
  ),
];
