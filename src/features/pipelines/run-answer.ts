import type { PipelineDetail } from '../../domain/pipelines/types';
import type { RunStep } from './run-model';

/** The run page's first sentence: where it failed and why, what it skipped, what it feeds. */
export function runAnswer(pipeline: PipelineDetail, steps: readonly RunStep[]): string {
  const failed = steps.filter((s) => s.run?.state === 'failed' || s.health.status === 'critical');
  const skipped = steps.filter((s) => s.health.word === 'Skipped').length;
  const feeds = pipeline.models.length ? ` It feeds ${pipeline.models.join(', ')}.` : '';
  const first = failed[0];
  if (first) {
    const check = first.run?.checks.find((c) => c.result === 'fail');
    const why = check ? `: ${check.name} expected ${check.expected}, observed ${check.observed}` : '';
    const more = failed.length > 1 ? ` and ${failed.length - 1} more` : '';
    const skip = skipped ? ` ${skipped} step${skipped === 1 ? '' : 's'} skipped downstream.` : '';
    return `Failed at ${first.name}${more}${why}.${skip}${feeds}`;
  }
  const late = steps.find((s) => s.health.word === 'Late');
  if (late) return `Late: ${late.health.reasons[0] ?? 'past its freshness SLA'}.${feeds}`;
  const running = steps.find((s) => s.run?.state === 'running');
  if (running) return `Running: ${running.name} ${running.duration ?? ''}.`.replace(' .', '.') + feeds;
  return `All ${steps.length} steps succeeded and passed their checks.${feeds}`;
}
