import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ModelTask, ModelVersion } from '../../domain/model';
import { formatDateTime, formatMetric, metricLabel } from '../../ui/format';
import { StatusBadge } from '../../ui/status-badge';
import { STAGE_LABELS } from './fleet-columns';
import { KEY_METRICS } from './key-metrics';

const VERSION_STATUS: Record<
  ModelVersion['status'],
  { badge: 'healthy' | 'warning' | 'critical'; label: string }
> = {
  ready: { badge: 'healthy', label: 'Ready' },
  pending: { badge: 'warning', label: 'Pending registration' },
  failed: { badge: 'critical', label: 'Registration failed' },
};

export interface VersionsTimelineProps {
  versions: ModelVersion[];
  task: ModelTask;
  /** Builds the link to a version's lineage and to a comparison. */
  lineageHref: (version: string) => string;
  compareHref: (a: string, b: string) => string;
}

/** Newest first: each version with its aliases, stage, status, date and key metrics. */
export function VersionsTimeline({
  versions,
  task,
  lineageHref,
  compareHref,
}: VersionsTimelineProps): ReactNode {
  const metrics = KEY_METRICS[task];
  return (
    <div className="scroll-x">
      <table className="table">
        <caption className="visually-hidden">Versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Stage</th>
            <th scope="col">Status</th>
            <th scope="col">Registered</th>
            {metrics.map((m) => (
              <th key={m} scope="col" className="num">
                {metricLabel(m)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v, index) => {
            const previous = versions[index + 1];
            const status = VERSION_STATUS[v.status];
            return (
              <tr key={v.version}>
                <th scope="row">
                  <span className="row" style={{ gap: 4 }}>
                    v{v.version}
                    {v.aliases.map((alias) => (
                      <span key={alias} className="chip chip--alias">
                        @{alias}
                      </span>
                    ))}
                  </span>
                </th>
                <td>{STAGE_LABELS[v.stage]}</td>
                <td>
                  <StatusBadge status={status.badge} label={status.label} />
                  {v.statusMessage && <div className="muted">{v.statusMessage}</div>}
                </td>
                <td>
                  <time dateTime={new Date(v.createdAt).toISOString()}>{formatDateTime(v.createdAt)}</time>
                </td>
                {metrics.map((m) => (
                  <td key={m} className="num">
                    {v.metrics[m] === undefined ? '—' : formatMetric(m, v.metrics[m])}
                  </td>
                ))}
                <td>
                  <span className="row" style={{ gap: 8, flexWrap: 'nowrap' }}>
                    <Link to={lineageHref(v.version)} aria-label={`Lineage of v${v.version}`}>
                      Lineage
                    </Link>
                    {previous && (
                      <Link
                        to={compareHref(previous.version, v.version)}
                        aria-label={`Compare v${previous.version} with v${v.version}`}
                      >
                        Compare
                      </Link>
                    )}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
