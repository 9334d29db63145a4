import type { Deployment } from '../domain/deployment';
import type { Incident, IncidentDetail, IncidentNote, IncidentStatus } from '../domain/incident';
import type { RetrainingRequest } from '../domain/retraining';
import type { RolloutEvent } from '../domain/rollout';
import type { ObjectiveStatus } from '../domain/slo';

export interface IncidentFilter {
  model?: string;
  status?: IncidentStatus[];
}

export interface NewNote {
  body: string;
  author: string;
  /** Chosen by the client, so a retried save never posts the note twice. */
  clientId: string;
}

/** The backend's answer to an action, in words, and the rollout it recorded. */
export interface ActionResult {
  message: string;
  event: RolloutEvent;
}

/** Deployments, incidents, pipelines and actions (the Sightline REST contract). */
export interface Operations {
  listDeployments(model: string, signal: AbortSignal): Promise<Deployment[]>;
  /** Newest first. */
  listRollouts(model: string, signal: AbortSignal): Promise<RolloutEvent[]>;
  /** Every objective with its current burn, worst first; `model` narrows it. */
  listObjectives(model: string | undefined, signal: AbortSignal): Promise<ObjectiveStatus[]>;
  /** Newest first. */
  listIncidents(filter: IncidentFilter, signal: AbortSignal): Promise<Incident[]>;
  getIncident(id: string, signal: AbortSignal): Promise<IncidentDetail>;
  addNote(incidentId: string, note: NewNote, signal: AbortSignal): Promise<IncidentNote>;
  setIncidentStatus(
    incidentId: string,
    status: IncidentStatus,
    author: string,
    signal: AbortSignal,
  ): Promise<Incident>;
  /** Back to the version before the current one. */
  rollBack(deploymentId: string, reason: string, signal: AbortSignal): Promise<ActionResult>;
  /** The canary's share of traffic, 0–100; production takes the rest. */
  shiftTraffic(
    deploymentId: string,
    canaryPercent: number,
    reason: string,
    signal: AbortSignal,
  ): Promise<ActionResult>;
  /** Newest first. */
  listRetrainingRequests(model: string, signal: AbortSignal): Promise<RetrainingRequest[]>;
  requestRetraining(
    model: string,
    request: { reason: string; requestedBy: string },
    signal: AbortSignal,
  ): Promise<RetrainingRequest>;
}
