import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlertmanagerSource } from '../sources/alertmanager/alertmanager-source';
import { createPrometheusSource } from '../sources/prometheus/prometheus-source';
import { required, signal, startTinyServer, type TinyServer } from './helpers';

const END = Date.UTC(2026, 10, 27, 12, 0, 0);
const request = { window: { from: END - 3_600_000, to: END }, stepSeconds: 60 };

/** What servers in front of a Prometheus really answer: an auth proxy, a wrong page, a broken payload. */
let auth: TinyServer;
let web: TinyServer;
let broken: TinyServer;

beforeAll(async () => {
  auth = await startTinyServer((_request, response) => {
    response.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer realm="metrics"' });
    response.end('Unauthorized\n');
  });
  web = await startTinyServer((request, response) => {
    const found = request.url === '/' || request.url?.startsWith('/api/') === true;
    response.writeHead(found ? 200 : 404, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>Grafana</title><p>Welcome</p>');
  });
  broken = await startTinyServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    if (request.url?.startsWith('/api/v1/')) {
      // A value that is a number, not a string: not what Prometheus sends.
      response.end(
        JSON.stringify({
          status: 'success',
          data: { resultType: 'matrix', result: [{ metric: {}, values: [[END / 1000, 0.12]] }] },
        }),
      );
    } else {
      response.end(JSON.stringify([{ labels: { alertname: 'X' }, fingerprint: 'abc' }]));
    }
  });
});
afterAll(async () => {
  await Promise.all([auth.close(), web.close(), broken.close()]);
});

const prometheusAt = (url: string, name: string) =>
  createPrometheusSource({ id: 'p', kind: 'prometheus', name, url });
const metricsOf = (url: string, name: string) =>
  required(prometheusAt(url, name).capabilities.metrics, 'metrics');

describe('faults a user can fix, named with the connection', () => {
  it('401: asks for a token', async () => {
    await expect(
      metricsOf(auth.url, 'Secured Prometheus').serving({ model: 'm' }, 'throughput', request, signal()),
    ).rejects.toMatchObject({
      kind: 'http',
      status: 401,
      message: 'Secured Prometheus answered 401 to GET /api/v1/query_range: Unauthorized',
      hint: 'Secured Prometheus wants credentials: add a bearer token to the connection.',
    });
    const check = await prometheusAt(auth.url, 'Secured Prometheus').check(signal());
    expect(check).toMatchObject({ ok: false, steps: [{ label: 'Reachable', ok: false }] });
    expect(check.steps[0]?.detail).toContain('add a bearer token');

    const am = createAlertmanagerSource({
      id: 'a',
      kind: 'alertmanager',
      name: 'Secured Alertmanager',
      url: auth.url,
    });
    await expect(required(am.capabilities.alerts, 'alerts').listSilences(signal())).rejects.toMatchObject({
      status: 401,
      hint: 'Secured Alertmanager wants credentials: add a bearer token to the connection.',
    });
  });

  it('a web page instead of the API: says to use the base URL', async () => {
    await expect(
      metricsOf(web.url, 'Grafana by mistake').serving({ model: 'm' }, 'throughput', request, signal()),
    ).rejects.toMatchObject({
      kind: 'schema',
      message: 'Grafana by mistake sent a response to GET /api/v1/query_range that is not JSON.',
      hint: expect.stringContaining("use the server's base URL") as unknown,
    });
    const wrongPath = prometheusAt(`${web.url}/prometheus/graph`, 'Wrong path');
    await expect(
      required(wrongPath.capabilities.metrics, 'metrics').serving(
        { model: 'm' },
        'throughput',
        request,
        signal(),
      ),
    ).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      hint: expect.stringContaining('Check the URL of Wrong path') as unknown,
    });
  });

  it('a malformed payload: names the field', async () => {
    await expect(
      metricsOf(broken.url, 'Odd Prometheus').serving({ model: 'm' }, 'throughput', request, signal()),
    ).rejects.toMatchObject({
      kind: 'schema',
      field: 'data.result.0.values.0.1',
      message: expect.stringMatching(
        /^Odd Prometheus sent a malformed response to GET \/api\/v1\/query_range: field "data\.result\.0\.values\.0\.1"/,
      ) as unknown,
    });
    const am = createAlertmanagerSource({
      id: 'a',
      kind: 'alertmanager',
      name: 'Odd Alertmanager',
      url: broken.url,
    });
    await expect(required(am.capabilities.alerts, 'alerts').listAlerts({}, signal())).rejects.toMatchObject({
      kind: 'schema',
      source: 'Odd Alertmanager',
      field: '0.startsAt',
    });
  });
});
