export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** `suppressed` covers Alertmanager's silenced and inhibited alerts. */
export type AlertState = 'firing' | 'suppressed' | 'resolved';

export interface Alert {
  /** Stable identity (Alertmanager's fingerprint). */
  id: string;
  name: string;
  severity: AlertSeverity;
  state: AlertState;
  summary: string;
  description?: string;
  model?: string;
  deployment?: string;
  startsAt: number;
  endsAt?: number;
  labels: Record<string, string>;
  /** Link to where it was generated (a Prometheus graph, for example). */
  url?: string;
  silencedBy: string[];
}

export interface SilenceMatcher {
  name: string;
  value: string;
  isRegex: boolean;
  isEqual: boolean;
}

export interface Silence {
  id: string;
  matchers: SilenceMatcher[];
  startsAt: number;
  endsAt: number;
  createdBy: string;
  comment: string;
  state: 'active' | 'pending' | 'expired';
}

/** One interval during which an alert fired: history for incident timelines. */
export interface AlertInterval {
  name: string;
  severity: AlertSeverity;
  model?: string;
  deployment?: string;
  from: number;
  /** Absent while still firing at the end of the window. */
  to?: number;
  labels: Record<string, string>;
}
