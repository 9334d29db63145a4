import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { blockedVersions } from '../../domain/delivery/release-fate';
import { versionPaths } from '../../domain/delivery/version-path';
import { modelPath, TIME_TO_DEPLOY_PATH } from '../../lib/paths';
import { useRegistryEvents } from '../../lib/queries/registry-events';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { EmptyState } from '../../ui/empty-state';
import { formatDuration } from '../../ui/format';
import { ListCap } from '../../ui/list-cap';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { StatusBadge } from '../../ui/status-badge';
import { BlockerText } from './delivery-tables';

const SHOWN = 5;

/** The PM's first question about the pipeline: which versions wait, on what, and who can move them. */
export function BlockedPanel(): ReactNode {
  const log = useRegistryEvents();
  const now = useNow();
  const blocked = useMemo(() => (log.data ? blockedVersions(versionPaths(log.data.events)) : []), [log.data]);
  return (
    <Panel title="What is blocked and why" subtitle="Longest waiting first">
      <QueryState
        query={log}
        what="load the registry's event log"
        skeleton={<SkeletonLines lines={4} height={36} label="Loading blocked versions" />}
        empty={() =>
          blocked.length === 0 ? (
            <EmptyState title="Nothing is waiting on its way to production." />
          ) : undefined
        }
      >
        {() => (
          <>
            <ul className="list-plain" aria-label="Blocked versions">
              {blocked.slice(0, SHOWN).map((b) => (
                <li key={`${b.path.modelName}@${b.path.version}`} className="attention-item">
                  <StatusBadge status={b.blocker ? 'warning' : 'unknown'} label="Blocked" />
                  <div>
                    <Link to={modelPath(b.path.modelName)}>{b.path.modelName}</Link> v{b.path.version}
                    <span className="muted">
                      {' '}
                      · {b.path.team} · waiting{' '}
                      {formatDuration(
                        now - (b.blocker?.since ?? b.path.at[b.path.stoppedAt ?? 'registered'] ?? now),
                      )}
                    </span>
                    <div>
                      <BlockerText blocked={b} />
                    </div>
                    <div className="muted">
                      {b.blocker?.unblockedBy
                        ? `Who can unblock: ${b.blocker.unblockedBy}`
                        : 'No one is named to unblock it'}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
            <ListCap
              shown={Math.min(SHOWN, blocked.length)}
              total={blocked.length}
              noun="blocked versions"
              to={TIME_TO_DEPLOY_PATH}
              linkText="All of them on Time to deploy"
            />
          </>
        )}
      </QueryState>
    </Panel>
  );
}
