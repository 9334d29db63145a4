import type { Alert, Silence } from '../../domain/alert';
import { alertTarget, toSeverity, type AlertLabelNames } from './alert-labels';
import type { GettableAlertWire, GettableSilenceWire } from './schemas';

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;
const SILENCE_ORDER = { active: 0, pending: 1, expired: 2 } as const;

/**
 * An Alertmanager alert in domain words. Alertmanager's `suppressed` covers
 * silenced and inhibited alerts; `unprocessed` ones have just arrived and are
 * firing. `endsAt` of a firing alert is only when it would time out, not an
 * end, so it is left out.
 */
export function toAlert(wire: GettableAlertWire, names: AlertLabelNames): Alert {
  const { labels, annotations } = wire;
  return {
    id: wire.fingerprint,
    name: labels.alertname ?? 'unnamed alert',
    severity: toSeverity(labels[names.severity]),
    state: wire.status.state === 'suppressed' ? 'suppressed' : 'firing',
    summary: annotations.summary ?? annotations.message ?? annotations.description ?? labels.alertname ?? '',
    description: annotations.description,
    ...alertTarget(labels, names),
    startsAt: Date.parse(wire.startsAt),
    labels,
    url: wire.generatorURL || undefined,
    silencedBy: wire.status.silencedBy,
  };
}

/** Most severe first, then the longest firing. */
export function toAlerts(wire: readonly GettableAlertWire[], names: AlertLabelNames): Alert[] {
  return wire
    .map((a) => toAlert(a, names))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.startsAt - b.startsAt ||
        a.id.localeCompare(b.id),
    );
}

export function toSilence(wire: GettableSilenceWire): Silence {
  return {
    id: wire.id,
    matchers: wire.matchers.map((m) => ({
      name: m.name,
      value: m.value,
      isRegex: m.isRegex,
      isEqual: m.isEqual,
    })),
    startsAt: Date.parse(wire.startsAt),
    endsAt: Date.parse(wire.endsAt),
    createdBy: wire.createdBy,
    comment: wire.comment,
    state: wire.status.state,
  };
}

/** Active first, then pending, then expired; within each, the soonest to end first. */
export function toSilences(wire: readonly GettableSilenceWire[]): Silence[] {
  return wire
    .map(toSilence)
    .sort((a, b) => SILENCE_ORDER[a.state] - SILENCE_ORDER[b.state] || a.endsAt - b.endsAt);
}

/** An Alertmanager matcher for the `filter` parameter: `model="churn-predictor"`. */
export function equalityMatcher(name: string, value: string): string {
  return `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
