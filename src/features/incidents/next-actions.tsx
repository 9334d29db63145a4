import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { IncidentDetail, TimelineEvent } from '../../domain/incident';
import { modelPath, withRange } from '../../lib/paths';
import { likelyTrigger } from './incident-timeline-view';

/** Explore's route: the query workbench, opened on the incident's model and window. */
const EXPLORE_PATH = '/explore';

/** True when a deploy or traffic shift came before the incident began, or the version changed across its start. */
export function deployPreceded(incident: IncidentDetail, timeline: readonly TimelineEvent[]): boolean {
  if (likelyTrigger(timeline, incident.startedAt)) return true;
  return incident.after.some((a) =>
    incident.before.some((b) => b.deploymentId === a.deploymentId && b.version !== a.version),
  );
}

/**
 * When nothing was deployed before the incident, a roll back would not undo its cause: say so,
 * and offer what fits first — quiet the pages while investigating, move traffic off the
 * deployment, dig into the signals.
 */
export function NoDeployActions({
  incident,
  params,
}: {
  incident: IncidentDetail;
  params: URLSearchParams;
}): ReactNode {
  const serving = incident.after.find((a) => a.deploymentId === incident.deploymentId) ?? incident.after[0];
  const explore = new URLSearchParams({ model: incident.model });
  return (
    <div className="callout stack" style={{ gap: 8 }} data-testid="no-deploy-actions">
      <p>
        <strong>No deploy preceded this incident</strong>
        {serving ? `: v${serving.version} served before it began and still does` : ''}, so rolling back is
        unlikely to undo the cause. What fits instead:
      </p>
      <ul className="list-plain stack" style={{ gap: 4 }} aria-label="Actions that fit">
        <li>
          <Link to={withRange(modelPath(incident.model, 'service'), params)}>Silence its alerts</Link>
          <span className="muted">
            {' '}
            while you investigate: they are listed with their silences on Service health
          </span>
        </li>
        <li>
          <Link to={withRange(modelPath(incident.model, 'deployments'), params)}>Shift traffic</Link>
          <span className="muted"> to another deployment of {incident.model}</span>
        </li>
        <li>
          <Link to={withRange(`${EXPLORE_PATH}?${explore.toString()}`, params)}>Open in Explore</Link>
          <span className="muted"> to query the signals around the start</span>
        </li>
      </ul>
    </div>
  );
}
