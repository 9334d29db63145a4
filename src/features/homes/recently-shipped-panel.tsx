import { useMemo, type ReactNode } from 'react';
import { releaseFate, type ReleaseFate } from '../../domain/delivery/release-fate';
import { versionPaths } from '../../domain/delivery/version-path';
import type { ShippedVersion } from '../../domain/fleet';
import { MODELS_PATH, TIME_TO_DEPLOY_PATH } from '../../lib/paths';
import { useOptionalRegistryEvents } from '../../lib/queries/registry-events';
import { useFleetSummary } from './api/fleet-summary';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { DataTable } from '../../ui/data-table';
import { EmptyState } from '../../ui/empty-state';
import { formatDuration } from '../../ui/format';
import { ListCap } from '../../ui/list-cap';
import { Panel } from '../../ui/panel';
import { RelativeTime } from '../../ui/relative-time';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { ModelLink } from './model-link';

const DAY = 86_400_000;

function FateBadge({ fate }: { fate: ReleaseFate | undefined }): ReactNode {
  if (!fate) return <span className="muted">Loading…</span>;
  switch (fate.kind) {
    case 'rolled-back':
      return <StatusBadge status="critical" label={`Rolled back after ${formatDuration(fate.afterMs)}`} />;
    case 'replaced':
      return <StatusBadge status="unknown" label={`Replaced by v${fate.byVersion}`} />;
    case 'live':
      return <StatusBadge status="healthy" label="Still live" />;
    case 'unknown':
      return <span className="muted">Not in the event log</span>;
  }
}

/** Each release with what became of it (rolled back, replaced, still live), from the registry's event log. */
export function RecentlyShippedPanel(): ReactNode {
  const summary = useFleetSummary();
  const { query: log, unavailable } = useOptionalRegistryEvents();
  const now = useNow();
  const events = log?.data?.events;
  const paths = useMemo(() => (events ? versionPaths(events) : undefined), [events]);
  const fateOf = (s: ShippedVersion): ReleaseFate | undefined =>
    paths ? releaseFate(paths, s.modelName, s.version) : log?.isError ? { kind: 'unknown' } : undefined;
  const releasesThisMonth = paths?.filter(
    (p) => p.at.production !== undefined && p.at.production >= now - 30 * DAY,
  ).length;
  return (
    <Panel title="Recently shipped" subtitle="Versions that reached production, and what became of them">
      <QueryState
        query={summary}
        what="load recently shipped versions"
        skeleton={<SkeletonLines lines={5} height={24} label="Loading recently shipped versions" />}
        empty={(data) =>
          data.recentlyShipped.length === 0 ? <EmptyState title="Nothing shipped yet." /> : undefined
        }
      >
        {(data) => (
          <>
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
                {
                  header: 'Shipped',
                  numeric: true,
                  cell: (s) => <RelativeTime at={s.shippedAt} now={now} />,
                },
                ...(unavailable
                  ? []
                  : [{ header: 'Since', cell: (s: ShippedVersion) => <FateBadge fate={fateOf(s)} /> }]),
              ]}
              scroll
              rows={data.recentlyShipped}
              rowKey={(s) => `${s.modelName}-${s.version}`}
            />
            {unavailable && <p className="muted">Whether each release lasted is unknown: {unavailable}</p>}
            {releasesThisMonth !== undefined ? (
              <ListCap
                shown={data.recentlyShipped.length}
                total={Math.max(releasesThisMonth, data.recentlyShipped.length)}
                noun="releases of the last 30 days"
                to={`${TIME_TO_DEPLOY_PATH}?days=30`}
                linkText="All releases, with time to deploy"
              />
            ) : (
              <ListCap
                shown={data.recentlyShipped.length}
                noun="most recent releases"
                to={`${MODELS_PATH}?sort=-lastDeployedAt`}
                linkText="Every model by last deploy"
              />
            )}
          </>
        )}
      </QueryState>
    </Panel>
  );
}
