import type { ReactNode } from 'react';
import { nextStatuses, type IncidentStatus } from '../../domain/incident';
import type { Permission } from '../../domain/role';
import { describeError } from '../../lib/describe-error';
import { useSetIncidentStatus } from './api/set-incident-status';
import { INCIDENT_STATUS_LABELS } from './incident-badges';

const ACTION_WORDS: Record<IncidentStatus, string> = {
  investigating: 'Reopen (investigating)',
  mitigated: 'Mark mitigated',
  resolved: 'Mark resolved',
};

/**
 * Moves the incident along: investigating → mitigated → resolved, or reopens it. A role that may
 * not (`permission.who` says who may) reads the status only.
 */
export function IncidentStatusControl({
  incidentId,
  status,
  author,
  permission,
}: {
  incidentId: string;
  status: IncidentStatus;
  author: string;
  permission: Permission;
}): ReactNode {
  const change = useSetIncidentStatus(incidentId, author);
  if (!permission.allowed)
    return (
      <p className="muted">
        Now: {INCIDENT_STATUS_LABELS[status]}. The status is moved by: {permission.who}.
      </p>
    );
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="row">
        <span className="muted">Now: {INCIDENT_STATUS_LABELS[status]}</span>
        {nextStatuses(status).map((next) => (
          <button
            key={next}
            type="button"
            className="button button--small"
            disabled={change.isPending}
            onClick={() => change.mutate(next)}
          >
            {change.isPending && change.variables === next ? 'Saving…' : ACTION_WORDS[next]}
          </button>
        ))}
      </div>
      {change.isError && (
        <p role="alert" className="field-error">
          The status did not change: {describeError(change.error).detail}
        </p>
      )}
    </div>
  );
}
