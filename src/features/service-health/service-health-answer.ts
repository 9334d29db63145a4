import type { HealthStatus } from '../../domain/health';
import type { ObjectiveStatus } from '../../domain/slo';
import { formatObjectiveCurrent } from './objectives-table';

const SIGNAL_WORDS: Record<ObjectiveStatus['signal'], string> = {
  latency_p95: 'p95 latency',
  latency_p99: 'p99 latency',
  error_rate: 'error rate',
};

/** The first sentence of the service health view: the status and the reason, in words. */
export function serviceHealthAnswer(
  model: string,
  rows: { objective: ObjectiveStatus; health: { status: HealthStatus; reason: string } }[],
): string {
  const bad = rows.filter((r) => r.health.status === 'critical' || r.health.status === 'warning');
  if (bad.length === 0) return `${model} meets all ${rows.length} of its objectives.`;
  const worst = bad.find((r) => r.health.status === 'critical') ?? bad[0];
  if (!worst) return `${model} meets all ${rows.length} of its objectives.`;
  const what = `${SIGNAL_WORDS[worst.objective.signal]} (now ${formatObjectiveCurrent(worst.objective)})`;
  return `${bad.length} of ${rows.length} objectives of ${model} need attention: ${what}: ${worst.health.reason.toLowerCase()}.`;
}
