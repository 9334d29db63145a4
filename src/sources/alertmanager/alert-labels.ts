import type { AlertSeverity } from '../../domain/alert';

/**
 * Which alert labels name the model, the deployment and the severity. Alerting
 * rules set them (`labels: {severity: critical, model: …}`), so they are
 * per-connection settings; shared by the Alertmanager source and Prometheus's
 * `ALERTS` history.
 */
export interface AlertLabelNames {
  model: string;
  deployment: string;
  severity: string;
}

export const DEFAULT_ALERT_LABELS: AlertLabelNames = {
  model: 'model',
  deployment: 'deployment',
  severity: 'severity',
};

const SEVERITY_WORDS: Record<string, AlertSeverity> = {
  critical: 'critical',
  crit: 'critical',
  page: 'critical',
  error: 'critical',
  high: 'critical',
  warning: 'warning',
  warn: 'warning',
  medium: 'warning',
  info: 'info',
  informational: 'info',
  low: 'info',
  none: 'info',
};

/** Common severity words mapped to ours; an alert without one is a warning. */
export function toSeverity(value: string | undefined): AlertSeverity {
  if (value === undefined || value === '') return 'warning';
  return SEVERITY_WORDS[value.trim().toLowerCase()] ?? 'warning';
}

const nonEmpty = (value: string | undefined): string | undefined => (value ? value : undefined);

export function alertTarget(
  labels: Record<string, string>,
  names: AlertLabelNames,
): { model?: string; deployment?: string } {
  return { model: nonEmpty(labels[names.model]), deployment: nonEmpty(labels[names.deployment]) };
}
