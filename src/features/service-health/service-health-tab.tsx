import type { ReactNode } from 'react';
import { objectiveHealth } from '../../domain/slo';
import type { LiveDeployment } from '../../domain/deployment';
import { QueryState } from '../../lib/query-state';
import { useTimeWindow } from '../../lib/use-time-range';
import type { ChartMarker } from '../../ui/charts/chart-types';
import { EmptyState } from '../../ui/empty-state';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { useObjectives } from './api/objectives';
import { ObjectivesTable } from './objectives-table';
import { ServiceCharts, ServiceChartsSkeleton, type ServiceChartsProps } from './service-charts';
import { serviceHealthAnswer } from './service-health-answer';

/**
 * A model's service health: its objectives first, then the signals over the global time range.
 * The app tells it which deployment is live and which rollouts to mark on the charts.
 */
export function ServiceHealthTab({
  name,
  live,
  markers,
  afterObjectives,
  chartAction,
}: {
  name: string;
  live: LiveDeployment;
  markers: ChartMarker[];
  afterObjectives?: ReactNode;
  /** A chart's way out to Explore, composed by the app. */
  chartAction?: ServiceChartsProps['chartAction'];
}): ReactNode {
  const window = useTimeWindow();
  const objectives = useObjectives(name);
  return (
    <div className="stack">
      <Panel title="Objectives" subtitle="Service level objectives and their error budgets">
        <QueryState
          query={objectives}
          what={`load the objectives of ${name}`}
          skeleton={<SkeletonLines lines={3} height={28} label="Loading objectives" />}
          empty={(list) =>
            list.length === 0 ? (
              <EmptyState title="No objectives defined for this model.">
                Define latency and error-rate objectives in your platform to track error budgets here.
              </EmptyState>
            ) : undefined
          }
        >
          {(list) => (
            <>
              <p className="answer">
                {serviceHealthAnswer(
                  name,
                  list.map((o) => ({ objective: o, health: objectiveHealth(o) })),
                )}
              </p>
              <ObjectivesTable objectives={list} />
            </>
          )}
        </QueryState>
      </Panel>
      {afterObjectives}
      <Panel title="Signals" subtitle={signalsSubtitle(live)}>
        {live.status === 'pending' ? (
          <ServiceChartsSkeleton />
        ) : (
          <ServiceCharts
            model={name}
            deployment={live.deployment?.id}
            window={window}
            objectives={(objectives.data ?? []).filter(
              (o) => !live.deployment || o.deploymentId === live.deployment.id,
            )}
            markers={markers}
            syncId={`service-${name}`}
            chartAction={chartAction}
          />
        )}
      </Panel>
    </div>
  );
}

/** Says whose traffic the charts show, so a number can be checked against the backend. */
function signalsSubtitle(live: LiveDeployment): string {
  if (live.status === 'pending') return 'Finding the production deployment…';
  if (live.deployment)
    return `Production deployment ${live.deployment.id} (v${live.deployment.version}). Hover one chart to see the same instant on all.`;
  return `All deployments of the model together: ${live.reason}. Hover one chart to see the same instant on all.`;
}
