import type { ReactNode } from 'react';
import type { HealthStatus } from '../domain/health';
import { StatusIcon } from './status-icon';

const LABELS: Record<HealthStatus, string> = {
  healthy: 'Healthy',
  warning: 'Warning',
  critical: 'Critical',
  unknown: 'Unknown',
};

export function statusLabel(status: HealthStatus): string {
  return LABELS[status];
}

/** Icon + word + colour, never colour alone. */
export function StatusBadge({ status, label }: { status: HealthStatus; label?: string }): ReactNode {
  return (
    <span className={`status status--${status}`}>
      <StatusIcon status={status} />
      {label ?? LABELS[status]}
    </span>
  );
}
