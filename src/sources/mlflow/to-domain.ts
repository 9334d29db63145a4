import { isHealthStatus, type Health } from '../../domain/health';
import {
  MODEL_TASKS,
  type ModelDetail,
  type ModelStage,
  type ModelSummary,
  type ModelTask,
} from '../../domain/model';
import type { MlflowOptions } from './options';
import type { ModelVersionWire, RegisteredModelWire, TagListWire } from './schemas';

export type MappingOptions = Pick<
  MlflowOptions,
  | 'teamTag'
  | 'ownerTag'
  | 'taskTag'
  | 'defaultTask'
  | 'healthTag'
  | 'healthReasonTag'
  | 'productionAlias'
  | 'stagingAlias'
>;

/** The team of a model without a team tag: a value the team filter can still offer. */
export const UNASSIGNED_TEAM = 'Unassigned';
export const NO_HEALTH_REASON = 'No health data: MLflow records none';

export function tagRecord(tags: TagListWire): Record<string, string> {
  return Object.fromEntries(tags.map((tag) => [tag.key, tag.value]));
}

const TASK_WORDS: Record<string, ModelTask> = {
  classifier: 'classification',
  binary_classification: 'classification',
  multiclass_classification: 'classification',
  regressor: 'regression',
  ranker: 'ranking',
  learning_to_rank: 'ranking',
};

/** The task tag, or the configured default when a model has none or an unknown word. */
function taskOf(value: string | undefined, fallback: ModelTask): ModelTask {
  const word = value?.trim().toLowerCase().replaceAll('-', '_') ?? '';
  if ((MODEL_TASKS as readonly string[]).includes(word)) return word as ModelTask;
  return TASK_WORDS[word] ?? fallback;
}

/** Health as the team's monitoring wrote it into tags; MLflow itself has none. */
export function healthOf(tags: Record<string, string>, options: MappingOptions): Health {
  const value = tags[options.healthTag]?.trim().toLowerCase();
  const reason = tags[options.healthReasonTag]?.trim();
  if (value === undefined || value === '') return { status: 'unknown', reason: NO_HEALTH_REASON };
  if (!isHealthStatus(value)) {
    return {
      status: 'unknown',
      reason: `The ${options.healthTag} tag holds "${value}", not a health status.`,
    };
  }
  return { status: value, reason: reason || `Marked ${value} by the ${options.healthTag} tag in MLflow.` };
}

const byVersionDesc = (a: { version: string }, b: { version: string }): number =>
  Number(b.version) - Number(a.version);

/** The newest version whose deprecated stage is `stage`, among `latest_versions`. */
function latestInStage(model: RegisteredModelWire, stage: string): ModelVersionWire | undefined {
  return model.latest_versions.filter((v) => v.current_stage?.toLowerCase() === stage).sort(byVersionDesc)[0];
}

function aliasVersion(model: RegisteredModelWire, alias: string): string | undefined {
  return model.aliases.find((a) => a.alias === alias)?.version;
}

/**
 * Aliases first (the current MLflow way), then the deprecated stages: the
 * production alias, else the newest `Production` version, is production.
 */
export function stageOfModel(
  model: RegisteredModelWire,
  options: MappingOptions,
): { stage: ModelStage; productionVersion?: string } {
  const production =
    aliasVersion(model, options.productionAlias) ?? latestInStage(model, 'production')?.version;
  if (production !== undefined) return { stage: 'production', productionVersion: production };
  if (aliasVersion(model, options.stagingAlias) ?? latestInStage(model, 'staging'))
    return { stage: 'staging' };
  const stages = model.latest_versions.map((v) => v.current_stage?.toLowerCase());
  if (stages.length > 0 && stages.every((s) => s === 'archived')) return { stage: 'archived' };
  return { stage: 'development' };
}

export function toModelSummary(model: RegisteredModelWire, options: MappingOptions): ModelSummary {
  const tags = tagRecord(model.tags);
  const { stage, productionVersion } = stageOfModel(model, options);
  const versions = [...model.latest_versions].sort(byVersionDesc);
  const newest = Math.max(
    0,
    ...versions.map((v) => Number(v.version)),
    ...model.aliases.map((a) => Number(a.version)),
  );
  const production = versions.find((v) => v.version === productionVersion);
  return {
    name: model.name,
    team: tags[options.teamTag]?.trim() || UNASSIGNED_TEAM,
    owner: tags[options.ownerTag]?.trim() || versions[0]?.user_id || model.user_id || '',
    task: taskOf(tags[options.taskTag], options.defaultTask),
    stage,
    productionVersion,
    aliases: model.aliases.map((a) => ({ alias: a.alias, version: a.version })),
    latestVersion: newest > 0 ? String(newest) : '',
    health: healthOf(tags, options),
    // MLflow records no deployments: the production version's last update (a stage transition) stands in.
    lastDeployedAt: production?.last_updated_timestamp,
    // Alerts come from the alerts capability, never from the registry.
    openAlerts: 0,
    tags,
    createdAt: model.creation_timestamp,
    updatedAt: model.last_updated_timestamp,
  };
}

/** `production` is the production version fetched on its own, when `latest_versions` did not carry it. */
export function toModelDetail(
  model: RegisteredModelWire,
  options: MappingOptions,
  production?: ModelVersionWire,
): ModelDetail {
  const summary = toModelSummary(model, options);
  const lastDeployedAt =
    summary.lastDeployedAt ??
    (production?.version === summary.productionVersion ? production?.last_updated_timestamp : undefined);
  return { ...summary, lastDeployedAt, description: model.description ?? '' };
}
