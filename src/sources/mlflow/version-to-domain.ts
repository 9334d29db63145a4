import type { ModelStage, ModelVersion, VersionStatus } from '../../domain/model';
import { latestMetrics } from './run-to-domain';
import type { ModelVersionWire, RunWire } from './schemas';
import { tagRecord, type MappingOptions } from './to-domain';

const VERSION_STATUS: Record<ModelVersionWire['status'], VersionStatus> = {
  READY: 'ready',
  PENDING_REGISTRATION: 'pending',
  FAILED_REGISTRATION: 'failed',
};

const STAGE_NAMES: Record<string, ModelStage> = {
  production: 'production',
  staging: 'staging',
  archived: 'archived',
};

/** Aliases first (the current MLflow way), then the deprecated `current_stage`. */
export function stageOfVersion(version: ModelVersionWire, options: MappingOptions): ModelStage {
  if (version.aliases.includes(options.productionAlias)) return 'production';
  if (version.aliases.includes(options.stagingAlias)) return 'staging';
  return STAGE_NAMES[version.current_stage?.toLowerCase() ?? ''] ?? 'development';
}

/** A version, with the metrics and params of its run when the run was fetched. */
export function toModelVersion(
  version: ModelVersionWire,
  options: MappingOptions,
  run?: RunWire,
): ModelVersion {
  return {
    modelName: version.name,
    version: version.version,
    stage: stageOfVersion(version, options),
    status: VERSION_STATUS[version.status],
    statusMessage: version.status_message || undefined,
    aliases: version.aliases,
    description: version.description ?? '',
    createdAt: version.creation_timestamp,
    updatedAt: version.last_updated_timestamp,
    runId: version.run_id || undefined,
    source: version.source || undefined,
    metrics: run ? latestMetrics(run) : {},
    params: run ? tagRecord(run.data.params) : {},
    tags: tagRecord(version.tags),
  };
}
