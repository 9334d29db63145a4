import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alert, AlertSeverity } from './alert';
import { alertDetail, groupAlerts, incidentFor } from './alert-groups';
import type { Incident } from './incident';

const HOUR = 3_600_000;

let next = 0;
function alert(overrides: Partial<Alert> = {}): Alert {
  next += 1;
  return {
    id: `a${next}`,
    name: 'ModelErrorRateHigh',
    severity: 'warning',
    state: 'firing',
    summary: 'Errors above 1 %',
    model: 'fraud',
    deployment: 'fraud-production',
    startsAt: 10 * HOUR,
    labels: { alertname: overrides.name ?? 'ModelErrorRateHigh', severity: 'warning', team: 'risk' },
    silencedBy: [],
    ...overrides,
  };
}

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'INC-1',
    title: 'fraud: errors',
    severity: 'major',
    status: 'investigating',
    model: 'fraud',
    deploymentId: 'fraud-production',
    startedAt: 9 * HOUR,
    summary: '',
    ...overrides,
  };
}

describe('groupAlerts', () => {
  it('makes one group per alert name and model, with every alert in it', () => {
    const groups = groupAlerts([
      alert({ startsAt: 1 * HOUR }),
      alert({ startsAt: 3 * HOUR }),
      alert({ name: 'ModelLatencySLOBurn' }),
      alert({ model: 'pricing', deployment: 'pricing-production', startsAt: 2 * HOUR }),
    ]);
    expect(groups.map((g) => [g.name, g.model, g.alerts.length])).toEqual([
      ['ModelErrorRateHigh', 'fraud', 2],
      ['ModelLatencySLOBurn', 'fraud', 1],
      ['ModelErrorRateHigh', 'pricing', 1],
    ]);
    // The group started when its first alert did.
    expect(groups[0]!.startsAt).toBe(1 * HOUR);
  });

  it('puts the worst severity first, then the largest group, then the latest', () => {
    const groups = groupAlerts([
      alert({ name: 'Recent', startsAt: 8 * HOUR }),
      alert({ name: 'Large' }),
      alert({ name: 'Large' }),
      alert({ name: 'Old', startsAt: 1 * HOUR }),
      alert({ name: 'Large', severity: 'info' }),
      alert({ name: 'Paging', severity: 'critical', startsAt: 1 * HOUR }),
    ]);
    expect(groups.map((g) => g.name)).toEqual(['Paging', 'Large', 'Recent', 'Old']);
    // A group is as severe as its worst alert, and lists it first.
    const large = groups[1]!;
    expect(large.severity).toBe('warning');
    expect(large.alerts.map((a) => a.severity)).toEqual(['warning', 'warning', 'info']);
  });

  it('leaves out alerts that are not firing', () => {
    expect(
      groupAlerts([alert({ state: 'suppressed', silencedBy: ['s1'] }), alert({ state: 'resolved' })]),
    ).toEqual([]);
  });

  it('keys an alert without a model by its deployment', () => {
    const groups = groupAlerts([
      alert({ model: undefined, deployment: 'edge' }),
      alert({ model: undefined, deployment: 'edge' }),
      alert({ model: undefined, deployment: 'core' }),
    ]);
    expect(groups.map((g) => [g.deployment, g.alerts.length])).toEqual([
      ['edge', 2],
      ['core', 1],
    ]);
  });

  it('links a group to the open incident on its model', () => {
    const [fraud, pricing] = groupAlerts(
      [alert(), alert({ model: 'pricing', deployment: 'pricing-production', startsAt: 1 * HOUR })],
      [incident()],
    );
    expect(fraud!.incident).toEqual({ id: 'INC-1', title: 'fraud: errors' });
    expect(pricing!.incident).toBeUndefined();
  });

  it('keeps every firing alert exactly once, whatever the mix (property)', () => {
    const severity = fc.constantFrom<AlertSeverity>('critical', 'warning', 'info');
    const arbitraryAlert = fc.record({
      name: fc.constantFrom('A', 'B', 'C'),
      model: fc.option(fc.constantFrom('m1', 'm2'), { nil: undefined }),
      severity,
      state: fc.constantFrom<Alert['state']>('firing', 'firing', 'suppressed'),
      startsAt: fc.integer({ min: 0, max: 100 * HOUR }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryAlert, { maxLength: 40 }), (specs) => {
        const alerts = specs.map((s) => alert(s));
        const groups = groupAlerts(alerts);
        const grouped = groups.flatMap((g) => g.alerts.map((a) => a.id)).sort();
        const firing = alerts
          .filter((a) => a.state === 'firing')
          .map((a) => a.id)
          .sort();
        expect(grouped).toEqual(firing);
        expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
        for (const g of groups) {
          expect(g.alerts.every((a) => a.name === g.name && a.model === g.model)).toBe(true);
        }
      }),
    );
  });
});

describe('incidentFor', () => {
  it('ignores resolved incidents and other deployments of the model', () => {
    const group = { model: 'fraud', deployment: 'fraud-production' };
    expect(incidentFor(group, [incident({ status: 'resolved' })])).toBeUndefined();
    expect(incidentFor(group, [incident({ deploymentId: 'fraud-canary' })])).toBeUndefined();
    expect(incidentFor(group, [incident({ deploymentId: undefined })])?.id).toBe('INC-1');
  });

  it('picks the latest-started of several open incidents', () => {
    const group = { model: 'fraud', deployment: 'fraud-production' };
    const picked = incidentFor(group, [
      incident({ id: 'INC-1', startedAt: 1 * HOUR }),
      incident({ id: 'INC-2', startedAt: 5 * HOUR, status: 'mitigated' }),
    ]);
    expect(picked?.id).toBe('INC-2');
  });

  it('links nothing to an alert without a model', () => {
    expect(incidentFor({ deployment: 'fraud-production' }, [incident()])).toBeUndefined();
  });
});

describe('alertDetail', () => {
  it('prefers the summary, then the description', () => {
    expect(alertDetail(alert({ summary: 'Errors above 1 %', description: 'Long text' }))).toEqual({
      kind: 'text',
      text: 'Errors above 1 %',
    });
    expect(alertDetail(alert({ summary: '', description: 'Long text' }))).toEqual({
      kind: 'text',
      text: 'Long text',
    });
  });

  it('shows the labels when the alert says nothing but its name', () => {
    const detail = alertDetail(
      alert({
        summary: 'ModelErrorRateHigh',
        labels: {
          alertname: 'ModelErrorRateHigh',
          severity: 'warning',
          model: 'fraud',
          deployment: 'fraud-canary',
          team: 'risk',
          pod: 'fraud-2',
        },
      }),
    );
    expect(detail).toEqual({
      kind: 'labels',
      // The model is in the row already; a deployment other than the alert's own is not.
      labels: [
        ['deployment', 'fraud-canary'],
        ['pod', 'fraud-2'],
        ['team', 'risk'],
      ],
    });
  });
});
