import type { ReactNode } from 'react';
import { RollBackOffer } from '../features/deployments/roll-back-offer';
import { IncidentPage, type IncidentSignalsProps } from '../features/incidents/incident-page';
import { useObjectives } from '../features/service-health/api/objectives';
import { ServiceCharts } from '../features/service-health/service-charts';
import { exploreAction } from './open-in-explore';

/** The incident investigation, with the service charts and the roll back of the features that own them. */
export function IncidentRoute(): ReactNode {
  return (
    <IncidentPage
      signals={(props) => <IncidentSignals {...props} />}
      rollBack={(props) => <RollBackOffer {...props} />}
    />
  );
}

/** The signals of the incident's deployment, with that deployment's objectives as thresholds. */
function IncidentSignals({ deploymentId, ...props }: IncidentSignalsProps): ReactNode {
  const objectives = useObjectives(props.model);
  return (
    <ServiceCharts
      {...props}
      deployment={deploymentId}
      chartAction={exploreAction(props.model)}
      objectives={(objectives.data ?? []).filter((o) => o.deploymentId === deploymentId)}
    />
  );
}
