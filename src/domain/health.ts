/** The four statuses used everywhere in Sightline, always shown as icon + word + colour. */
export const HEALTH_STATUSES = ['healthy', 'warning', 'critical', 'unknown'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export interface Health {
  status: HealthStatus;
  /** Why, in words a person can act on ("PSI 0.31 on tenure_months since Nov 18"). */
  reason: string;
}

const SEVERITY: Record<HealthStatus, number> = { critical: 3, warning: 2, unknown: 1, healthy: 0 };

/** Higher is worse; used to sort by urgency. */
export function healthSeverity(status: HealthStatus): number {
  return SEVERITY[status];
}

export function isHealthStatus(value: string): value is HealthStatus {
  return (HEALTH_STATUSES as readonly string[]).includes(value);
}
