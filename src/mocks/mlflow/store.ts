import type { ModelTask } from '../../domain/model';
import { createRng } from '../fleet/prng';
import { TEAM_NAMES, TEAMS, type TeamName } from '../fleet/teams';
import { DAY, HOUR, MINUTE } from '../fleet/time';
import { modelTags } from './model-tags';
import { generateNames, type GeneratedName } from './names';

/** MLflow's deprecated stages, as it spells them. */
export type MlflowStage = 'None' | 'Staging' | 'Production' | 'Archived';
export type MlflowVersionStatus = 'READY' | 'PENDING_REGISTRATION' | 'FAILED_REGISTRATION';

export interface StoredVersion {
  name: string;
  version: number;
  creationTime: number;
  lastUpdatedTime: number;
  stage: MlflowStage;
  status: MlflowVersionStatus;
  statusMessage?: string;
  source: string;
  runId?: string;
  userId?: string;
  description?: string;
  tags: Record<string, string>;
}

export interface StoredModel {
  /** Position in the generated fleet: keys the seeded streams. */
  index: number;
  name: string;
  task: ModelTask;
  area: string;
  /** Undefined when the model carries no team tag. */
  team?: TeamName;
  creationTime: number;
  lastUpdatedTime: number;
  description?: string;
  tags: Record<string, string>;
  aliases: Map<string, number>;
  versions: StoredVersion[];
}

export interface MlflowStoreOptions {
  modelCount: number;
  seed: number;
  now: number;
}

export interface MlflowStore {
  options: MlflowStoreOptions;
  models: StoredModel[];
  byName: Map<string, StoredModel>;
  /** run id → the version it produced. */
  runs: Map<string, { model: StoredModel; version: StoredVersion }>;
}

/** How the team marks production: aliases (MLflow ≥ 2.3), the deprecated stages, or both. */
type Convention = 'aliases' | 'stages' | 'both';

function generateModel(entry: GeneratedName, index: number, options: MlflowStoreOptions): StoredModel {
  const { seed, now } = options;
  const rng = createRng(seed, 'mlflow-model', index);
  const team = rng.chance(0.06) ? undefined : rng.pick(TEAM_NAMES);
  const convention: Convention = rng.pick(['aliases', 'aliases', 'aliases', 'stages', 'stages', 'both']);
  const creationTime = now - rng.int(20, 720) * DAY - rng.int(0, 1439) * MINUTE;
  const count = rng.chance(0.03) ? 0 : rng.int(1, 8);
  const owner = team ? TEAMS[team].people[0] : 'ml-platform';
  const experimentId = String(1 + index);
  const versions: StoredVersion[] = [];
  for (let v = 1; v <= count; v++) {
    const span = now - 2 * HOUR - creationTime;
    const at = creationTime + Math.round((span * v) / (count + 1)) + rng.int(0, 120) * MINUTE;
    const runId = rng.chance(0.95) ? createRng(seed, 'mlflow-run', index, v).hex(32) : undefined;
    const newest = v === count;
    const status: MlflowVersionStatus =
      newest && rng.chance(0.04)
        ? 'PENDING_REGISTRATION'
        : rng.chance(0.03)
          ? 'FAILED_REGISTRATION'
          : 'READY';
    versions.push({
      name: entry.name,
      version: v,
      creationTime: at,
      lastUpdatedTime: at,
      stage: 'None',
      status,
      statusMessage:
        status === 'FAILED_REGISTRATION' ? 'Failed to copy model artifacts: AccessDenied' : undefined,
      source: runId
        ? `mlflow-artifacts:/${experimentId}/${runId}/artifacts/model`
        : `s3://ml-models/${entry.area}/v${v}`,
      runId,
      userId: rng.chance(0.5) ? owner : undefined,
      description: rng.chance(0.3)
        ? `Retrained on data up to ${new Date(at).toISOString().slice(0, 10)}.`
        : undefined,
      tags: rng.chance(0.25) ? { validation_status: rng.pick(['approved', 'pending']) } : {},
    });
  }
  const aliases = new Map<string, number>();
  const ready = versions.filter((v) => v.status === 'READY');
  const champion =
    ready.length > 0 && rng.chance(0.85)
      ? ready[rng.int(Math.max(0, ready.length - 2), ready.length - 1)]
      : undefined;
  const challenger = ready.at(-1) !== champion && rng.chance(0.6) ? ready.at(-1) : undefined;
  // Promotion happens a little after registration.
  if (champion) {
    const promotedAt = Math.min(now - HOUR, champion.creationTime + rng.int(1, 96) * HOUR);
    champion.lastUpdatedTime = Math.max(champion.creationTime, promotedAt);
  }
  if (convention !== 'stages') {
    if (champion) aliases.set('champion', champion.version);
    if (challenger) aliases.set('challenger', challenger.version);
  }
  if (convention !== 'aliases') {
    for (const v of versions)
      if (v.version < (champion?.version ?? 0) && rng.chance(0.7)) v.stage = 'Archived';
    if (champion) champion.stage = 'Production';
    if (challenger) challenger.stage = 'Staging';
    // A retired model: everything archived.
    if (!champion && versions.length > 0 && rng.chance(0.5)) for (const v of versions) v.stage = 'Archived';
  }
  const lastUpdatedTime = Math.max(creationTime, ...versions.map((v) => v.lastUpdatedTime));
  return {
    index,
    name: entry.name,
    task: entry.task,
    area: entry.area,
    team,
    creationTime,
    lastUpdatedTime,
    description: rng.chance(0.7) ? `Predicts ${entry.area.replaceAll('-', ' ')} outcomes.` : undefined,
    tags: modelTags(entry, team, rng),
    aliases,
    versions,
  };
}

/** A seeded, deterministic MLflow registry of `modelCount` models. */
export function createMlflowStore(options: MlflowStoreOptions): MlflowStore {
  const models = generateNames(options.seed, options.modelCount).map((entry, i) =>
    generateModel(entry, i, options),
  );
  const runs = new Map<string, { model: StoredModel; version: StoredVersion }>();
  for (const model of models)
    for (const version of model.versions) if (version.runId) runs.set(version.runId, { model, version });
  return { options, models, byName: new Map(models.map((m) => [m.name, m])), runs };
}
