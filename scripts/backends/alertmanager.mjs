// A real Alertmanager on a free loopback port, with current alerts and one silence.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBinary, freePort, sleep, startProcess, waitReady } from './processes.mjs';

const MINUTE = 60_000;

/** What Alertmanager holds (relative to the real clock: it keeps current state only). */
export const AM_ALERTS = [
  {
    labels: {
      alertname: 'ModelLatencyHigh',
      severity: 'critical',
      model: 'dynamic-pricing',
      deployment: 'dynamic-pricing-production',
    },
    annotations: {
      summary: 'p95 latency of dynamic-pricing is 0.50 s (SLO 0.25 s)',
      description: 'Since the v14 rollout, production p95 latency is four times its usual 0.12 s.',
    },
  },
  {
    labels: {
      alertname: 'ModelErrorRateHigh',
      severity: 'warning',
      model: 'dynamic-pricing',
      deployment: 'dynamic-pricing-production',
    },
    annotations: { summary: '15 % of dynamic-pricing requests fail' },
  },
  {
    labels: {
      alertname: 'FeatureDriftHigh',
      severity: 'warning',
      model: 'churn-predictor',
      feature: 'tenure_months',
    },
    annotations: { summary: 'tenure_months drifted (score 0.32)' },
  },
  {
    labels: { alertname: 'PrometheusRuleFailures', severity: 'info', job: 'prometheus' },
    annotations: { summary: 'A rule group failed to evaluate' },
  },
];

/** Silences ModelErrorRateHigh of dynamic-pricing: the team already knows. */
export const AM_SILENCE = {
  matchers: [
    { name: 'alertname', value: 'ModelErrorRateHigh', isRegex: false, isEqual: true },
    { name: 'model', value: 'dynamic-pricing', isRegex: false, isEqual: true },
  ],
  createdBy: 'sightline-tests',
  comment: 'Known: rollback of v14 in progress',
};

const CONFIG = `route:
  receiver: blackhole
  group_wait: 1h
receivers:
  - name: blackhole
`;

export async function startAlertmanager(workDir) {
  const binary = findBinary(
    'ALERTMANAGER_BIN',
    ['prometheus-alertmanager', 'alertmanager'],
    'prometheus-alertmanager',
  );
  const config = join(workDir, 'alertmanager.yml');
  const storage = join(workDir, 'alertmanager-data');
  writeFileSync(config, CONFIG);
  mkdirSync(storage, { recursive: true });
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const handle = startProcess('Alertmanager', binary, [
      `--config.file=${config}`,
      `--storage.path=${storage}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // Empty: no gossip port on all interfaces.
      '--cluster.listen-address=',
      '--log.level=warn',
    ]);
    try {
      await waitReady(handle, `${url}/-/ready`);
      return { url, pid: handle.pid, stop: handle.stop };
    } catch (error) {
      lastError = error;
      await handle.stop();
    }
  }
  throw lastError;
}

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Posts the alerts and the silence, then waits until Alertmanager shows the silenced alert as suppressed. */
export async function seedAlertmanager(url, now = Date.now()) {
  const startsAt = new Date(now - 10 * MINUTE).toISOString();
  const endsAt = new Date(now + 6 * 60 * MINUTE).toISOString();
  await post(
    `${url}/api/v2/alerts`,
    AM_ALERTS.map((a) => ({
      ...a,
      startsAt,
      endsAt,
      generatorURL: 'http://prometheus.example/graph?g0.expr=up',
    })),
  );
  const { silenceID } = await post(`${url}/api/v2/silences`, {
    ...AM_SILENCE,
    startsAt: new Date(now - MINUTE).toISOString(),
    endsAt: new Date(now + 6 * 60 * MINUTE).toISOString(),
  });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const alerts = await (await fetch(`${url}/api/v2/alerts`)).json();
    const silenced = alerts.find((a) => a.labels.alertname === 'ModelErrorRateHigh');
    if (alerts.length === AM_ALERTS.length && silenced?.status.state === 'suppressed')
      return { silenceId: silenceID };
    await sleep(100);
  }
  throw new Error(`Alertmanager at ${url} did not show the seeded alerts and silence within 10 s.`);
}
