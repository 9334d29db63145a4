import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../mocks/demo-defaults';
import { createDemoFleet } from '../../mocks/fleet/fleet';
import { incidentDetailToWire, rolloutToWire } from '../../mocks/operations/to-wire';
import { createOperationsState } from '../../mocks/operations/operations-state';
import { TEST_NOW } from '../../test/demo-server';
import {
  incidentDetailWire,
  incidentNoteWire,
  incidentWire,
  objectiveStatusWire,
  retrainingRequestWire,
  rolloutEventWire,
} from './operations-schemas';
import {
  toIncident,
  toIncidentDetail,
  toIncidentNote,
  toObjectiveStatus,
  toRetrainingRequest,
  toRolloutEvent,
} from './operations-to-domain';

const INCIDENT_PAYLOAD = {
  id: 'inc-2041',
  title: 'p99 latency above 800 ms on churn-predictor',
  severity: 'major',
  status: 'mitigated',
  model: 'churn-predictor',
  deploymentId: 'churn-predictor-production',
  startedAt: '2026-11-25T10:04:00Z',
  mitigatedAt: '2026-11-25T10:41:00Z',
  resolvedAt: null,
  summary: 'v7 doubled feature-store lookups; rolled back to v6.',
};

const DETAIL_PAYLOAD = {
  ...INCIDENT_PAYLOAD,
  notes: [
    {
      id: 'note-1',
      incidentId: 'inc-2041',
      author: 'sre-oncall',
      body: 'Rolling back to v6.',
      createdAt: '2026-11-25T10:30:00Z',
      statusChange: { from: 'investigating', to: 'mitigated' },
    },
    {
      id: 'note-2',
      incidentId: 'inc-2041',
      author: 'ana',
      body: 'Feature store p99 is back to normal.',
      createdAt: '2026-11-25T11:00:00Z',
      statusChange: null,
    },
  ],
  events: [
    {
      id: 'ev-1',
      at: '2026-11-25T09:55:00Z',
      kind: 'deploy',
      title: 'v7 deployed',
      detail: 'by deploy-bot',
      severity: null,
    },
    {
      id: 'ev-2',
      at: '2026-11-25T10:04:00Z',
      kind: 'alert-firing',
      title: 'HighLatency',
      severity: 'critical',
    },
  ],
  before: [
    {
      deploymentId: 'churn-predictor-production',
      environment: 'production',
      version: '6',
      trafficPercent: 100,
      replicas: 4,
      config: { batch_size: '32' },
    },
  ],
  after: [
    {
      deploymentId: 'churn-predictor-production',
      environment: 'production',
      version: '7',
      trafficPercent: 100,
      replicas: 4,
      config: { batch_size: '64' },
    },
  ],
};

describe('toIncident', () => {
  it('turns its times into epoch ms and a null resolution into an absent one', () => {
    expect(toIncident(incidentWire.parse(INCIDENT_PAYLOAD))).toEqual({
      id: 'inc-2041',
      title: 'p99 latency above 800 ms on churn-predictor',
      severity: 'major',
      status: 'mitigated',
      model: 'churn-predictor',
      deploymentId: 'churn-predictor-production',
      startedAt: Date.UTC(2026, 10, 25, 10, 4),
      mitigatedAt: Date.UTC(2026, 10, 25, 10, 41),
      resolvedAt: undefined,
      summary: 'v7 doubled feature-store lookups; rolled back to v6.',
    });
  });

  it('leaves out a deployment and times the server left out', () => {
    const { deploymentId: _d, mitigatedAt: _m, resolvedAt: _r, ...open } = INCIDENT_PAYLOAD;
    const incident = toIncident(incidentWire.parse({ ...open, status: 'investigating' }));
    expect(incident.deploymentId).toBeUndefined();
    expect(incident.mitigatedAt).toBeUndefined();
    expect(incident.resolvedAt).toBeUndefined();
  });
});

describe('toIncidentDetail', () => {
  const detail = toIncidentDetail(incidentDetailWire.parse(DETAIL_PAYLOAD));

  it('maps every note, keeping a status change and dropping a null one', () => {
    expect(detail.notes).toEqual([
      {
        id: 'note-1',
        incidentId: 'inc-2041',
        author: 'sre-oncall',
        body: 'Rolling back to v6.',
        createdAt: Date.UTC(2026, 10, 25, 10, 30),
        statusChange: { from: 'investigating', to: 'mitigated' },
      },
      {
        id: 'note-2',
        incidentId: 'inc-2041',
        author: 'ana',
        body: 'Feature store p99 is back to normal.',
        createdAt: Date.UTC(2026, 10, 25, 11),
        statusChange: undefined,
      },
    ]);
  });

  it('maps every timeline event, with null and absent detail and severity left out', () => {
    expect(detail.events).toEqual([
      {
        id: 'ev-1',
        at: Date.UTC(2026, 10, 25, 9, 55),
        kind: 'deploy',
        title: 'v7 deployed',
        detail: 'by deploy-bot',
        severity: undefined,
      },
      {
        id: 'ev-2',
        at: Date.UTC(2026, 10, 25, 10, 4),
        kind: 'alert-firing',
        title: 'HighLatency',
        detail: undefined,
        severity: 'critical',
      },
    ]);
  });

  it('keeps the before and after snapshots and the incident fields', () => {
    expect(detail.before).toEqual(DETAIL_PAYLOAD.before);
    expect(detail.after).toEqual(DETAIL_PAYLOAD.after);
    expect(detail).toMatchObject(toIncident(incidentWire.parse(INCIDENT_PAYLOAD)));
  });
});

describe('toIncidentNote', () => {
  it('maps a note the server just saved', () => {
    const note = toIncidentNote(incidentNoteWire.parse(DETAIL_PAYLOAD.notes[1]));
    expect(note.createdAt).toBe(Date.UTC(2026, 10, 25, 11));
    expect(note.statusChange).toBeUndefined();
  });
});

describe('toRolloutEvent', () => {
  it('maps a rollback with its versions and traffic', () => {
    expect(
      toRolloutEvent(
        rolloutEventWire.parse({
          id: 'ro-9',
          deploymentId: 'churn-predictor-production',
          modelName: 'churn-predictor',
          environment: 'production',
          action: 'rollback',
          at: '2026-11-25T10:38:00Z',
          actor: 'sre-oncall',
          fromVersion: '7',
          toVersion: '6',
          trafficPercent: 100,
          note: 'p99 regression',
        }),
      ),
    ).toEqual({
      id: 'ro-9',
      deploymentId: 'churn-predictor-production',
      modelName: 'churn-predictor',
      environment: 'production',
      action: 'rollback',
      at: Date.UTC(2026, 10, 25, 10, 38),
      actor: 'sre-oncall',
      fromVersion: '7',
      toVersion: '6',
      trafficPercent: 100,
      note: 'p99 regression',
    });
  });

  it('leaves out a first deploy’s previous version, traffic and note when null', () => {
    const event = toRolloutEvent(
      rolloutEventWire.parse({
        id: 'ro-1',
        deploymentId: 'churn-predictor-staging',
        modelName: 'churn-predictor',
        environment: 'staging',
        action: 'deploy',
        at: '2025-03-01T08:00:00Z',
        actor: 'deploy-bot',
        fromVersion: null,
        toVersion: '1',
        trafficPercent: null,
        note: null,
      }),
    );
    expect(event.fromVersion).toBeUndefined();
    expect(event.trafficPercent).toBeUndefined();
    expect(event.note).toBeUndefined();
  });
});

describe('toObjectiveStatus and toRetrainingRequest', () => {
  it('keep an objective’s numbers as they are', () => {
    const wire = objectiveStatusWire.parse({
      id: 'slo-1',
      deploymentId: 'churn-predictor-production',
      modelName: 'churn-predictor',
      signal: 'latency_p99',
      threshold: 0.8,
      objective: 0.99,
      windowDays: 30,
      budgetRemaining: -0.12,
      burnRate1h: 15.2,
      burnRate6h: 3.1,
      current: 0.93,
    });
    expect(toObjectiveStatus(wire)).toEqual(wire);
  });

  it('map the request time of a retraining request', () => {
    const request = toRetrainingRequest(
      retrainingRequestWire.parse({
        id: 'rt-3',
        modelName: 'churn-predictor',
        requestedBy: 'ana',
        reason: 'Drift on tenure_months',
        requestedAt: '2026-11-27T11:45:00.000Z',
        status: 'accepted',
        message: 'Queued behind one run.',
      }),
    );
    expect(request.requestedAt).toBe(Date.UTC(2026, 10, 27, 11, 45));
    expect(request.status).toBe('accepted');
  });
});

describe('the demo’s operations, through the contract', () => {
  const fleet = createDemoFleet({ fleetSize: 30, seed: DEFAULT_SEED, now: TEST_NOW });
  const operations = createOperationsState(fleet);
  const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

  it('maps every seeded incident back to what the demo holds (events in time order)', () => {
    const incidents = operations.incidents();
    expect(incidents.length).toBeGreaterThan(0);
    for (const incident of incidents) {
      const mapped = toIncidentDetail(incidentDetailWire.parse(overTheWire(incidentDetailToWire(incident))));
      expect(mapped).toEqual({ ...incident, events: [...incident.events].sort((a, b) => a.at - b.at) });
    }
  });

  it('maps every rollout of the story models back to what the demo holds', () => {
    const events = fleet
      .models()
      .slice(0, 5)
      .flatMap((model) => operations.rollouts(model.name) ?? []);
    expect(events.some((event) => event.action === 'rollback')).toBe(true);
    for (const event of events) {
      expect(toRolloutEvent(rolloutEventWire.parse(overTheWire(rolloutToWire(event))))).toEqual(event);
    }
  });
});

describe('incident times on the wire', () => {
  it('round-trip any ISO instant to the same epoch ms', () => {
    const instant = fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });
    fc.assert(
      fc.property(instant, instant, (started, mitigated) => {
        const incident = toIncident(
          incidentWire.parse({
            ...INCIDENT_PAYLOAD,
            startedAt: new Date(started).toISOString(),
            mitigatedAt: new Date(mitigated).toISOString(),
          }),
        );
        expect(incident.startedAt).toBe(started);
        expect(incident.mitigatedAt).toBe(mitigated);
      }),
    );
  });
});
