import { describe, expect, inject, it } from 'vitest';
import { AM_SILENCE } from '../../scripts/backends/alertmanager.mjs';
import { ALERT_INTERVALS, INCIDENT } from '../../scripts/backends/story.mjs';
import { createAlertmanagerSource } from '../sources/alertmanager/alertmanager-source';
import type { ConnectionConfig } from '../sources/connection-config';
import { createPrometheusSource } from '../sources/prometheus/prometheus-source';
import { required, signal } from './helpers';

const HOUR = 3_600_000;

const connection: ConnectionConfig = {
  id: 'am',
  kind: 'alertmanager',
  name: 'Seeded Alertmanager',
  url: inject('alertmanagerUrl'),
};
const prometheus = createPrometheusSource({
  id: 'prom',
  kind: 'prometheus',
  name: 'Seeded Prometheus',
  url: inject('prometheusUrl'),
});
const source = createAlertmanagerSource(connection, { history: () => prometheus.capabilities.alerts });
const alerts = required(source.capabilities.alerts, 'alerts');

describe('Alertmanager source against a real Alertmanager', () => {
  it('lists firing alerts mapped to model, deployment and severity, most severe first, silenced ones left out', async () => {
    const firing = await alerts.listAlerts({}, signal());
    expect(firing.map((a) => [a.name, a.severity, a.state, a.model, a.deployment])).toEqual([
      ['ModelLatencyHigh', 'critical', 'firing', 'dynamic-pricing', 'dynamic-pricing-production'],
      ['FeatureDriftHigh', 'warning', 'firing', 'churn-predictor', undefined],
      ['PrometheusRuleFailures', 'info', 'firing', undefined, undefined],
    ]);
    expect(firing[0]).toMatchObject({
      summary: 'p95 latency of dynamic-pricing is 0.50 s (SLO 0.25 s)',
      url: 'http://prometheus.example/graph?g0.expr=up',
      silencedBy: [],
    });
    expect(firing[0]?.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('shows the silenced alert as suppressed, naming its silence, when asked', async () => {
    const all = await alerts.listAlerts({ includeSuppressed: true }, signal());
    expect(all).toHaveLength(4);
    expect(all.find((a) => a.name === 'ModelErrorRateHigh')).toMatchObject({
      state: 'suppressed',
      model: 'dynamic-pricing',
      silencedBy: [inject('silenceId')],
    });
  });

  it('filters by model on the server', async () => {
    const forModel = await alerts.listAlerts({ model: 'dynamic-pricing', includeSuppressed: true }, signal());
    expect(forModel.map((a) => a.name).sort()).toEqual(['ModelErrorRateHigh', 'ModelLatencyHigh']);
  });

  it('lists the silence', async () => {
    const silences = await alerts.listSilences(signal());
    expect(silences).toEqual([
      expect.objectContaining({
        id: inject('silenceId'),
        state: 'active',
        createdBy: AM_SILENCE.createdBy,
        comment: AM_SILENCE.comment,
        matchers: AM_SILENCE.matchers,
      }),
    ]);
  });

  it('takes incident history from the Prometheus connection', async () => {
    const history = await alerts.history(
      { model: 'dynamic-pricing' },
      { from: INCIDENT.from - HOUR, to: INCIDENT.to + HOUR },
      signal(),
    );
    expect(history.map((h) => [h.name, h.from, h.to])).toEqual([
      [ALERT_INTERVALS.latency.name, ALERT_INTERVALS.latency.from, ALERT_INTERVALS.latency.to],
      [ALERT_INTERVALS.errors.name, ALERT_INTERVALS.errors.from, ALERT_INTERVALS.errors.to],
    ]);
  });

  it('has an empty history, and says why, without a Prometheus connection', async () => {
    const alone = createAlertmanagerSource(connection);
    const window = { from: INCIDENT.from - HOUR, to: INCIDENT.to + HOUR };
    await expect(
      required(alone.capabilities.alerts, 'alerts').history({}, window, signal()),
    ).resolves.toEqual([]);
    const check = await alone.check(signal());
    expect(check.ok).toBe(true);
    expect(check.steps.find((s) => s.label === 'Alert history')).toMatchObject({ ok: false });
  });

  it('Test connection: version 0.25, clustering disabled, alert counts', async () => {
    const check = await source.check(signal());
    expect(check).toMatchObject({
      ok: true,
      version: '0.25.0',
      summary: 'Connected to Alertmanager 0.25.0: 3 firing, 1 suppressed.',
    });
    expect(check.steps.map((s) => [s.label, s.ok])).toEqual([
      ['Reachable', true],
      ['Version', true],
      ['Cluster', true],
      ['Alerts API', true],
      ['Alert history', true],
    ]);
    expect(check.steps[2]?.detail).toBe('Clustering disabled (a single Alertmanager).');
  });

  it('says to check the URL when it points at another server (Prometheus: 404 on /api/v2)', async () => {
    const wrong = createAlertmanagerSource({
      ...connection,
      name: 'Misplaced Alertmanager',
      url: inject('prometheusUrl'),
    });
    await expect(
      required(wrong.capabilities.alerts, 'alerts').listAlerts({}, signal()),
    ).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      hint: expect.stringContaining('Check the URL of Misplaced Alertmanager') as unknown,
    });
  });
});
