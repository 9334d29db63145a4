import type { Alert, AlertInterval, Silence } from '../../domain/alert';
import type { Incident, IncidentDetail, IncidentNote } from '../../domain/incident';
import type { RolloutEvent } from '../../domain/rollout';

/** Operations, alerts and metrics objects as the contract sends them: ISO-8601 times, absent optionals left out. */

const iso = (ms: number): string => new Date(ms).toISOString();
const maybeIso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : iso(ms));

export const rolloutToWire = (r: RolloutEvent): Record<string, unknown> => ({ ...r, at: iso(r.at) });

export function incidentToWire(i: Incident): Record<string, unknown> {
  return {
    id: i.id,
    title: i.title,
    severity: i.severity,
    status: i.status,
    model: i.model,
    deploymentId: i.deploymentId,
    startedAt: iso(i.startedAt),
    mitigatedAt: maybeIso(i.mitigatedAt),
    resolvedAt: maybeIso(i.resolvedAt),
    summary: i.summary,
  };
}

export const noteToWire = (n: IncidentNote): Record<string, unknown> => ({
  ...n,
  createdAt: iso(n.createdAt),
});

export function incidentDetailToWire(i: IncidentDetail): Record<string, unknown> {
  return {
    ...incidentToWire(i),
    notes: i.notes.map(noteToWire),
    events: [...i.events].sort((a, b) => a.at - b.at).map((e) => ({ ...e, at: iso(e.at) })),
    before: i.before,
    after: i.after,
  };
}

export const alertToWire = (a: Alert): Record<string, unknown> => ({
  ...a,
  startsAt: iso(a.startsAt),
  endsAt: maybeIso(a.endsAt),
});

export const intervalToWire = (a: AlertInterval): Record<string, unknown> => ({
  ...a,
  from: iso(a.from),
  to: maybeIso(a.to),
});

export const silenceToWire = (s: Silence): Record<string, unknown> => ({
  ...s,
  startsAt: iso(s.startsAt),
  endsAt: iso(s.endsAt),
});
