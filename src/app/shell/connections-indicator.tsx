import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { HealthStatus } from '../../domain/health';
import { CONNECTIONS_PATH } from '../../lib/paths';
import { useConnectionChecks } from '../../lib/queries/connection-check';
import { StatusIcon } from '../../ui/status-icon';

/** Which backends are connected, and whether they answer. */
export function ConnectionsIndicator(): ReactNode {
  const checks = useConnectionChecks();
  const statuses = checks.map(({ check }): HealthStatus =>
    check.isPending ? 'unknown' : check.data?.ok ? 'healthy' : 'critical',
  );
  const failing = statuses.filter((s) => s === 'critical').length;
  const summary =
    failing > 0
      ? `${failing} of ${checks.length} connections failing`
      : `${checks.length} connection${checks.length === 1 ? '' : 's'}${statuses.includes('unknown') ? ', checking' : ', all answering'}`;
  // The name starts with the names on screen (WCAG 2.5.3, Label in Name), so "Demo" is what a
  // voice-control user says to follow the link.
  const names = checks.map(({ source }) => source.name).join(', ');
  return (
    <Link
      to={CONNECTIONS_PATH}
      className="connections-indicator"
      aria-label={`${names}: ${summary}`}
      title={summary}
    >
      {checks.map(({ source }, index) => (
        <span
          key={source.connectionId}
          className={`connections-indicator__item status--${statuses[index] ?? 'unknown'}`}
        >
          <StatusIcon status={statuses[index] ?? 'unknown'} />
          <span className="header-hide-narrow">{source.name}</span>
        </span>
      ))}
    </Link>
  );
}
