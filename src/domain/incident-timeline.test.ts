import { describe, expect, it } from 'vitest';
import type { IncidentDetail } from './incident';
import { buildIncidentTimeline } from './incident-timeline';

const T = Date.UTC(2026, 10, 25, 10);
const incident: IncidentDetail = {
  id: 'inc-1',
  title: 'Latency on dynamic-pricing',
  severity: 'critical',
  status: 'resolved',
  model: 'dynamic-pricing',
  startedAt: T,
  summary: '',
  notes: [
    {
      id: 'n2',
      incidentId: 'inc-1',
      author: 'ravi',
      body: 'Rolled back to v13.',
      createdAt: T + 70 * 60_000,
      statusChange: { from: 'investigating', to: 'mitigated' },
    },
    { id: 'n1', incidentId: 'inc-1', author: 'ravi', body: 'Looking at v14.', createdAt: T + 20 * 60_000 },
  ],
  events: [
    { id: 'anomaly', at: T + 5 * 60_000, kind: 'anomaly', title: 'p95 latency 4× baseline' },
    { id: 'deploy', at: T, kind: 'deploy', title: 'v14 to production' },
  ],
  before: [],
  after: [],
};

describe('buildIncidentTimeline', () => {
  it('merges backend events, alerts and notes in time order', () => {
    const timeline = buildIncidentTimeline(incident, [
      {
        name: 'PricingModelLatencyHigh',
        severity: 'critical',
        model: 'dynamic-pricing',
        from: T + 10 * 60_000,
        to: T + 75 * 60_000,
        labels: {},
      },
    ]);
    expect(timeline.map((e) => e.kind)).toEqual([
      'deploy',
      'anomaly',
      'alert-firing',
      'note',
      'status',
      'note',
      'alert-resolved',
    ]);
    expect(timeline[2]).toMatchObject({
      title: 'PricingModelLatencyHigh fired',
      detail: 'on dynamic-pricing',
      severity: 'critical',
    });
    expect(timeline[4]?.title).toBe('Mitigated (was investigating)');
  });

  it('puts the cause first when events share an instant', () => {
    const timeline = buildIncidentTimeline(incident, [
      { name: 'A', severity: 'warning', from: T, labels: {} },
    ]);
    expect(timeline.slice(0, 2).map((e) => e.kind)).toEqual(['deploy', 'alert-firing']);
  });

  it('leaves an alert still firing without a resolution', () => {
    const timeline = buildIncidentTimeline({ ...incident, notes: [], events: [] }, [
      { name: 'A', severity: 'warning', from: T, labels: {} },
    ]);
    expect(timeline).toHaveLength(1);
  });
});
