import type { ReactNode } from 'react';
import type { Alert } from '../../domain/alert';
import { alertDetail } from '../../domain/alert-groups';

/** The line under an alert's name: what it says, or its labels when it says nothing. */
export function AlertDetail({ alert }: { alert: Alert }): ReactNode {
  const detail = alertDetail(alert);
  if (detail.kind === 'text') return <div className="alert-detail">{detail.text}</div>;
  if (detail.labels.length === 0)
    return <div className="alert-detail muted">No description and no labels.</div>;
  return (
    <ul className="alert-labels" aria-label="Labels (the alert has no description)">
      {detail.labels.map(([name, value]) => (
        <li key={name}>
          <code>
            {name}={value}
          </code>
        </li>
      ))}
    </ul>
  );
}
