import type { ReactNode } from 'react';
import { useFleetSummary } from './api/fleet-summary';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { DataTable } from '../../ui/data-table';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { RelativeTime } from '../../ui/relative-time';
import { SkeletonLines } from '../../ui/skeleton';
import { ModelLink } from './model-link';

export function RecentlyShippedPanel(): ReactNode {
  const summary = useFleetSummary();
  const now = useNow();
  return (
    <Panel title="Recently shipped" subtitle="Versions that reached production">
      <QueryState
        query={summary}
        what="load recently shipped versions"
        skeleton={<SkeletonLines lines={5} height={24} label="Loading recently shipped versions" />}
        empty={(data) =>
          data.recentlyShipped.length === 0 ? <EmptyState title="Nothing shipped yet." /> : undefined
        }
      >
        {(data) => (
          <DataTable
            columns={[
              // One line per name on a wide screen: a table cell would break "pricing-elasticity-estimator" at every hyphen.
              {
                header: 'Model',
                cell: (s) => (
                  <span className="nowrap-wide">
                    <ModelLink name={s.modelName} />
                  </span>
                ),
              },
              { header: 'Version', cell: (s) => `v${s.version}` },
              { header: 'Team', cell: (s) => s.team },
              { header: 'Shipped', numeric: true, cell: (s) => <RelativeTime at={s.shippedAt} now={now} /> },
            ]}
            rows={data.recentlyShipped}
            rowKey={(s) => `${s.modelName}-${s.version}`}
          />
        )}
      </QueryState>
    </Panel>
  );
}
