import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { summariseDelivery } from '../../domain/delivery/summary';
import { TIME_TO_DEPLOY_PATH } from '../../lib/paths';
import { useRegistryEvents } from '../../lib/queries/registry-events';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { DEFAULT_WINDOW_DAYS, windowEndingNow } from './delivery-window';

/** The time-to-deploy answer in two sentences, with the way to the detail. */
export function TimeToDeployPanel(): ReactNode {
  const log = useRegistryEvents();
  const now = useNow();
  const summary = useMemo(
    () =>
      log.data ? summariseDelivery(log.data.events, windowEndingNow(DEFAULT_WINDOW_DAYS, now)) : undefined,
    [log.data, now],
  );
  return (
    <Panel title="Time to deploy" subtitle={`Last ${DEFAULT_WINDOW_DAYS} days`}>
      <QueryState
        query={log}
        what="load the registry's event log"
        skeleton={<SkeletonLines lines={2} height={20} label="Loading time to deploy" />}
      >
        {() => (
          <div className="stack" style={{ gap: 8 }}>
            <p>{summary?.answer}</p>
            <p>{summary?.slowestStage}</p>
            <p>
              <Link to={TIME_TO_DEPLOY_PATH}>Time to deploy by team and month</Link>
            </p>
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
