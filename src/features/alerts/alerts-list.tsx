import type { ReactNode } from 'react';
import type { Alert, AlertSeverity } from '../../domain/alert';
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
const RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

/** Alerts worst first; silenced ones say by which silence. */
export function AlertsList({
  alerts,
  showModel,
  renderModel,
}: {
  alerts: Alert[];
  showModel?: boolean;
  renderModel?: (a: Alert) => ReactNode;
}): ReactNode {
  const now = useNow();
  const sorted = [...alerts].sort(
    (a, b) =>
      Number(a.state !== 'firing') - Number(b.state !== 'firing') ||
      RANK[a.severity] - RANK[b.severity] ||
      b.startsAt - a.startsAt,
  );
  return (
    <ul className="list-plain" aria-label="Alerts">
      {sorted.map((a) => (
        <li key={a.id} className="attention-item">
          <StatusBadge
            status={a.state === 'firing' ? SEVERITY[a.severity] : 'unknown'}
            label={a.state === 'firing' ? capitalise(a.severity) : 'Silenced'}
          />
          <div>
            <strong>{a.name}</strong>
            {showModel && (a.model ?? a.deployment) && (
              <span className="muted"> · {renderModel ? renderModel(a) : (a.deployment ?? a.model)}</span>
            )}
            <AlertDetail alert={a} />
            <div className="muted">
              {a.state === 'firing' ? 'Firing since ' : 'Started '}
              <RelativeTime at={a.startsAt} now={now} />
              {a.silencedBy.length > 0 && ` · silenced by ${a.silencedBy.join(', ')}`}
              {a.url && (
                <>
                  {' · '}
                  <a href={a.url} target="_blank" rel="noreferrer noopener">
                    source
                  </a>
                </>
              )}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
