import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPrometheusSource } from './prometheus-source';

const BASE = 'http://prometheus.test:9090';

/** Buildinfo of Prometheus 2.42 as Debian builds it. */
const buildinfo = http.get(`${BASE}/api/v1/status/buildinfo`, () =>
  HttpResponse.json({
    status: 'success',
    data: {
      version: '2.42.0+ds',
      revision: '2.42.0+ds-5',
      branch: 'debian/sid',
      buildUser: 'x',
      buildDate: 'y',
      goVersion: 'go1.19.8',
    },
  }),
);
const queries = (present: string[]) =>
  http.get(`${BASE}/api/v1/query`, ({ request }) => {
    const query = new URL(request.url).searchParams.get('query') ?? '';
    if (query === 'vector(1)') {
      return HttpResponse.json({
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [1795780800, '1'] }] },
      });
    }
    return HttpResponse.json({
      status: 'success',
      data: {
        resultType: 'vector',
        result: present.map((name) => ({ metric: { __name__: name }, value: [1795780800, '12'] })),
      },
    });
  });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const source = (options?: Record<string, unknown>) =>
  createPrometheusSource({ id: 'prom', kind: 'prometheus', name: 'Prod Prometheus', url: BASE, options });
const signal = () => new AbortController().signal;

describe('Test connection', () => {
  it('says precisely what works: reachable, version, queries, and every panel metric present', async () => {
    server.use(
      buildinfo,
      queries(['model_request_duration_seconds_bucket', 'model_requests_total', 'model_feature_drift_score']),
    );
    expect(await source().check(signal())).toEqual({
      ok: true,
      version: '2.42.0+ds',
      summary: 'Connected to Prometheus API 2.42.0+ds; queries run; all panel metrics have data.',
      steps: [
        { label: 'Reachable', ok: true, detail: `${BASE} answered.` },
        { label: 'Version', ok: true, detail: 'Prometheus API 2.42.0+ds' },
        { label: 'Query API', ok: true, detail: 'A test query (vector(1)) ran.' },
        {
          label: 'Metrics (sightline preset)',
          ok: true,
          detail:
            'All 3 metrics the panels read have data: model_request_duration_seconds_bucket, model_requests_total, model_feature_drift_score.',
        },
      ],
    });
  });

  it('names the metrics a preset expects but the server lacks', async () => {
    server.use(buildinfo, queries(['request_predict_seconds_bucket']));
    const check = await source({ preset: 'kserve' }).check(signal());
    expect(check.ok).toBe(true);
    expect(check.steps[3]).toEqual({
      label: 'Metrics (kserve preset)',
      ok: false,
      detail:
        'No data in the last 5 minutes for request_predict_seconds_count, revision_app_request_count, model_feature_drift_score; panels that read them will be empty. Found: request_predict_seconds_bucket.',
    });
  });

  it('works without buildinfo (VictoriaMetrics, proxies): version unknown, not a failure', async () => {
    server.use(
      http.get(
        `${BASE}/api/v1/status/buildinfo`,
        () => new HttpResponse('unsupported path', { status: 404 }),
      ),
      queries([]),
    );
    const check = await source().check(signal());
    expect(check.ok).toBe(true);
    expect(check.version).toBeUndefined();
    expect(check.steps[1]).toMatchObject({
      label: 'Version',
      ok: true,
      detail: expect.stringContaining('VictoriaMetrics') as unknown,
    });
  });

  it('works with the build info of VictoriaMetrics 1.79, which has no version', async () => {
    server.use(
      http.get(`${BASE}/api/v1/status/buildinfo`, () => HttpResponse.json({ status: 'success', data: {} })),
      queries(['model_requests_total']),
    );
    const check = await source().check(signal());
    expect(check).toMatchObject({ ok: true, version: undefined });
    expect(check.summary).toBe(
      'Connected to a Prometheus-compatible API; queries run; 2 of 3 panel metrics have no recent data.',
    );
  });

  it('wrong URL: reachable path but no query API says which URL to use', async () => {
    server.use(
      http.get(`${BASE}/api/v1/status/buildinfo`, () => new HttpResponse('not found', { status: 404 })),
      http.get(`${BASE}/api/v1/query`, () => new HttpResponse('not found', { status: 404 })),
    );
    const check = await source().check(signal());
    expect(check.ok).toBe(false);
    expect(check.steps[2]).toMatchObject({
      label: 'Query API',
      ok: false,
      detail: expect.stringContaining('base URL') as unknown,
    });
  });

  it('unreachable: fails at the first step', async () => {
    server.use(http.get(`${BASE}/api/v1/status/buildinfo`, () => HttpResponse.error()));
    const check = await source().check(signal());
    expect(check).toMatchObject({
      ok: false,
      summary: 'Could not reach Prod Prometheus for GET /api/v1/status/buildinfo.',
    });
    expect(check.steps).toHaveLength(1);
  });
});
