import type { Alert, AlertSeverity } from './alert';
import type { Incident } from './incident';

/** One alert rule firing for one model, however many instances (pods, objectives) it fires on. */
export interface AlertGroup {
  /** Stable identity: the rule's name and the model (or deployment) it fires for. */
  key: string;
  name: string;
  model?: string;
  deployment?: string;
  /** The worst severity among its alerts. */
  severity: AlertSeverity;
  /** The group's alerts, worst and latest first; never empty. */
  alerts: [Alert, ...Alert[]];
  /** When the first of them started. */
  startsAt: number;
  /** The open incident on the same model, if one is being worked. */
  incident?: Pick<Incident, 'id' | 'title'>;
}

const RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

/** Worst first, then the most recent: the order a person triages in. */
function compareAlerts(a: Alert, b: Alert): number {
  return RANK[a.severity] - RANK[b.severity] || b.startsAt - a.startsAt || a.id.localeCompare(b.id);
}

function groupKey(alert: Alert): string {
  return `${alert.name}\u0000${alert.model ?? alert.deployment ?? ''}`;
}

/**
 * The open incident an alert group belongs to: the latest-started one on the
 * same model, unless both name a deployment and the deployments differ.
 */
export function incidentFor(
  group: Pick<AlertGroup, 'model' | 'deployment'>,
  incidents: readonly Incident[],
): Incident | undefined {
  if (!group.model) return undefined;
  return incidents
    .filter(
      (i) =>
        i.status !== 'resolved' &&
        i.model === group.model &&
        !(i.deploymentId && group.deployment && i.deploymentId !== group.deployment),
    )
    .sort((a, b) => b.startedAt - a.startedAt || a.id.localeCompare(b.id))[0];
}

/**
 * Firing alerts, one group per alert name and model: a rule that fires on six
 * pods is one thing to look at, not six. Groups come worst first, then the
 * largest, then the most recent.
 */
export function groupAlerts(alerts: readonly Alert[], openIncidents: readonly Incident[] = []): AlertGroup[] {
  const byKey = new Map<string, Alert[]>();
  for (const alert of alerts) {
    if (alert.state !== 'firing') continue;
    const key = groupKey(alert);
    const members = byKey.get(key);
    if (members) members.push(alert);
    else byKey.set(key, [alert]);
  }
  const groups = [...byKey].flatMap(([key, members]): AlertGroup[] => {
    const [first, ...rest] = [...members].sort(compareAlerts);
    if (!first) return [];
    const sorted: AlertGroup['alerts'] = [first, ...rest];
    const group: AlertGroup = {
      key,
      name: first.name,
      model: first.model,
      deployment: first.deployment,
      severity: first.severity,
      alerts: sorted,
      startsAt: Math.min(...sorted.map((a) => a.startsAt)),
    };
    const incident = incidentFor(group, openIncidents);
    return [incident ? { ...group, incident: { id: incident.id, title: incident.title } } : group];
  });
  return groups.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      b.alerts.length - a.alerts.length ||
      b.startsAt - a.startsAt ||
      a.key.localeCompare(b.key),
  );
}

/** Labels that say nothing the row does not already show (so do the model and deployment it names). */
const SHOWN_ELSEWHERE = new Set(['alertname', 'severity']);

/**
 * What an alert says about itself: its summary, else its description, or,
 * when it carries neither (a rule without annotations, whose summary is only
 * its name), its labels, so the row never reads as an empty line.
 */
export function alertDetail(
  alert: Alert,
): { kind: 'text'; text: string } | { kind: 'labels'; labels: [string, string][] } {
  const text = [alert.summary, alert.description ?? '']
    .map((t) => t.trim())
    .find((t) => t !== '' && t !== alert.name);
  if (text !== undefined) return { kind: 'text', text };
  const labels = Object.entries(alert.labels)
    .filter(
      ([name, value]) =>
        !SHOWN_ELSEWHERE.has(name) &&
        !(name === 'model' && value === alert.model) &&
        !(name === 'deployment' && value === alert.deployment),
    )
    .sort(([a], [b]) => a.localeCompare(b));
  return { kind: 'labels', labels };
}
