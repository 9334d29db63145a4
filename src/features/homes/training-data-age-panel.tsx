import type { ReactNode } from 'react';
import { formatDuration } from '../../lib/format';
import { useFleetSummary } from '../../lib/queries/fleet-summary';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { ModelLink } from './model-link';

const DAY = 86_400_000;

/** Stale training data is how drift starts: oldest first, with an age band. */
export function TrainingDataAgePanel(): ReactNode {
  const summary = useFleetSummary();
  const now = useNow();
  return (
    <Panel title="Training data age" subtitle="Production models, oldest data first">
      <QueryState
        query={summary}
        what="load training data ages"
        skeleton={<SkeletonLines lines={6} height={24} label="Loading training data ages" />}
        empty={(data) =>
          data.trainingDataAge.length === 0 ? <EmptyState title="No production models yet." /> : undefined
        }
      >
        {(data) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Dataset</th>
                <th scope="col" className="num">
                  Age
                </th>
                <th scope="col">Freshness</th>
              </tr>
            </thead>
            <tbody>
              {data.trainingDataAge.map((row) => {
                const age = now - row.trainedAt;
                const status = age > 90 * DAY ? 'critical' : age > 30 * DAY ? 'warning' : 'healthy';
                return (
                  <tr key={row.modelName}>
                    <td>
                      <ModelLink name={row.modelName} tab="lineage" />
                    </td>
                    <td>
                      <code>{row.dataset}</code>
                    </td>
                    <td className="num">{formatDuration(age)}</td>
                    <td>
                      <StatusBadge
                        status={status}
                        label={status === 'healthy' ? 'Fresh' : status === 'warning' ? 'Ageing' : 'Stale'}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryState>
    </Panel>
  );
}
