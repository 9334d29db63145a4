import type { ReactNode } from 'react';
import { formatDuration } from '../../ui/format';
import { useFleetSummary } from './api/fleet-summary';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { DataTable, NarrowOnly } from '../../ui/data-table';
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
          <DataTable
            columns={[
              {
                header: 'Model',
                cell: (row) => (
                  <>
                    {/* A block of its own: the link is not a link inside running text. */}
                    <div>
                      <ModelLink name={row.modelName} tab="lineage" />
                    </div>
                    {/* On a phone the dataset goes under the model: its column would not fit. */}
                    <NarrowOnly>
                      <code>{breakBeforeVersion(row.dataset)}</code>
                    </NarrowOnly>
                  </>
                ),
              },
              {
                header: 'Dataset',
                hideNarrow: true,
                cell: (row) => <code>{breakBeforeVersion(row.dataset)}</code>,
              },
              {
                header: 'Age',
                numeric: true,
                cell: (row) => <span className="nowrap">{formatDuration(now - row.trainedAt)}</span>,
              },
              { header: 'Freshness', cell: (row) => <FreshnessBadge age={now - row.trainedAt} /> },
            ]}
            rows={data.trainingDataAge}
            rowKey={(row) => row.modelName}
          />
        )}
      </QueryState>
    </Panel>
  );
}

/** `name@hash` may wrap before its version, not in the middle of the name. */
function breakBeforeVersion(dataset: string): ReactNode {
  const at = dataset.lastIndexOf('@');
  if (at <= 0) return dataset;
  return (
    <>
      {dataset.slice(0, at)}
      <wbr />
      {dataset.slice(at)}
    </>
  );
}

/** Fresh up to 30 days, ageing up to 90, stale after. */
function FreshnessBadge({ age }: { age: number }): ReactNode {
  const status = age > 90 * DAY ? 'critical' : age > 30 * DAY ? 'warning' : 'healthy';
  return (
    <StatusBadge
      status={status}
      label={status === 'healthy' ? 'Fresh' : status === 'warning' ? 'Ageing' : 'Stale'}
    />
  );
}
