import type { ReactNode } from 'react';
import type { AlertSeverity } from '../../domain/alert';
import type { AlertGroup } from '../../domain/alert-groups';
import { useNow } from '../../lib/use-now';
import { RelativeTime } from '../../ui/relative-time';
import { StatusBadge } from '../../ui/status-badge';
import { AlertDetail } from './alert-detail';
import './alerts.css';

const SEVERITY: Record<AlertSeverity, 'critical' | 'warning' | 'unknown'> = {
  critical: 'critical',
  warning: 'warning',
  info: 'unknown',
};
const LABEL: Record<AlertSeverity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };

/** Firing alerts, one row per rule and model, with how many fire and the incident they belong to. */
export function AlertGroupsList({
  groups,
  renderModel,
  renderIncident,
}: {
  groups: readonly AlertGroup[];
  renderModel: (group: AlertGroup) => ReactNode;
  renderIncident: (incident: NonNullable<AlertGroup['incident']>) => ReactNode;
}): ReactNode {
  const now = useNow();
  return (
    <ul className="list-plain" aria-label="Alerts, grouped by alert and model">
      {groups.map((group) => {
        const [first] = group.alerts;
        const count = group.alerts.length;
        return (
          <li key={group.key} className="attention-item alert-group">
            <StatusBadge status={SEVERITY[group.severity]} label={LABEL[group.severity]} />
            <div className="alert-group__body">
              <div>
                <strong className="alert-group__name">{group.name}</strong>
                {count > 1 && <span className="count-chip">{count} firing</span>}
                {(group.model ?? group.deployment) && <span className="muted"> · {renderModel(group)}</span>}
              </div>
              <AlertDetail alert={first} />
              <div className="muted">
                {count > 1 ? 'First fired ' : 'Firing since '}
                <RelativeTime at={group.startsAt} now={now} />
                {first.url && (
                  <>
                    {' · '}
                    <a href={first.url} target="_blank" rel="noreferrer noopener">
                      source
                    </a>
                  </>
                )}
              </div>
              {group.incident && (
                <div className="alert-group__incident">{renderIncident(group.incident)}</div>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
