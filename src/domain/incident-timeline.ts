import type { AlertInterval } from './alert';
import type { IncidentDetail, TimelineEvent } from './incident';

const STATUS_WORDS = {
  investigating: 'Investigating',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
} as const;

/**
 * One timeline for an investigation: what the operations backend recorded
 * (deploys, rollouts, drift crossings, anomalies), what fired and resolved
 * (from the alerts source), and what people wrote, in time order. Events at
 * the same instant keep cause before effect: a deploy before the alert it set off.
 */
export function buildIncidentTimeline(
  incident: IncidentDetail,
  alerts: readonly AlertInterval[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [...incident.events];
  for (const alert of alerts) {
    const where = alert.deployment ?? alert.model ?? '';
    events.push({
      id: `alert-${alert.name}-${alert.from}`,
      at: alert.from,
      kind: 'alert-firing',
      title: `${alert.name} fired`,
      detail: where ? `on ${where}` : undefined,
      severity: alert.severity === 'info' ? 'info' : alert.severity,
    });
    if (alert.to !== undefined) {
      events.push({
        id: `alert-${alert.name}-${alert.to}-resolved`,
        at: alert.to,
        kind: 'alert-resolved',
        title: `${alert.name} resolved`,
        severity: 'info',
      });
    }
  }
  for (const note of incident.notes) {
    if (note.statusChange) {
      events.push({
        id: `status-${note.id}`,
        at: note.createdAt,
        kind: 'status',
        title: `${STATUS_WORDS[note.statusChange.to]} (was ${STATUS_WORDS[note.statusChange.from].toLowerCase()})`,
        detail: `by ${note.author}`,
      });
    }
    if (note.body.trim()) {
      events.push({
        id: `note-${note.id}`,
        at: note.createdAt,
        kind: 'note',
        title: `Note by ${note.author}`,
        detail: note.body,
      });
    }
  }
  const order = (e: TimelineEvent): number => KIND_ORDER.indexOf(e.kind);
  return events.sort((a, b) => a.at - b.at || order(a) - order(b) || a.id.localeCompare(b.id));
}

const KIND_ORDER: TimelineEvent['kind'][] = [
  'deploy',
  'traffic-shift',
  'rollback',
  'drift',
  'anomaly',
  'alert-firing',
  'alert-resolved',
  'status',
  'note',
];
