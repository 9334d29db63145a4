import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AlertInterval } from '../../domain/alert';
import type { ConnectionConfig } from '../connection-config';
import { createAlertmanagerSource } from './alertmanager-source';
import type { AlertHistory } from './alerts-client';
import { ALERTS_PAYLOAD, SILENCES_PAYLOAD, STATUS_PAYLOAD } from './fixtures';
import { namedHistory } from './history-connection';

const BASE = 'http://alertmanager.test:9093';
const asked: URLSearchParams[] = [];
const server = setupServer(
  http.get(`${BASE}/api/v2/alerts`, ({ request }) => {
    asked.push(new URL(request.url).searchParams);
    return HttpResponse.json(ALERTS_PAYLOAD);
  }),
  http.get(`${BASE}/api/v2/silences`, () => HttpResponse.json(SILENCES_PAYLOAD)),
  http.get(`${BASE}/api/v2/status`, () => HttpResponse.json(STATUS_PAYLOAD)),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  asked.length = 0;
});
afterAll(() => server.close());

const connection: ConnectionConfig = { id: 'am', kind: 'alertmanager', name: 'Team Alertmanager', url: BASE };
const signal = () => new AbortController().signal;
const alertsOf = (source: ReturnType<typeof createAlertmanagerSource>) => {
  if (!source.capabilities.alerts) throw new Error('no alerts');
  return source.capabilities.alerts;
};
const window = { from: Date.UTC(2026, 10, 26), to: Date.UTC(2026, 10, 27) };

describe('listAlerts', () => {
  it('asks the server to filter: active, no silenced or inhibited unless asked, by model label', async () => {
    const alerts = alertsOf(createAlertmanagerSource(connection));
    await alerts.listAlerts({}, signal());
    await alerts.listAlerts({ model: 'dynamic-pricing', includeSuppressed: true }, signal());
    expect(asked.map((p) => p.toString())).toEqual([
      'active=true&silenced=false&inhibited=false',
      'active=true&silenced=true&inhibited=true&filter=model%3D%22dynamic-pricing%22',
    ]);
  });

  it('uses the label names of the connection', async () => {
    const alerts = alertsOf(
      createAlertmanagerSource({ ...connection, options: { labels: { model: 'service' } } }),
    );
    await alerts.listAlerts({ model: 'pricing' }, signal());
    expect(asked[0]?.getAll('filter')).toEqual(['service="pricing"']);
  });

  it("shows Alertmanager's own message for a bad request", async () => {
    server.use(
      http.get(`${BASE}/api/v2/alerts`, () =>
        HttpResponse.json('bad matcher format: model=="x"', { status: 400 }),
      ),
    );
    await expect(
      alertsOf(createAlertmanagerSource(connection)).listAlerts({ model: 'x' }, signal()),
    ).rejects.toMatchObject({
      kind: 'http',
      status: 400,
      message: 'Team Alertmanager answered 400 to GET /api/v2/alerts: bad matcher format: model=="x"',
    });
  });
});

describe('listSilences', () => {
  it('lists silences, active first', async () => {
    const silences = await alertsOf(createAlertmanagerSource(connection)).listSilences(signal());
    expect(silences.map((s) => [s.state, s.createdBy])).toEqual([
      ['active', 'sightline-tests'],
      ['expired', 'ops'],
    ]);
  });
});

describe('history', () => {
  const interval: AlertInterval = {
    name: 'ModelLatencyHigh',
    severity: 'critical',
    from: 1,
    to: 2,
    labels: {},
  };

  it('is empty, without error, when no Prometheus connection is wired', async () => {
    await expect(
      alertsOf(createAlertmanagerSource(connection)).history({}, window, signal()),
    ).resolves.toEqual([]);
  });

  it('delegates to the provider, looked up at call time', async () => {
    const wired: { provider?: AlertHistory } = {};
    const source = createAlertmanagerSource(connection, { history: () => wired.provider });
    await expect(alertsOf(source).history({}, window, signal())).resolves.toEqual([]);
    const calls: unknown[] = [];
    wired.provider = {
      history: (filter, w) => {
        calls.push([filter, w]);
        return Promise.resolve([interval]);
      },
    };
    await expect(alertsOf(source).history({ model: 'dynamic-pricing' }, window, signal())).resolves.toEqual([
      interval,
    ]);
    expect(calls).toEqual([[{ model: 'dynamic-pricing' }, window]]);
  });
});

describe('Test connection', () => {
  it('reports version, cluster, alert counts and where history comes from', async () => {
    const check = await createAlertmanagerSource(
      { ...connection, options: { historyConnection: 'prom' } },
      { history: { history: () => Promise.resolve([]) } },
    ).check(signal());
    expect(check).toEqual({
      ok: true,
      version: '0.25.0',
      summary: 'Connected to Alertmanager 0.25.0: 2 firing, 1 suppressed.',
      steps: [
        { label: 'Reachable', ok: true, detail: `${BASE} answered (up 2026-11-29T11:04:20.940Z).` },
        { label: 'Version', ok: true, detail: 'Alertmanager 0.25.0' },
        { label: 'Cluster', ok: true, detail: 'Clustering disabled (a single Alertmanager).' },
        { label: 'Alerts API', ok: true, detail: '2 firing, 1 suppressed.' },
        {
          label: 'Alert history',
          ok: true,
          detail: 'From Prometheus connection "prom" (the ALERTS series).',
        },
      ],
    });
  });

  it('reports a settling cluster and its peers', async () => {
    server.use(
      http.get(`${BASE}/api/v2/status`, () =>
        HttpResponse.json({
          ...STATUS_PAYLOAD,
          cluster: { name: '01HXYZ', status: 'settling', peers: [{ name: 'a', address: '10.0.0.1:9094' }] },
        }),
      ),
    );
    const check = await createAlertmanagerSource(connection).check(signal());
    expect(check.steps[2]).toEqual({
      label: 'Cluster',
      ok: false,
      detail: 'Cluster 01HXYZ settling, 1 peer.',
    });
  });

  it('fails with what to fix when unreachable, or when options are wrong', async () => {
    server.use(http.get(`${BASE}/api/v2/status`, () => HttpResponse.error()));
    await expect(createAlertmanagerSource(connection).check(signal())).resolves.toMatchObject({
      ok: false,
      summary: 'Could not reach Team Alertmanager for GET /api/v2/status.',
    });
    const bad = createAlertmanagerSource({ ...connection, options: { labels: { model: 'a-b' } } });
    await expect(bad.check(signal())).resolves.toMatchObject({ ok: false, steps: [{ label: 'Settings' }] });
    await expect(alertsOf(bad).listAlerts({}, signal())).rejects.toMatchObject({
      field: 'options.labels.model',
    });
  });
});

describe('namedHistory', () => {
  it('looks up the connection named in options.historyConnection when history is asked for', async () => {
    const interval: AlertInterval = { name: 'X', severity: 'info', from: 1, labels: {} };
    const prometheus = {
      connectionId: 'prom',
      cacheKey: '',
      name: 'Prometheus',
      check: () => Promise.resolve({ ok: true, summary: '', steps: [] }),
      capabilities: {
        alerts: {
          ...alertsOf(createAlertmanagerSource(connection)),
          history: () => Promise.resolve([interval]),
        },
      },
    };
    const named = { ...connection, options: { historyConnection: 'prom' } };
    const sources = new Map<string, typeof prometheus>();
    const source = createAlertmanagerSource(named, { history: namedHistory(named, (id) => sources.get(id)) });
    // Created before the Prometheus source exists: nothing yet, and nothing broken.
    await expect(alertsOf(source).history({}, window, signal())).resolves.toEqual([]);
    sources.set('prom', prometheus);
    await expect(alertsOf(source).history({}, window, signal())).resolves.toEqual([interval]);
    expect(namedHistory(connection, () => prometheus)).toBeUndefined();
  });
});
