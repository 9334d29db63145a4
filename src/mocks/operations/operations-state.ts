import type { Deployment } from '../../domain/deployment';
import type { IncidentDetail, IncidentNote, IncidentStatus } from '../../domain/incident';
import type { RolloutEvent } from '../../domain/rollout';
import type { DemoFleet } from '../fleet/fleet';
import { generateRollouts } from './rollouts';
import { seedIncidents } from './incidents';

/**
 * What changes in the demo while someone uses it: notes, incident statuses,
 * rollbacks and traffic shifts. One per server instance; a new instance starts
 * from the seeded story again.
 */
export interface OperationsState {
  deployments(model: string): Deployment[] | undefined;
  rollouts(model: string): RolloutEvent[] | undefined;
  incidents(): IncidentDetail[];
  incident(id: string): IncidentDetail | undefined;
  /** `created` is false when the clientId was seen before: a retry, answered with the note first saved. */
  addNote(
    id: string,
    note: { body: string; author: string; clientId: string },
  ): { note: IncidentNote; created: boolean } | undefined;
  setStatus(id: string, status: IncidentStatus, author: string): IncidentDetail | undefined;
  rollBack(deploymentId: string, actor: string, reason: string): ActionOutcome;
  shiftTraffic(deploymentId: string, canaryPercent: number, actor: string, reason: string): ActionOutcome;
}

/** What an action did, or why it was refused: 404 for an unknown deployment, 409 when it cannot apply. */
export type ActionOutcome =
  { ok: true; event: RolloutEvent; message: string } | { ok: false; status: 404 | 409; message: string };

export function createOperationsState(fleet: DemoFleet): OperationsState {
  const { now, seed } = fleet.options;
  let incidents: IncidentDetail[] | undefined;
  const overrides = new Map<string, Deployment[]>();
  const extraRollouts = new Map<string, RolloutEvent[]>();
  const seenClientIds = new Map<string, IncidentNote>();
  const clock = (): number => Math.max(Date.now(), now);

  const all = (): IncidentDetail[] => (incidents ??= seedIncidents(fleet));
  const deployments = (model: string): Deployment[] | undefined =>
    overrides.get(model) ?? fleet.deployments(model);
  const baseRollouts = (model: string): RolloutEvent[] | undefined => {
    const plan = fleet.findPlan(model);
    const original = fleet.deployments(model);
    return plan && original ? generateRollouts(plan, original, seed, now) : undefined;
  };
  const rollouts = (model: string): RolloutEvent[] | undefined => {
    const base = baseRollouts(model);
    return base && [...(extraRollouts.get(model) ?? []), ...base].sort((a, b) => b.at - a.at);
  };
  const findDeployment = (deploymentId: string): Deployment | undefined => {
    const model = deploymentId.replace(/-(production|canary|shadow|staging)$/, '');
    return deployments(model)?.find((d) => d.id === deploymentId);
  };
  const record = (event: RolloutEvent, updated: Deployment[]): void => {
    overrides.set(event.modelName, updated);
    extraRollouts.set(event.modelName, [event, ...(extraRollouts.get(event.modelName) ?? [])]);
    for (const incident of all()) {
      if (incident.model === event.modelName && incident.status !== 'resolved') {
        incident.events.push({
          id: event.id,
          at: event.at,
          kind: event.action === 'rollback' ? 'rollback' : 'traffic-shift',
          title:
            event.action === 'rollback'
              ? `Rolled back to v${event.toVersion}`
              : `Canary at ${event.trafficPercent ?? 0} %`,
          detail: `by ${event.actor}: ${event.note ?? ''}`,
        });
      }
    }
  };

  return {
    deployments,
    rollouts,
    incidents: all,
    incident: (id) => all().find((i) => i.id === id),
    addNote(id, { body, author, clientId }) {
      const incident = all().find((i) => i.id === id);
      if (!incident) return undefined;
      // The same clientId twice on an incident is a retry of a save that did arrive: answer with the first.
      const key = `${id}\n${clientId}`;
      const seen = seenClientIds.get(key);
      if (seen) return { note: seen, created: false };
      const saved: IncidentNote = {
        id: `${id}-note-${incident.notes.length + 1}-${clientId.slice(0, 8)}`,
        incidentId: id,
        author,
        body,
        createdAt: clock(),
      };
      incident.notes.push(saved);
      seenClientIds.set(key, saved);
      return { note: saved, created: true };
    },
    setStatus(id, status, author) {
      const incident = all().find((i) => i.id === id);
      if (!incident) return undefined;
      if (incident.status === status) return incident;
      const at = clock();
      incident.notes.push({
        id: `${id}-status-${incident.notes.length + 1}`,
        incidentId: id,
        author,
        body: '',
        createdAt: at,
        statusChange: { from: incident.status, to: status },
      });
      incident.status = status;
      if (status === 'mitigated') incident.mitigatedAt = at;
      if (status === 'resolved') incident.resolvedAt = at;
      if (status === 'investigating') incident.resolvedAt = undefined;
      return incident;
    },
    rollBack(deploymentId, actor, reason) {
      const deployment = findDeployment(deploymentId);
      if (!deployment)
        return { ok: false, status: 404, message: `No deployment is named "${deploymentId}".` };
      // What the current version replaced when it was deployed, as the dashboard's confirmation says; a
      // rollback's own "from" is the version that was taken out, never one to go back to.
      const previous = rollouts(deployment.modelName)?.find(
        (r) => r.deploymentId === deploymentId && r.toVersion === deployment.version && r.action === 'deploy',
      )?.fromVersion;
      if (!previous)
        return { ok: false, status: 409, message: `${deploymentId} has no earlier version to roll back to.` };
      const at = clock();
      const event: RolloutEvent = {
        id: `${deploymentId}-rollback-${at}`,
        deploymentId,
        modelName: deployment.modelName,
        environment: deployment.environment,
        action: 'rollback',
        at,
        actor,
        fromVersion: deployment.version,
        toVersion: previous,
        note: reason,
      };
      record(
        event,
        (deployments(deployment.modelName) ?? []).map((d) =>
          d.id === deploymentId ? { ...d, version: previous, deployedAt: at, deployedBy: actor } : d,
        ),
      );
      return {
        ok: true,
        event,
        message: `${deployment.modelName} ${deployment.environment} now serves v${previous} (was v${deployment.version}) on ${deployment.replicas} replicas.`,
      };
    },
    shiftTraffic(deploymentId, canaryPercent, actor, reason) {
      const canary = findDeployment(deploymentId);
      if (!canary) return { ok: false, status: 404, message: `No deployment is named "${deploymentId}".` };
      if (canary.environment !== 'canary')
        return { ok: false, status: 409, message: `"${deploymentId}" is not a canary deployment.` };
      const at = clock();
      const event: RolloutEvent = {
        id: `${deploymentId}-traffic-${at}`,
        deploymentId,
        modelName: canary.modelName,
        environment: 'canary',
        action: 'traffic-shift',
        at,
        actor,
        fromVersion: canary.version,
        toVersion: canary.version,
        trafficPercent: canaryPercent,
        note: reason,
      };
      record(
        event,
        (deployments(canary.modelName) ?? []).map((d) =>
          d.id === deploymentId
            ? { ...d, trafficPercent: canaryPercent }
            : d.environment === 'production'
              ? { ...d, trafficPercent: 100 - canaryPercent }
              : d,
        ),
      );
      return {
        ok: true,
        event,
        message: `The canary of ${canary.modelName} (v${canary.version}) now takes ${canaryPercent} % of live traffic; production takes ${100 - canaryPercent} %.`,
      };
    },
  };
}
