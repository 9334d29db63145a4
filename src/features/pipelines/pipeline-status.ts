import { healthSeverity, type HealthStatus } from '../../domain/health';
import type { PipelineSummary } from '../../domain/pipelines/types';
import type { DatasetSummary } from '../../sources/pipelines-capability';
import { formatDuration } from '../../ui/format';

export interface PipelineHealth {
  status: HealthStatus;
  /** One word beside the icon. */
  word: string;
  /** Why, in words. */
  reason: string;
  /** Output age past the SLA, if late. */
  lateByMs?: number;
}

/** A pipeline's one status: its last run, then its freshness against its SLA, then its checks. */
export function pipelineHealth(pipeline: PipelineSummary, now: number): PipelineHealth {
  const run = pipeline.lastRun;
  const sla = pipeline.freshnessSlaMs;
  const age = pipeline.lastSuccessAt === undefined ? undefined : now - pipeline.lastSuccessAt;
  const late = sla !== undefined && (age === undefined || age > sla);
  const checks =
    pipeline.failedChecks > 0
      ? `, ${pipeline.failedChecks} failed check${pipeline.failedChecks === 1 ? '' : 's'}`
      : '';
  if (run?.state === 'failed')
    return { status: 'critical', word: 'Failed', reason: `Last run failed${checks}` };
  if (pipeline.failedChecks > 0)
    return { status: 'critical', word: 'Checks failed', reason: `Last run${checks.slice(1)}` };
  if (late)
    return {
      status: 'warning',
      word: 'Late',
      reason:
        age === undefined
          ? 'No successful run yet'
          : `Output ${formatDuration(age)} old, SLA ${formatDuration(sla)}`,
      lateByMs: age === undefined ? undefined : age - sla,
    };
  if (run?.state === 'running' || run?.state === 'queued')
    return {
      status: 'unknown',
      word: run.state === 'running' ? 'Running' : 'Queued',
      reason: 'Within its freshness SLA',
    };
  if (!run) return { status: 'unknown', word: 'Never run', reason: 'No run recorded' };
  return { status: 'healthy', word: 'Succeeded', reason: 'Fresh and passing its checks' };
}

/** Failures first, then late, then the rest by name. */
export function failuresFirst(pipelines: readonly PipelineSummary[], now: number): PipelineSummary[] {
  return [...pipelines].sort(
    (a, b) =>
      healthSeverity(pipelineHealth(b, now).status) - healthSeverity(pipelineHealth(a, now).status) ||
      a.name.localeCompare(b.name),
  );
}

/** Whether a dataset is older than its pipeline's freshness SLA. */
export function isStale(dataset: DatasetSummary, now: number): boolean {
  if (dataset.freshnessSlaMs === undefined || dataset.updatedAt === undefined) return false;
  return now - dataset.updatedAt > dataset.freshnessSlaMs;
}
