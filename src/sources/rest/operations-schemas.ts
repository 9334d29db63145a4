import { z } from '../zod-mini';
import { ENVIRONMENTS } from '../../domain/deployment';
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES, TIMELINE_KINDS } from '../../domain/incident';
import { RETRAINING_STATUSES } from '../../domain/retraining';
import { ROLLOUT_ACTIONS } from '../../domain/rollout';
import { SLO_SIGNALS } from '../../domain/slo';

/** Wire shapes of the contract's operations part (contract/openapi.yaml, tag "operations"). */

const isoTime = z.iso.datetime({ offset: true });

export const rolloutEventWire = z.object({
  id: z.string(),
  deploymentId: z.string(),
  modelName: z.string(),
  environment: z.enum(ENVIRONMENTS),
  action: z.enum(ROLLOUT_ACTIONS),
  at: isoTime,
  actor: z.string(),
  fromVersion: z.nullish(z.string()),
  toVersion: z.string(),
  trafficPercent: z.nullish(z.number().check(z.minimum(0), z.maximum(100))),
  note: z.nullish(z.string()),
});
export type RolloutEventWire = z.infer<typeof rolloutEventWire>;
export const rolloutListWire = z.object({ items: z.array(rolloutEventWire) });

export const objectiveStatusWire = z.object({
  id: z.string(),
  deploymentId: z.string(),
  modelName: z.string(),
  signal: z.enum(SLO_SIGNALS),
  threshold: z.number().check(z.nonnegative()),
  objective: z.number().check(z.gt(0), z.lt(1)),
  windowDays: z.int().check(z.positive()),
  budgetRemaining: z.number(),
  burnRate1h: z.number().check(z.nonnegative()),
  burnRate6h: z.number().check(z.nonnegative()),
  current: z.number(),
});
export const objectiveListWire = z.object({ items: z.array(objectiveStatusWire) });

export const incidentWire = z.object({
  id: z.string(),
  title: z.string(),
  severity: z.enum(INCIDENT_SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  model: z.string(),
  deploymentId: z.nullish(z.string()),
  startedAt: isoTime,
  mitigatedAt: z.nullish(isoTime),
  resolvedAt: z.nullish(isoTime),
  summary: z.string(),
});
export type IncidentWire = z.infer<typeof incidentWire>;
export const incidentListWire = z.object({ items: z.array(incidentWire) });

export const incidentNoteWire = z.object({
  id: z.string(),
  incidentId: z.string(),
  author: z.string(),
  body: z.string(),
  createdAt: isoTime,
  statusChange: z.nullish(z.object({ from: z.enum(INCIDENT_STATUSES), to: z.enum(INCIDENT_STATUSES) })),
});
export type IncidentNoteWire = z.infer<typeof incidentNoteWire>;

export const timelineEventWire = z.object({
  id: z.string(),
  at: isoTime,
  kind: z.enum(TIMELINE_KINDS),
  title: z.string(),
  detail: z.nullish(z.string()),
  severity: z.nullish(z.enum(['critical', 'warning', 'info'])),
});

export const deploymentSnapshotWire = z.object({
  deploymentId: z.string(),
  environment: z.string(),
  version: z.string(),
  trafficPercent: z.number().check(z.minimum(0), z.maximum(100)),
  replicas: z.int().check(z.nonnegative()),
  config: z.record(z.string(), z.string()),
});

export const incidentDetailWire = z.extend(incidentWire, {
  notes: z.array(incidentNoteWire),
  events: z.array(timelineEventWire),
  before: z.array(deploymentSnapshotWire),
  after: z.array(deploymentSnapshotWire),
});
export type IncidentDetailWire = z.infer<typeof incidentDetailWire>;

export const actionResultWire = z.object({ message: z.string(), event: rolloutEventWire });

export const retrainingRequestWire = z.object({
  id: z.string(),
  modelName: z.string(),
  requestedBy: z.string(),
  reason: z.string(),
  requestedAt: isoTime,
  status: z.enum(RETRAINING_STATUSES),
  message: z.string(),
});
export const retrainingListWire = z.object({ items: z.array(retrainingRequestWire) });
