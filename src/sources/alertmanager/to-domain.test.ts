import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_LABELS, toSeverity } from './alert-labels';
import { ALERTS_PAYLOAD, SILENCES_PAYLOAD } from './fixtures';
import { gettableAlertsWire, gettableSilencesWire } from './schemas';
import { equalityMatcher, toAlerts, toSilences } from './to-domain';

describe('toAlerts', () => {
  const alerts = toAlerts(gettableAlertsWire.parse(ALERTS_PAYLOAD), DEFAULT_ALERT_LABELS);

  it('maps an Alertmanager alert to model, deployment, severity and state', () => {
    expect(alerts[0]).toEqual({
      id: '00f49d5ae66e28eb',
      name: 'ModelLatencyHigh',
      severity: 'critical',
      state: 'firing',
      summary: 'p95 latency of dynamic-pricing is 0.50 s (SLO 0.25 s)',
      description: 'Since the v14 rollout, production p95 latency is four times its usual 0.12 s.',
      model: 'dynamic-pricing',
      deployment: 'dynamic-pricing-production',
      startsAt: Date.parse('2026-11-29T10:54:21.618Z'),
      labels: ALERTS_PAYLOAD[0]?.labels,
      url: 'http://prometheus.example/graph?g0.expr=up',
      silencedBy: [],
    });
  });

  it('orders by severity; silenced is suppressed; unprocessed is firing; no model label, no model', () => {
    expect(alerts.map((a) => [a.name, a.state, a.model, a.silencedBy])).toEqual([
      ['ModelLatencyHigh', 'firing', 'dynamic-pricing', []],
      ['ModelErrorRateHigh', 'suppressed', 'dynamic-pricing', ['4d59778e-2342-4801-b993-78cfec6720fe']],
      ['PrometheusRuleFailures', 'firing', undefined, []],
    ]);
    const last = alerts[2];
    expect(last?.summary).toBe('PrometheusRuleFailures');
    expect(last?.url).toBeUndefined();
    expect(last?.startsAt).toBe(Date.UTC(2026, 10, 29, 9, 0, 0, 123));
  });

  it('reads the model from the label a connection names', () => {
    const [first] = toAlerts(gettableAlertsWire.parse(ALERTS_PAYLOAD.slice(0, 1)), {
      ...DEFAULT_ALERT_LABELS,
      model: 'deployment',
      deployment: 'none',
    });
    expect(first).toMatchObject({ model: 'dynamic-pricing-production', deployment: undefined });
  });
});

describe('toSilences', () => {
  it('maps silences, active first, defaulting isEqual for servers before 0.22', () => {
    expect(toSilences(gettableSilencesWire.parse(SILENCES_PAYLOAD))).toEqual([
      {
        id: '4d59778e-2342-4801-b993-78cfec6720fe',
        matchers: [
          { name: 'alertname', value: 'ModelErrorRateHigh', isRegex: false, isEqual: true },
          { name: 'model', value: 'dynamic-pricing', isRegex: false, isEqual: true },
        ],
        startsAt: Date.parse('2026-11-29T11:04:21.652Z'),
        endsAt: Date.parse('2026-11-29T17:04:21.618Z'),
        createdBy: 'sightline-tests',
        comment: 'Known: rollback of v14 in progress',
        state: 'active',
      },
      expect.objectContaining({
        state: 'expired',
        matchers: [{ name: 'model', value: 'churn-.*', isRegex: true, isEqual: true }],
      }) as unknown,
    ]);
  });
});

describe('labels', () => {
  it('maps common severity words', () => {
    expect(
      ['critical', 'PAGE', 'error', 'warning', 'warn', 'info', 'none', 'P3', undefined, ''].map(toSeverity),
    ).toEqual([
      'critical',
      'critical',
      'critical',
      'warning',
      'warning',
      'info',
      'info',
      'warning',
      'warning',
      'warning',
    ]);
  });

  it('quotes a filter matcher', () => {
    expect(equalityMatcher('model', 'a"b\\c')).toBe('model="a\\"b\\\\c"');
  });
});
