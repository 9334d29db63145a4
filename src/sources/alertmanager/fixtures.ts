/** Payloads captured from Alertmanager 0.25.0 (GET /api/v2/alerts, /api/v2/silences, /api/v2/status). */

export const ALERTS_PAYLOAD = [
  {
    annotations: {
      description: 'Since the v14 rollout, production p95 latency is four times its usual 0.12 s.',
      summary: 'p95 latency of dynamic-pricing is 0.50 s (SLO 0.25 s)',
    },
    endsAt: '2026-11-29T17:04:21.618Z',
    fingerprint: '00f49d5ae66e28eb',
    receivers: [{ name: 'blackhole' }],
    startsAt: '2026-11-29T10:54:21.618Z',
    status: { inhibitedBy: [], silencedBy: [], state: 'active' },
    updatedAt: '2026-11-29T11:04:21.647Z',
    generatorURL: 'http://prometheus.example/graph?g0.expr=up',
    labels: {
      alertname: 'ModelLatencyHigh',
      deployment: 'dynamic-pricing-production',
      model: 'dynamic-pricing',
      severity: 'critical',
    },
  },
  {
    annotations: { summary: '15 % of dynamic-pricing requests fail' },
    endsAt: '2026-11-29T17:04:21.618Z',
    fingerprint: '2360c5de7704cdcc',
    receivers: [{ name: 'blackhole' }],
    startsAt: '2026-11-29T10:54:21.618Z',
    status: { inhibitedBy: [], silencedBy: ['4d59778e-2342-4801-b993-78cfec6720fe'], state: 'suppressed' },
    updatedAt: '2026-11-29T11:04:21.647Z',
    generatorURL: 'http://prometheus.example/graph?g0.expr=up',
    labels: {
      alertname: 'ModelErrorRateHigh',
      deployment: 'dynamic-pricing-production',
      model: 'dynamic-pricing',
      severity: 'warning',
    },
  },
  {
    annotations: {},
    endsAt: '2026-11-29T17:04:21.618Z',
    fingerprint: '8c1f0e3e9d2b7a11',
    receivers: [{ name: 'blackhole' }],
    startsAt: '2026-11-29T09:00:00.123456789Z',
    status: { inhibitedBy: [], silencedBy: [], state: 'unprocessed' },
    updatedAt: '2026-11-29T11:04:21.647Z',
    generatorURL: '',
    labels: { alertname: 'PrometheusRuleFailures', severity: 'info', job: 'prometheus' },
  },
];

export const SILENCES_PAYLOAD = [
  {
    id: '0a1b2c3d-0000-4000-8000-000000000001',
    status: { state: 'expired' },
    updatedAt: '2026-11-28T11:00:00.000Z',
    comment: 'Old maintenance',
    createdBy: 'ops',
    endsAt: '2026-11-28T11:00:00.000Z',
    matchers: [{ isRegex: true, name: 'model', value: 'churn-.*' }],
    startsAt: '2026-11-28T09:00:00.000Z',
  },
  {
    id: '4d59778e-2342-4801-b993-78cfec6720fe',
    status: { state: 'active' },
    updatedAt: '2026-11-29T11:04:21.652Z',
    comment: 'Known: rollback of v14 in progress',
    createdBy: 'sightline-tests',
    endsAt: '2026-11-29T17:04:21.618Z',
    matchers: [
      { isEqual: true, isRegex: false, name: 'alertname', value: 'ModelErrorRateHigh' },
      { isEqual: true, isRegex: false, name: 'model', value: 'dynamic-pricing' },
    ],
    startsAt: '2026-11-29T11:04:21.652Z',
  },
];

export const STATUS_PAYLOAD = {
  cluster: { peers: [], status: 'disabled' },
  config: { original: 'route:\n  receiver: blackhole\n' },
  uptime: '2026-11-29T11:04:20.940Z',
  versionInfo: {
    branch: 'debian/sid',
    buildDate: '20230301-00:00:00',
    buildUser: 'team+pkg-go@tracker.debian.org',
    goVersion: 'go1.19.8',
    revision: '0.25.0-1+b4',
    version: '0.25.0',
  },
};
