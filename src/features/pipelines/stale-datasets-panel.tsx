import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { datasetPath } from '../../lib/paths';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { EmptyState } from '../../ui/empty-state';
import { formatDuration } from '../../ui/format';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import type { DatasetSummary } from '../../sources/pipelines-capability';
import { useDatasets } from './api/pipelines';
import { isStale } from './pipeline-status';

const attention = (d: DatasetSummary, now: number): boolean => d.failedChecks > 0 || isStale(d, now);

/** Datasets past their freshness SLA or failing a check, oldest first. */
export function StaleDatasetsPanel(): ReactNode {
  const query = useDatasets();
  const now = useNow();
  return (
    <Panel title="Stale or failing datasets">
      <QueryState
        query={query}
        what="load the datasets"
        skeleton={<SkeletonLines lines={3} height={32} label="Loading datasets" />}
      >
        {(list) => {
          const rows = list
            .filter((d) => attention(d, now))
            .sort((a, b) => b.failedChecks - a.failedChecks || (a.updatedAt ?? 0) - (b.updatedAt ?? 0));
          if (rows.length === 0)
            return (
              <EmptyState title={`All ${list.length} datasets are fresh.`}>
                Every one was written within its SLA.
              </EmptyState>
            );
          return (
            <ul className="list-plain" aria-label="Datasets needing attention">
              {rows.map((d) => (
                <li key={d.name} className="attention-item">
                  <StatusBadge
                    status={d.failedChecks > 0 ? 'critical' : 'warning'}
                    label={d.failedChecks > 0 ? 'Check failed' : 'Stale'}
                  />
                  <div>
                    <Link to={datasetPath(d.name)}>{d.name}</Link>
                    <div className="muted">
                      {d.updatedAt === undefined
                        ? 'never written'
                        : `written ${formatDuration(now - d.updatedAt)} ago`}
                      {d.freshnessSlaMs ? `, SLA ${formatDuration(d.freshnessSlaMs)}` : ''}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </Panel>
  );
}
