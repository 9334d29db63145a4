import type { HealthStatus } from '../../domain/health';
import type { RetrainingStatus } from '../../domain/retraining';

/** A request's status as icon + word + colour: only the outcome carries a health colour. */
export const RETRAINING_BADGES: Record<RetrainingStatus, { status: HealthStatus; label: string }> = {
  requested: { status: 'unknown', label: 'Requested' },
  accepted: { status: 'unknown', label: 'Accepted' },
  running: { status: 'unknown', label: 'Running' },
  completed: { status: 'healthy', label: 'Completed' },
  rejected: { status: 'critical', label: 'Rejected' },
};
