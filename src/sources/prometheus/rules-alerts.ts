import type { Alert } from '../../domain/alert';
import { alertTarget, toSeverity, type AlertLabelNames } from '../alertmanager/alert-labels';
import type { RulesAlertWire } from './schemas';

/** FNV-1a over the sorted label set: a stable id, like Alertmanager's fingerprint, without one from the server. */
export function labelsFingerprint(labels: Record<string, string>): string {
  const text = Object.keys(labels)
    .sort()
    .map((name) => `${name}\u0000${labels[name] ?? ''}`)
    .join('\u0001');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * `/api/v1/alerts` → domain alerts. Only firing ones: a pending alert has not
 * held for its rule's `for:` yet. Prometheus knows nothing of silences.
 */
export function toRuleAlerts(
  wire: readonly RulesAlertWire[],
  names: AlertLabelNames,
  baseUrl: string,
): Alert[] {
  return wire
    .filter((a) => a.state === 'firing')
    .map((a) => ({
      id: labelsFingerprint(a.labels),
      name: a.labels.alertname ?? 'unnamed alert',
      severity: toSeverity(a.labels[names.severity]),
      state: 'firing' as const,
      summary: a.annotations.summary ?? a.annotations.description ?? a.labels.alertname ?? '',
      description: a.annotations.description,
      ...alertTarget(a.labels, names),
      startsAt: Date.parse(a.activeAt),
      labels: a.labels,
      url: `${baseUrl}/alerts`,
      silencedBy: [],
    }));
}
