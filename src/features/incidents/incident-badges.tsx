import type { ReactNode } from 'react';
import type { IncidentSeverity, IncidentStatus } from '../../domain/incident';
import { StatusBadge } from '../../ui/status-badge';

const SEVERITY: Record<IncidentSeverity, { status: 'critical' | 'warning' | 'unknown'; label: string }> = {
  critical: { status: 'critical', label: 'Critical' },
  major: { status: 'warning', label: 'Major' },
  minor: { status: 'unknown', label: 'Minor' },
};

const STATUS: Record<IncidentStatus, { status: 'critical' | 'warning' | 'healthy'; label: string }> = {
  investigating: { status: 'critical', label: 'Investigating' },
  mitigated: { status: 'warning', label: 'Mitigated' },
  resolved: { status: 'healthy', label: 'Resolved' },
};

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  investigating: 'Investigating',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

export function SeverityBadge({ severity }: { severity: IncidentSeverity }): ReactNode {
  return <StatusBadge status={SEVERITY[severity].status} label={SEVERITY[severity].label} />;
}

export function IncidentStatusBadge({ status }: { status: IncidentStatus }): ReactNode {
  return <StatusBadge status={STATUS[status].status} label={STATUS[status].label} />;
}
