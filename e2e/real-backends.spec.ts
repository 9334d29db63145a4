import type { Locator, Page } from '@playwright/test';
import { AM_ALERTS } from '../scripts/backends/alertmanager.mjs';
import { ALERT_INTERVALS, INCIDENT, STORY } from '../scripts/backends/story.mjs';
import { fleetPager, fleetRows, gotoAndWait, mainNav, waitForData } from './support/app';
import { mlflowLineage, mlflowModelNames } from './support/mlflow-facts';
import {
  ALERTMANAGER_NAME,
  PROMETHEUS_NAME,
  asMilliseconds,
  asPercent,
  chartTable,
  closedPort,
  expect,
  errorRatioOf,
  latencyQuantileOf,
  throughputOf,
  realConfig,
  serveConfig,
  test,
  valueAt,
  type RunningBackends,
  type TableRow,
} from './support/real-backends';

/**
 * The app with its connections pointed at a real Prometheus 2.42 and Alertmanager 0.25
 * (scripts/backends/), holding a seeded week (story.mjs): every number asserted here is one a
 * user reads on screen, and each is derived from the story, not copied from the app.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MODEL = 'dynamic-pricing';
/** The service charts read the production deployment (the operations connection, the demo, names it). */
const PRODUCTION = { model: MODEL, deployment: 'dynamic-pricing-production' };
/** Two hours either side of the seeded incident hour (Nov 26, 14:00–15:00 UTC). */
const AROUND_INCIDENT = `range=${INCIDENT.from - 2 * HOUR}-${INCIDENT.to + 2 * HOUR}`;
const SERVICE_PAGE = `/models/${MODEL}/service?${AROUND_INCIDENT}`;
/** Inside the incident, a whole rate window after it began; before it; after it. */
const DURING = INCIDENT.from + 30 * MINUTE;
const BEFORE = INCIDENT.from - HOUR;
const AFTER = INCIDENT.to + HOUR;

// Tables print times in the browser's zone and locale: fix both, so the expected rows are exact.
test.use({ timezoneId: 'UTC', locale: 'en-US' });

const figure = (page: Page, title: string): Locator => page.getByRole('figure', { name: title });
const seriesValues = (rows: TableRow[], series: string): number[] =>
  rows.filter((r) => r.series === series).map((r) => Number.parseFloat(r.value.replace(/,/g, '')));
const alertItem = (list: Locator, name: string): Locator =>
  list.getByRole('listitem').filter({ has: list.page().getByText(name, { exact: true }) });

/** Prometheus's own answer to `query` at `timeMs`, asked directly (not through the app). */
async function instantValue(backends: RunningBackends, query: string, timeMs: number): Promise<number> {
  const url = new URL('/api/v1/query', backends.prometheus.url);
  url.searchParams.set('query', query);
  url.searchParams.set('time', String(timeMs / 1000));
  const body = (await (await fetch(url)).json()) as { data: { result: { value: [number, string] }[] } };
  return Number(body.data.result[0]?.value[1]);
}

test.describe('Real Prometheus and Alertmanager', () => {
  test("a model's service health: Alertmanager's alerts, Prometheus's numbers around the incident, and the PromQL behind them", async ({
    page,
    context,
    backends,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await serveConfig(page, realConfig(backends));
    await gotoAndWait(page, SERVICE_PAGE);

    await test.step('alerts: the firing one with its summary, the silenced one as Silenced', async () => {
      const list = page.getByRole('region', { name: 'Alerts' }).getByRole('list', { name: 'Alerts' });
      const seeded = (name: string) =>
        AM_ALERTS.find((a) => a.labels.alertname === name && a.labels.model === MODEL);
      // Only this model's: not churn-predictor's drift alert, not the one without a model label.
      await expect(list.getByRole('listitem')).toHaveCount(2);
      const latency = alertItem(list, 'ModelLatencyHigh');
      await expect(latency).toContainText('Critical');
      await expect(latency).toContainText(seeded('ModelLatencyHigh')?.annotations.summary ?? '?');
      await expect(latency).toContainText(/Firing since \d+ minutes ago/);
      const silenced = alertItem(list, 'ModelErrorRateHigh');
      await expect(silenced).toContainText('Silenced');
      await expect(silenced).toContainText(seeded('ModelErrorRateHigh')?.annotations.summary ?? '?');
      await expect(silenced).toContainText(`silenced by ${backends.silenceId}`);
      // Firing before silenced.
      await expect(list.getByRole('listitem').first()).toContainText('ModelLatencyHigh');
    });

    await test.step('latency: p95 of production inside the incident hour, 120 ms outside', async () => {
      // Production alone (×4 in the incident): the canary's 5 req/s are not mixed in.
      await expect(
        page.getByText(/^Production deployment dynamic-pricing-production \(v\d+\)\./),
      ).toBeVisible();
      const incidentP95 = asMilliseconds(latencyQuantileOf(PRODUCTION, 0.95, DURING));
      const normalP95 = asMilliseconds(STORY.normalP95Seconds);
      expect(incidentP95).toBe(asMilliseconds(STORY.incidentP95Seconds));
      expect(incidentP95).toBe('499 ms');
      const latency = await chartTable(figure(page, 'Latency'));
      expect(valueAt(latency, 'p95', DURING)).toBe(incidentP95);
      expect(valueAt(latency, 'p95', BEFORE)).toBe(normalP95);
      expect(valueAt(latency, 'p95', AFTER)).toBe(normalP95);
      expect(valueAt(latency, 'p50', BEFORE)).toBe(
        asMilliseconds(latencyQuantileOf(PRODUCTION, 0.5, BEFORE)),
      );
      expect(Math.max(...seriesValues(latency, 'p95'))).toBe(Number.parseFloat(incidentP95));
      expect(Math.min(...seriesValues(latency, 'p95'))).toBe(Number.parseFloat(normalP95));
    });

    await test.step('error rate: 15.0 % inside the incident hour, 0.50 % outside', async () => {
      const incidentErrors = asPercent(errorRatioOf(PRODUCTION, DURING));
      expect(incidentErrors).toBe('15.0 %');
      const errors = await chartTable(figure(page, 'Error rate'));
      expect(valueAt(errors, 'Error rate', DURING)).toBe(incidentErrors);
      expect(valueAt(errors, 'Error rate', BEFORE)).toBe(asPercent(STORY.normalErrorRatio));
      expect(Math.max(...seriesValues(errors, 'Error rate'))).toBe(Number.parseFloat(incidentErrors));
    });

    await test.step('throughput: 50 req/s all along (the incident slowed requests, it dropped none)', async () => {
      const throughput = await chartTable(figure(page, 'Throughput'));
      expect(new Set(throughput.map((r) => r.value))).toEqual(
        new Set([`${throughputOf(PRODUCTION).toFixed(1)} req/s`]),
      );
    });

    await test.step('"Query" shows the PromQL with the deployment\'s selector; pasted into Prometheus, it reads the same', async () => {
      const latency = figure(page, 'Latency');
      await latency.getByRole('button', { name: 'Query' }).click();
      const code = latency.locator('.chart-query code');
      // A 5-hour window on a 900-px chart with the connection's 60 s scrape: 60 s steps, so the rate window is 4 scrapes (240 s).
      const p95Query =
        'histogram_quantile(0.95, sum by (le) (rate(model_request_duration_seconds_bucket{model="dynamic-pricing",deployment="dynamic-pricing-production"}[240s])))';
      await expect(code).toContainText(p95Query);
      await expect(code).toContainText('histogram_quantile(0.5,');
      await expect(code).toContainText('histogram_quantile(0.99,');
      await latency.getByRole('button', { name: 'Copy' }).click();
      await expect(latency.getByRole('button', { name: 'Copied' })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.split('\n')).toContain(p95Query);
      const table = await chartTable(latency);
      expect(asMilliseconds(await instantValue(backends, p95Query, DURING))).toBe(
        valueAt(table, 'p95', DURING),
      );
      await latency.getByRole('button', { name: 'Hide query' }).click();
      await expect(code).toHaveCount(0);

      const errorRate = figure(page, 'Error rate');
      await errorRate.getByRole('button', { name: 'Query' }).click();
      await expect(errorRate.locator('.chart-query code')).toHaveText(
        '(sum(rate(model_requests_total{code=~"5..",model="dynamic-pricing",deployment="dynamic-pricing-production"}[240s])) or vector(0)) / sum(rate(model_requests_total{model="dynamic-pricing",deployment="dynamic-pricing-production"}[240s]))',
      );
    });
  });

  test('the SRE home lists what fires across the fleet, without the silenced alert', async ({
    page,
    backends,
  }) => {
    await serveConfig(page, realConfig(backends));
    await gotoAndWait(page, '/home/sre');
    const panel = page.getByRole('region', { name: 'Firing alerts' });
    const firing = AM_ALERTS.filter((a) => a.labels.alertname !== 'ModelErrorRateHigh');
    await expect(panel).toContainText(`${firing.length} firing`);
    const list = panel.getByRole('list', { name: 'Alerts' });
    await expect(list.getByRole('listitem')).toHaveCount(firing.length);
    for (const alert of firing)
      await expect(alertItem(list, alert.labels.alertname ?? '?')).toContainText(
        alert.annotations.summary ?? '?',
      );
    await expect(alertItem(list, 'ModelErrorRateHigh')).toHaveCount(0);
    // Worst first: the critical latency alert, then the drift warning, then the info.
    await expect(list.getByRole('listitem').nth(0)).toContainText('Critical');
    await expect(list.getByRole('listitem').nth(2)).toContainText('PrometheusRuleFailures');

    // An alert's model leads to its service view.
    await alertItem(list, 'FeatureDriftHigh').getByRole('link', { name: 'churn-predictor' }).click();
    await expect(page).toHaveURL(/\/models\/churn-predictor\/service/);
    await waitForData(page);
    await expect(alertItem(page.getByRole('list', { name: 'Alerts' }), 'FeatureDriftHigh')).toContainText(
      'tenure_months drifted',
    );
  });

  test("the incident timeline takes what fired, and when, from Prometheus's ALERTS series", async ({
    page,
    backends,
  }) => {
    // The demo's pricing incident (INC-2041) deploys v14 two days before the demo's clock, which it
    // rounds down to the hour: set the browser's clock so that deploy falls where the seeded one does.
    await page.clock.setFixedTime(INCIDENT.from + 2 * DAY + 30 * MINUTE);
    await serveConfig(page, realConfig(backends));
    await gotoAndWait(page, '/incidents/INC-2041');

    const timeline = page.getByRole('list', { name: 'Incident timeline' });
    const event = (title: string): Locator =>
      timeline.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
    const at = (ms: number | undefined): string => new Date(ms ?? NaN).toISOString();
    for (const { name, from, to } of [ALERT_INTERVALS.latency, ALERT_INTERVALS.errors]) {
      await expect(event(`${name} fired`)).toHaveCount(1);
      await expect(event(`${name} fired`)).toContainText('on dynamic-pricing-production');
      await expect(event(`${name} fired`).locator('time')).toHaveAttribute('datetime', at(from));
      await expect(event(`${name} resolved`).locator('time')).toHaveAttribute('datetime', at(to));
    }
    // 14:05: a minute after the incident's start (14:04), the deploy (14:00) being the likely trigger.
    await expect(event('ModelLatencyHigh fired')).toContainText('1 min after the start');
    await expect(event('v14 deployed to production')).toContainText('Likely trigger');
    // Another model's alert (churn-predictor's drift, firing at the end of the week) is not on it.
    await expect(timeline).not.toContainText('FeatureDriftHigh');

    // The signals under it are Prometheus's: the p95 peaks at the incident's value.
    const latency = await chartTable(figure(page, 'Latency'));
    expect(Math.max(...seriesValues(latency, 'p95'))).toBe(
      Number.parseFloat(asMilliseconds(latencyQuantileOf(PRODUCTION, 0.95, DURING))),
    );
  });

  test('Settings → Connections: "Test" says Prometheus and Alertmanager are reachable and names their versions', async ({
    page,
    backends,
  }) => {
    const build = (await (await fetch(`${backends.prometheus.url}/api/v1/status/buildinfo`)).json()) as {
      data: { version: string };
    };
    expect(build.data.version).toMatch(/^2\.42\./);
    await serveConfig(page, realConfig(backends));
    await gotoAndWait(page, '/settings/connections');

    const prometheus = page.getByRole('listitem', { name: `Connection ${PROMETHEUS_NAME}` });
    await expect(prometheus).toContainText('Answers: Metrics');
    await prometheus.getByRole('button', { name: 'Test' }).click();
    const result = prometheus.getByRole('status');
    await expect(prometheus.getByRole('button', { name: 'Test' })).toBeEnabled();
    await expect(result).toContainText('Works');
    await expect(result).toContainText(`Connected to Prometheus API ${build.data.version}; queries run`);
    await expect(result.getByRole('listitem').filter({ hasText: 'Reachable' })).toContainText(
      `${backends.prometheus.url} answered.`,
    );
    await expect(result.getByRole('listitem').filter({ hasText: 'Version' })).toContainText(
      `Prometheus API ${build.data.version}`,
    );
    await expect(result.getByRole('listitem').filter({ hasText: 'Query API' })).toContainText(
      'A test query (vector(1)) ran.',
    );
    // The seeded week ended days ago: the test says so instead of claiming live data.
    await expect(result).toContainText(
      'No data in the last 5 minutes for model_request_duration_seconds_bucket',
    );

    const alertmanager = page.getByRole('listitem', { name: `Connection ${ALERTMANAGER_NAME}` });
    await alertmanager.getByRole('button', { name: 'Test' }).click();
    await expect(alertmanager.getByRole('button', { name: 'Test' })).toBeEnabled();
    const amResult = alertmanager.getByRole('status');
    await expect(amResult).toContainText('Works');
    await expect(amResult).toContainText(/Connected to Alertmanager 0\.25\.\d+: 3 firing, 1 suppressed\./);
    await expect(amResult.getByRole('listitem').filter({ hasText: 'Alert history' })).toContainText(
      'From Prometheus connection "prom" (the ALERTS series).',
    );
  });

  test('an unreachable Prometheus: each chart names the connection and what to fix; the rest keeps working', async ({
    page,
    backends,
  }) => {
    const port = await closedPort();
    await serveConfig(page, realConfig(backends, { url: `http://127.0.0.1:${port}` }));
    await page.goto(SERVICE_PAGE);

    for (const what of ['latency', 'throughput', 'error rate']) {
      const failure = page.getByRole('alert').filter({ hasText: `Could not load ${what}.` });
      await expect(failure).toContainText(`Could not reach ${PROMETHEUS_NAME} for GET /api/v1/query_range.`);
      await expect(failure).toContainText('Check the URL, that the server is running');
      await expect(failure.getByRole('button', { name: 'Retry' })).toBeVisible();
    }
    // Alerts (Alertmanager) and objectives (the demo) do not depend on it.
    await expect(page.getByRole('region', { name: 'Alerts' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Objectives' })).toContainText(
      'meets all 2 of its objectives',
    );

    await mainNav(page).getByRole('link', { name: 'Models' }).click();
    await waitForData(page);
    await expect(fleetRows(page).first()).toBeVisible();

    await mainNav(page).getByRole('link', { name: 'Connections' }).click();
    await waitForData(page);
    const prometheus = page.getByRole('listitem', { name: `Connection ${PROMETHEUS_NAME}` });
    await expect(prometheus.getByRole('status')).toContainText('Failed');
    await expect(prometheus.getByRole('status')).toContainText(
      `Could not reach ${PROMETHEUS_NAME} for GET /api/v1/status/buildinfo.`,
    );
    await expect(prometheus.getByRole('status')).toContainText('Check the URL, that the server is running');
    await expect(
      page.getByRole('listitem', { name: `Connection ${ALERTMANAGER_NAME}` }).getByRole('status'),
    ).toContainText('Works');
  });

  test("a PromQL syntax error in the connection's queries shows Prometheus's own message", async ({
    page,
    backends,
  }) => {
    // A typo a user could make overriding the error-rate query: a parenthesis left open.
    const bad = 'sum(rate(model_requests_total{code=~"5.."}[5m])) / sum(rate(model_requests_total[5m])';
    const answer = await fetch(
      `${backends.prometheus.url}/api/v1/query_range?${new URLSearchParams({ query: bad, start: '0', end: '60', step: '60' })}`,
    );
    const { error } = (await answer.json()) as { error: string };
    expect(answer.status).toBe(400);
    expect(error).toContain('parse error');

    await serveConfig(page, realConfig(backends, { options: { queries: { error_rate: bad } } }));
    await page.goto(SERVICE_PAGE);
    const failure = page.getByRole('alert').filter({ hasText: 'Could not load error rate.' });
    await expect(failure).toContainText(`${PROMETHEUS_NAME} rejected the error rate query: ${error}`);
    await expect(failure).toContainText("Check options.queries.error_rate in the connection's settings.");
    // The other charts use the preset's queries and still show their numbers.
    await waitForData(page);
    const latency = await chartTable(figure(page, 'Latency'));
    expect(valueAt(latency, 'p95', DURING)).toBe(asMilliseconds(latencyQuantileOf(PRODUCTION, 0.95, DURING)));
  });
});

test.describe('Explore against the real Prometheus', () => {
  test('opens a service chart in Explore with the same series, completes metric names from the server, and marks a syntax error', async ({
    page,
    backends,
  }) => {
    test.slow();
    await serveConfig(page, realConfig(backends));
    await gotoAndWait(page, SERVICE_PAGE);
    await page.getByRole('link', { name: 'Open in Explore: latency' }).click();
    await waitForData(page);
    const a = page.getByRole('region', { name: 'Pane A', exact: true });
    await expect(a.getByRole('combobox', { name: /^Connection/ })).toHaveValue('prom');
    const legend = a.getByRole('list', { name: /^Series of / });
    await expect(legend.getByRole('button')).toHaveCount(3);
    await expect(a.getByRole('textbox', { name: /^Query B/ })).toContainText('histogram_quantile(0.95');
    await expect(
      a
        .getByRole('table', { name: 'Latest value of each series' })
        .getByRole('row')
        .filter({ hasText: /\d ms/ }),
    ).toHaveCount(3);

    const editor = a.getByRole('textbox', { name: /^Query A/ });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('model_requests_t');
    // Completion lists the server's metric names.
    await expect(page.locator('.cm-tooltip-autocomplete').getByText('model_requests_total')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.type('otal +');
    await page.keyboard.press('Shift+Enter');
    await expect(a.getByText('Query A failed.')).toBeVisible();
    await expect(a.getByText(/parse error/).first()).toBeVisible();
  });
});

test.describe('Registry from MLflow (the mock, in the browser), metrics and alerts from the real servers', () => {
  const withMlflow = (backends: RunningBackends) => {
    const config = realConfig(backends);
    config.connections.push({ id: 'mlflow', kind: 'mlflow', name: 'Team MLflow', url: '/mlflow' });
    config.capabilities.registry = 'mlflow';
    return config;
  };

  test("the fleet lists MLflow's models page by page, and a model's lineage shows its run's tags and datasets", async ({
    page,
    backends,
  }) => {
    const names = mlflowModelNames();
    await serveConfig(page, withMlflow(backends));
    await gotoAndWait(page, '/models?mlflow=demo');

    // MLflow's order (name ASC, capitals first), 100 a page; MLflow cannot count, so no total.
    await expect(fleetPager(page)).toContainText('1–100');
    await expect(fleetRows(page).first().getByRole('link')).toHaveText(names[0] ?? '?');
    await expect(fleetRows(page).nth(1).getByRole('link')).toHaveText(names[1] ?? '?');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(fleetPager(page)).toContainText('101–200');
    await waitForData(page);
    await expect(fleetRows(page).first().getByRole('link')).toHaveText(names[100] ?? '?');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(fleetPager(page)).toContainText('201–300');
    await waitForData(page);
    await expect(fleetRows(page).first().getByRole('link')).toHaveText(names[200] ?? '?');
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(fleetPager(page)).toContainText('101–200');
    await waitForData(page);
    await expect(fleetRows(page).first().getByRole('link')).toHaveText(names[100] ?? '?');

    // The home counts the whole registry, across MLflow's pages of 1,000.
    await gotoAndWait(page, '/home/product-manager');
    await expect(page.getByRole('region', { name: 'Portfolio status' })).toContainText(
      `${names.length.toLocaleString('en-US')} models`,
    );

    // Lineage of the production (champion) version: run tags and dataset inputs.
    const facts = mlflowLineage();
    await gotoAndWait(page, `/models/${facts.model}/lineage`);
    await expect(page.getByRole('combobox', { name: 'Version' })).toHaveValue(facts.version);
    const run = page.getByRole('region', { name: 'Training run' });
    await expect(run).toContainText(`${facts.runId} (${facts.runName})`);
    await expect(run).toContainText(facts.user);
    const dataAndCode = page.getByRole('region', { name: 'Data and code' });
    for (const dataset of facts.datasets)
      await expect(dataAndCode).toContainText(`${dataset.name} @${dataset.digest}`);
    await expect(dataAndCode.getByTitle(facts.commit)).toHaveText(facts.commit.slice(0, 12));
    await expect(dataAndCode).toContainText(facts.sourceName);
  });
});
