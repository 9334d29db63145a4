import type { DatasetVersion, TrainingRun } from '../../domain/lineage';
import type { ModelPlan } from './model-plan';
import { createRng } from './prng';
import { encodeRunId } from './run-id';
import { TEAMS } from './teams';
import { isoDay, MINUTE } from './time';
import { trainingMetrics, trainingParams } from './training-params';

export function experimentIdOf(plan: ModelPlan): string {
  return String(100 + plan.index);
}

/** When a version's run trained: it ends minutes before the version is registered. */
export function runTiming(
  plan: ModelPlan,
  version: number,
  seed: number,
): { startedAt: number; endedAt: number } {
  const rng = createRng(seed, 'run-time', plan.index, version);
  const registeredAt = plan.versionTimes[version - 1] ?? 0;
  const endedAt = registeredAt - rng.int(5, 90) * MINUTE;
  return { startedAt: endedAt - rng.int(20, 300) * MINUTE, endedAt };
}

/** The training dataset version a run read; the fleet summary names it without generating the run. */
export function trainingDataset(plan: ModelPlan, version: number, seed: number): DatasetVersion {
  return datasetVersion(plan, version, seed, 'training');
}

function datasetVersion(
  plan: ModelPlan,
  version: number,
  seed: number,
  context: 'training' | 'validation',
): DatasetVersion {
  const rng = createRng(seed, 'dataset', plan.index, version, context);
  const baseRows = createRng(seed, 'rows', plan.index).int(50_000, 5_000_000);
  const trainingRows = Math.round(baseRows * (1 + 0.04 * version));
  const snapshot = isoDay(runTiming(plan, version, seed).startedAt);
  const name = context === 'training' ? plan.dataset : `${plan.dataset}_holdout`;
  const bucket = `sightline-${TEAMS[plan.team].slug}-features`;
  return {
    name,
    digest: rng.hex(rng.int(8, 12)),
    source: `s3://${bucket}/${name}/snapshot=${snapshot}/part-00000.parquet`,
    context,
    rows: context === 'training' ? trainingRows : Math.round(trainingRows * 0.2),
  };
}

/** The run behind one version; its metrics and params are the version's too. */
export function generateRun(plan: ModelPlan, version: number, seed: number): TrainingRun {
  const rng = createRng(seed, 'run', plan.index, version, 'body');
  const { startedAt, endedAt } = runTiming(plan, version, seed);
  // Each retraining is a little better than the last; `plan.quality` is the newest version's.
  const quality = plan.quality - 0.012 * (plan.versionTimes.length - version) + rng.float(-0.02, 0.02);
  const stem = plan.sourceFile.replace(/^.*\//, '').replace(/\.py$/, '');
  return {
    id: encodeRunId(seed, plan.index, version),
    name: `train-${stem.replaceAll('_', '-')}-${isoDay(startedAt).replaceAll('-', '')}`,
    experimentId: experimentIdOf(plan),
    user: rng.chance(0.3) ? 'airflow' : plan.ownerHandle,
    status: plan.versionIssues[version]?.status === 'failed' ? 'failed' : 'finished',
    startedAt,
    endedAt,
    params: trainingParams(plan.framework, plan.model.task, rng),
    metrics: trainingMetrics(plan.model.task, quality, plan.errorScale, rng),
    datasets: [
      datasetVersion(plan, version, seed, 'training'),
      datasetVersion(plan, version, seed, 'validation'),
    ],
    codeCommit: rng.hex(40),
    sourceFile: plan.sourceFile,
    sourceType: 'JOB',
  };
}
