import type { ReactNode } from 'react';
import { ModelAlertsPanel } from '../features/alerts/model-alerts-panel';
import { ServiceHealthTab } from '../features/service-health/service-health-tab';
import { PanelBoundary } from '../lib/panel-boundary';

/** A model's service health with its alerts: two capabilities, possibly two backends. The answer comes first. */
export function ServiceTab({ name }: { name: string }): ReactNode {
  return (
    <ServiceHealthTab
      name={name}
      afterObjectives={
        <PanelBoundary label="The alerts panel">
          <ModelAlertsPanel name={name} />
        </PanelBoundary>
      }
    />
  );
}
