export const INCIDENT_SEVERITIES = ['critical', 'major', 'minor'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** The life of an incident, in order. */
export const INCIDENT_STATUSES = ['investigating', 'mitigated', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export interface Incident {
  id: string;
  title: string;
  severity: IncidentSeverity;
  status: IncidentStatus;
  model: string;
  deploymentId?: string;
  startedAt: number;
  mitigatedAt?: number;
  resolvedAt?: number;
  summary: string;
}

export interface IncidentNote {
  id: string;
  incidentId: string;
  author: string;
  body: string;
  createdAt: number;
  /** Set when the note moved the incident along. */
  statusChange?: { from: IncidentStatus; to: IncidentStatus };
}

export const TIMELINE_KINDS = [
  'deploy',
  'rollback',
  'traffic-shift',
  'alert-firing',
  'alert-resolved',
  'drift',
  'anomaly',
  'status',
  'note',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One thing that happened, for the investigation timeline. */
export interface TimelineEvent {
  id: string;
  at: number;
  kind: TimelineKind;
  title: string;
  detail?: string;
  severity?: 'critical' | 'warning' | 'info';
}

/** A deployment's state at one moment: to compare before and after an incident began. */
export interface DeploymentSnapshot {
  deploymentId: string;
  environment: string;
  version: string;
  trafficPercent: number;
  replicas: number;
  config: Record<string, string>;
}

export interface IncidentDetail extends Incident {
  notes: IncidentNote[];
  /** Events the operations backend knows: deploys, rollouts, anomalies, drift crossings. */
  events: TimelineEvent[];
  before: DeploymentSnapshot[];
  after: DeploymentSnapshot[];
}

/** The allowed next statuses: an incident only moves forward, or reopens from resolved. */
export function nextStatuses(status: IncidentStatus): IncidentStatus[] {
  switch (status) {
    case 'investigating':
      return ['mitigated', 'resolved'];
    case 'mitigated':
      return ['investigating', 'resolved'];
    case 'resolved':
      return ['investigating'];
  }
}
