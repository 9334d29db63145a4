import type { z } from '../zod-mini';
import type { Incident, IncidentDetail, IncidentNote } from '../../domain/incident';
import type { RetrainingRequest } from '../../domain/retraining';
import type { RolloutEvent } from '../../domain/rollout';
import type { ObjectiveStatus } from '../../domain/slo';
import type {
  IncidentDetailWire,
  IncidentNoteWire,
  IncidentWire,
  objectiveStatusWire,
  retrainingRequestWire,
  RolloutEventWire,
} from './operations-schemas';

const ms = (iso: string): number => Date.parse(iso);
const optionalMs = (iso: string | null | undefined): number | undefined =>
  iso ? Date.parse(iso) : undefined;
const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export function toRolloutEvent(wire: RolloutEventWire): RolloutEvent {
  return {
    ...wire,
    at: ms(wire.at),
    fromVersion: optional(wire.fromVersion),
    trafficPercent: optional(wire.trafficPercent),
    note: optional(wire.note),
  };
}

export function toObjectiveStatus(wire: z.infer<typeof objectiveStatusWire>): ObjectiveStatus {
  return wire;
}

export function toIncident(wire: IncidentWire): Incident {
  return {
    id: wire.id,
    title: wire.title,
    severity: wire.severity,
    status: wire.status,
    model: wire.model,
    deploymentId: optional(wire.deploymentId),
    startedAt: ms(wire.startedAt),
    mitigatedAt: optionalMs(wire.mitigatedAt),
    resolvedAt: optionalMs(wire.resolvedAt),
    summary: wire.summary,
  };
}

export function toIncidentNote(wire: IncidentNoteWire): IncidentNote {
  return { ...wire, createdAt: ms(wire.createdAt), statusChange: optional(wire.statusChange) };
}

export function toIncidentDetail(wire: IncidentDetailWire): IncidentDetail {
  return {
    ...toIncident(wire),
    notes: wire.notes.map(toIncidentNote),
    events: wire.events.map((e) => ({
      ...e,
      at: ms(e.at),
      detail: optional(e.detail),
      severity: optional(e.severity),
    })),
    before: wire.before,
    after: wire.after,
  };
}

export function toRetrainingRequest(wire: z.infer<typeof retrainingRequestWire>): RetrainingRequest {
  return { ...wire, requestedAt: ms(wire.requestedAt) };
}
