import { createServer } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import { startBackends, type RunningBackends } from '../../scripts/backends/backends.mjs';
import { BUCKETS, DEPLOYMENTS, STORY, inIncident, latencyCdf } from '../../scripts/backends/story.mjs';
import { test as base } from './test';

export type { RunningBackends };

/**
 * The app's `test` with real Prometheus and Alertmanager servers (scripts/backends/): started
 * and seeded once per worker, on the first test that asks for them, so specs that do not use
 * them pay nothing. Stopped when the worker ends: after its last test, and also when a test
 * fails (Playwright then replaces the worker, tearing its fixtures down first). If the runner
 * itself is killed, the harness's watchdogs stop them.
 */
export const test = base.extend<object, { backends: RunningBackends }>({
  backends: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
    async ({}, provide) => {
      const backends = await startBackends();
      try {
        await provide(backends);
      } finally {
        await backends.stop();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export { expect } from './test';

export interface ConnectionJson {
  id: string;
  kind: 'demo' | 'sightline' | 'mlflow' | 'prometheus' | 'alertmanager';
  name?: string;
  url?: string;
  options?: Record<string, unknown>;
}

export interface ConfigJson {
  connections: ConnectionJson[];
  capabilities: Partial<Record<'registry' | 'metrics' | 'alerts' | 'monitoring' | 'operations', string>>;
}

export const PROMETHEUS_NAME = 'Team Prometheus';
export const ALERTMANAGER_NAME = 'Team Alertmanager';

/**
 * The composite set-up a team runs: the registry, monitoring and operations from the demo,
 * metrics from the real Prometheus, alerts from the real Alertmanager (its history from the
 * Prometheus `ALERTS` series). `prometheus` overrides fields of the Prometheus connection.
 */
export function realConfig(backends: RunningBackends, prometheus: Partial<ConnectionJson> = {}): ConfigJson {
  return {
    connections: [
      { id: 'demo', kind: 'demo', name: 'Demo' },
      { id: 'prom', kind: 'prometheus', name: PROMETHEUS_NAME, url: backends.prometheus.url, ...prometheus },
      {
        id: 'am',
        kind: 'alertmanager',
        name: ALERTMANAGER_NAME,
        url: backends.alertmanager.url,
        options: { historyConnection: 'prom' },
      },
    ],
    capabilities: { registry: 'demo', metrics: 'prom', alerts: 'am', monitoring: 'demo', operations: 'demo' },
  };
}

/** Serves `config` as the deployment's config.json (the preview server has none). */
export async function serveConfig(page: Page, config: ConfigJson): Promise<void> {
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
  );
}

/** A loopback port that was free a moment ago and has nothing listening: connections are refused. */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// ---- What the seeded week says a user reads (scripts/backends/story.mjs) ----

/** openmetrics.mjs writes incident latencies as the normal distribution ×4. */
const INCIDENT_LATENCY_SCALE = 4;

/** What a chart asks Prometheus for: a model's deployment, or (no deployment) all of them summed. */
export interface ServedTarget {
  model: string;
  deployment?: string;
}

const deploymentsOf = ({ model, deployment }: ServedTarget) =>
  DEPLOYMENTS.filter((d) => d.model === model && (deployment === undefined || d.deployment === deployment));
const incidentAt = (d: (typeof DEPLOYMENTS)[number], t: number): boolean => d.incident && inIncident(t);

/**
 * What `histogram_quantile(q, sum by (le) (rate(…{model="…",deployment="…"}[w])))` reads at `t`,
 * when the whole rate window lies on one side of an incident edge. Without a deployment every one
 * of the model's is summed (dynamic-pricing: production ×4 in the incident, the canary not).
 */
export function latencyQuantileOf(target: ServedTarget, q: number, t: number): number {
  const deployments = deploymentsOf(target);
  const rate = (le: number): number =>
    deployments.reduce(
      (sum, d) => sum + d.rps * latencyCdf(le, incidentAt(d, t) ? INCIDENT_LATENCY_SCALE : 1),
      0,
    );
  const rank = q * deployments.reduce((sum, d) => sum + d.rps, 0);
  let lower = 0;
  let below = 0;
  for (const le of BUCKETS) {
    const count = rate(le);
    if (count >= rank) return lower + ((le - lower) * (rank - below)) / (count - below);
    lower = le;
    below = count;
  }
  return lower;
}

/** Failed requests over all requests of the target's deployments at `t`. */
export function errorRatioOf(target: ServedTarget, t: number): number {
  const deployments = deploymentsOf(target);
  const failed = deployments.reduce(
    (sum, d) => sum + d.rps * (incidentAt(d, t) ? STORY.incidentErrorRatio : STORY.normalErrorRatio),
    0,
  );
  return failed / deployments.reduce((sum, d) => sum + d.rps, 0);
}

export function throughputOf(target: ServedTarget): number {
  return deploymentsOf(target).reduce((sum, d) => sum + d.rps, 0);
}

// ---- Reading numbers off the screen as the app formats them (en-US) ----

/** 0.4964 → "496 ms" (formatLatency below a second). */
export const asMilliseconds = (seconds: number): string => `${(seconds * 1000).toFixed(0)} ms`;
/** 0.1368 → "13.7 %", 0.005 → "0.50 %" (two decimals below 10 %). */
export const asPercent = (ratio: number): string => `${(ratio * 100).toFixed(ratio < 0.1 ? 2 : 1)} %`;

const dateTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
/** A time as the app's tables print it in a UTC, en-US browser: "Nov 26, 2026, 2:30 PM". */
export const asDateTime = (ms: number): string => normalise(dateTime.format(ms));

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

export interface TableRow {
  series: string;
  time: string;
  value: string;
}

/** Opens a chart's "Show the numbers as a table" and reads its rows, as a screen-reader user would. */
export async function chartTable(figure: Locator): Promise<TableRow[]> {
  const details = figure.locator('details');
  if ((await details.getAttribute('open')) === null)
    await figure.getByText('Show the numbers as a table').click();
  const table = figure.getByRole('table');
  const cells = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent)),
    );
  return cells.map(([series = '', time = '', value = '']) => ({
    series: normalise(series),
    time: normalise(time),
    value: normalise(value),
  }));
}

/** The value a table shows for `series` at `t`; fails with the times it does show if `t` is not a row. */
export function valueAt(rows: readonly TableRow[], series: string, t: number): string {
  const time = asDateTime(t);
  const row = rows.find((r) => r.series === series && r.time === time);
  if (!row) {
    const times = rows.filter((r) => r.series === series).map((r) => r.time);
    throw new Error(
      `No ${series} row at ${time}; rows from ${times[0]} to ${times.at(-1)} (${times.length}).`,
    );
  }
  return row.value;
}
