import type { ReactNode } from 'react';
import { ModelAlertsPanel } from '../features/alerts/model-alerts-panel';
import { useLiveDeployment } from '../features/deployments/api/deployments';
import { rolloutMarkers, useRollouts } from '../features/deployments/api/rollouts';
import { ServiceHealthTab } from '../features/service-health/service-health-tab';
import { PanelBoundary } from '../lib/panel-boundary';
import { exploreAction } from './open-in-explore';

/**
 * A model's service health with its alerts: two capabilities, possibly two backends. The answer
 * comes first. The deployments feature says which deployment is live and when rollouts happened.
 */
export function ServiceTab({ name }: { name: string }): ReactNode {
  const rollouts = useRollouts(name);
  const live = useLiveDeployment(name);
  return (
    <ServiceHealthTab
      name={name}
      live={live}
      markers={rolloutMarkers(rollouts.data ?? [])}
      chartAction={exploreAction(name)}
      afterObjectives={
        <PanelBoundary label="The alerts panel">
          <ModelAlertsPanel name={name} />
        </PanelBoundary>
      }
    />
  );
}
