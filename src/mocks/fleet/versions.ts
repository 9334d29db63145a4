import type { ModelStage, ModelVersion } from '../../domain/model';
import type { ModelPlan } from './model-plan';
import { experimentIdOf, generateRun } from './runs';
import { formatDay } from './time';

/**
 * Stage of one version, as MLflow's stages would have it: the champion is in
 * production, the ones it replaced are archived, newer ones wait in staging
 * (the newest) or development.
 */
function versionStage(plan: ModelPlan, version: number): ModelStage {
  const latest = plan.versionTimes.length;
  const production = plan.productionVersion;
  if (plan.model.stage === 'archived') return 'archived';
  if (production === undefined) {
    return plan.model.stage === 'staging' && version === latest ? 'staging' : 'development';
  }
  if (version === production) return 'production';
  if (version < production) return 'archived';
  return version === latest ? 'staging' : 'development';
}

/** All versions of a model, newest first, consistent with its summary row. */
export function generateVersions(plan: ModelPlan, seed: number): ModelVersion[] {
  const versions: ModelVersion[] = [];
  for (let version = plan.versionTimes.length; version >= 1; version--) {
    const run = generateRun(plan, version, seed);
    const createdAt = plan.versionTimes[version - 1] ?? 0;
    const stage = versionStage(plan, version);
    const issue = plan.versionIssues[version];
    const aliases = plan.model.aliases.filter((a) => a.version === String(version)).map((a) => a.alias);
    const promotedAt = stage === 'production' ? plan.model.lastDeployedAt : undefined;
    versions.push({
      modelName: plan.model.name,
      version: String(version),
      stage,
      status: issue?.status ?? 'ready',
      statusMessage: issue?.message,
      aliases,
      description: `Retrained on ${plan.dataset} as of ${formatDay(run.startedAt)}.`,
      createdAt,
      updatedAt: Math.max(createdAt, promotedAt ?? createdAt),
      runId: run.id,
      source: `s3://sightline-mlflow-artifacts/${experimentIdOf(plan)}/${run.id}/artifacts/model`,
      metrics: run.metrics,
      params: run.params,
      tags: { validation: issue?.status === 'failed' ? 'failed' : issue ? 'pending' : 'passed' },
    });
  }
  return versions;
}
