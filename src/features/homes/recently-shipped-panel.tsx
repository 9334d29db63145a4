import type { ReactNode } from 'react';
import { useFleetSummary } from '../../lib/queries/fleet-summary';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
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
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Version</th>
                <th scope="col">Team</th>
                <th scope="col" className="num">
                  Shipped
                </th>
              </tr>
            </thead>
            <tbody>
              {data.recentlyShipped.map((s) => (
                <tr key={`${s.modelName}-${s.version}`}>
                  <td>
                    <ModelLink name={s.modelName} />
                  </td>
                  <td>v{s.version}</td>
                  <td>{s.team}</td>
                  <td className="num">
                    <RelativeTime at={s.shippedAt} now={now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </Panel>
  );
}
