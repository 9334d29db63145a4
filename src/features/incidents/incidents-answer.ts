import type { Incident } from '../../domain/incident';
import { formatDuration } from '../../ui/format';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The incidents page opens with its answer: how many, in what state, for how long. */
export function incidentsAnswer(incidents: readonly Incident[], now: number): string {
  const open = incidents.filter((i) => i.status !== 'resolved');
  const resolved = incidents.filter((i) => i.resolvedAt !== undefined);
  const parts: string[] = [];
  if (open.length > 0) {
    const investigating = open.filter((i) => i.status === 'investigating').length;
    const oldest = Math.min(...open.map((i) => i.startedAt));
    parts.push(
      `${plural(open.length, 'incident is', 'incidents are')} open (${investigating} investigating, ${open.length - investigating} mitigated); the oldest for ${formatDuration(now - oldest)}.`,
    );
  }
  if (resolved.length > 0) {
    const durations = resolved.map((i) => (i.resolvedAt ?? now) - i.startedAt).sort((a, b) => a - b);
    const median = durations[Math.floor((durations.length - 1) / 2)] ?? 0;
    parts.push(
      `${plural(resolved.length, 'incident was', 'incidents were')} resolved, in ${formatDuration(median)} at the median.`,
    );
  }
  return parts.join(' ');
}
