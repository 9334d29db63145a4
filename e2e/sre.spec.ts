import type { Locator, Page, Route } from '@playwright/test';
import { getResponse } from 'msw';
import { resolveFleetOptions } from '../src/mocks/demo-defaults';
import { routeHandlers } from '../src/mocks/handlers/route-handlers';
import { gotoAndWait, mainNav, roleSelect, waitForData } from './support/app';
import { expectAccessibleInBothThemes } from './support/axe';
import { asDateTime, chartTable, serveConfig, type TableRow } from './support/real-backends';
import { expect, test } from './support/test';

/**
 * The SRE's journeys against the demo story: two days ago v14 of dynamic-pricing went to
 * production, p95 latency rose fourfold and errors reached 15 % for an hour, an alert fired,
 * the SRE rolled back (INC-2041, resolved); search-ranker still burns budget (INC-2057, open).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Tables print times in the browser's zone and locale: fix both, so times can be looked up.
test.use({ timezoneId: 'UTC', locale: 'en-US' });

/** The demo's clock: whole hours (start-demo.ts), so the story's times are known here. */
const demoNow = (): number => Math.floor(Date.now() / HOUR) * HOUR;
/**
 * The page's clock for the journey that reads numbers off the charts. The demo's noise is
 * seeded by the minute, so the incident's ratio to its baseline wanders 3.5–4.7 with the wall
 * clock; fixed at this instant it is 4.0 during the incident and 1.0 after the rollback.
 */
const STORY_NOW = Date.UTC(2026, 11, 3, 21, 20);

const figure = (page: Page, title: string): Locator => page.getByRole('figure', { name: title });
const region = (page: Page, title: string): Locator => page.getByRole('region', { name: title });
const timelineItem = (page: Page, text: string): Locator =>
  page.getByRole('list', { name: 'Incident timeline' }).getByRole('listitem').filter({ hasText: text });

/** Values a chart table shows for `series` at the minutes of [from, to]. */
function valuesBetween(rows: readonly TableRow[], series: string, from: number, to: number): number[] {
  const minutes = new Set<string>();
  for (let t = from; t <= to; t += MINUTE) minutes.add(asDateTime(t));
  return rows
    .filter((r) => r.series === series && minutes.has(r.time))
    .map((r) => Number.parseFloat(r.value.replace(/,/g, '')));
}
const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function becomeSre(page: Page): Promise<void> {
  await gotoAndWait(page, '/');
  await roleSelect(page).selectOption({ label: 'SRE' });
  await expect(page).toHaveURL(/\/home\/sre$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations');
  await waitForData(page);
}

test.describe('An SRE investigates the pricing incident', () => {
  test('home → incidents → the deploy that caused it → the latency spike → what changed → roll back', async ({
    page,
  }) => {
    await page.clock.setFixedTime(STORY_NOW);
    const deployedAt = Math.floor(STORY_NOW / HOUR) * HOUR - 2 * DAY;
    await becomeSre(page);

    // The home answers first what breaches or burns budget: search-ranker's slow burn on top.
    const breaches = region(page, 'Breaching or burning budget');
    await expect(
      breaches.getByText(/^\d+ of \d+ objectives are breaching or burning budget\.$/),
    ).toBeVisible();
    const worst = breaches.getByRole('row').nth(1);
    await expect(worst).toContainText('search-ranker');
    await expect(worst).toContainText('Burning budget: 1.8× over 6 h');
    await expect(
      region(page, 'Open incidents')
        .getByRole('link', { name: /search-ranker/ })
        .first(),
    ).toBeVisible();

    // The resolved pricing incident is under all incidents.
    await region(page, 'Open incidents').getByRole('link', { name: 'All incidents' }).click();
    await expect(page).toHaveURL(/\/incidents\?status=all$/);
    await waitForData(page);
    await page
      .getByRole('link', { name: 'dynamic-pricing: p95 latency ×4 and 15 % errors after v14' })
      .click();
    await expect(page).toHaveURL(/\/incidents\/INC-2041\?range=\d+-\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'dynamic-pricing: p95 latency ×4 and 15 % errors after v14',
    );
    await waitForData(page);

    // The timeline: the v14 deploy, marked as the likely trigger, comes before the alert it set off.
    const deploy = timelineItem(page, 'v14 deployed to production');
    await expect(deploy).toContainText('Likely trigger');
    await expect(deploy).toContainText('4 min before the start');
    const items = await page
      .getByRole('list', { name: 'Incident timeline' })
      .getByRole('listitem')
      .allTextContents();
    const at = (text: string): number => items.findIndex((item) => item.includes(text));
    expect(at('v14 deployed to production')).toBeGreaterThanOrEqual(0);
    expect(at('v14 deployed to production')).toBeLessThan(at('PricingModelLatencyHigh fired'));
    expect(at('PricingModelLatencyHigh fired')).toBeLessThan(at('Rolled back to v13'));

    // The charts: p95 about four times its baseline inside the incident hour, back after the rollback.
    const latency = figure(page, 'Latency');
    await expect(latency.getByRole('list', { name: 'Legend of Latency' })).toContainText('Incident');
    const rows = await chartTable(latency);
    const before = median(valuesBetween(rows, 'p95', deployedAt - 90 * MINUTE, deployedAt - 10 * MINUTE));
    const during = median(valuesBetween(rows, 'p95', deployedAt + 10 * MINUTE, deployedAt + 50 * MINUTE));
    const after = median(valuesBetween(rows, 'p95', deployedAt + 70 * MINUTE, deployedAt + 110 * MINUTE));
    expect(during / before).toBeGreaterThan(3.5);
    expect(during / before).toBeLessThan(4.5);
    expect(after / before).toBeGreaterThan(0.85);
    expect(after / before).toBeLessThan(1.15);

    // Hovering the latency chart half an hour into the incident shows the same instant on every chart.
    const shade = latency.locator('.recharts-reference-area-rect').first();
    const box = await shade.boundingBox();
    if (!box) throw new Error('The incident is not shaded on the latency chart.');
    const startedAt = deployedAt + 4 * MINUTE;
    const resolvedAt = deployedAt + HOUR + 50 * MINUTE;
    const x = box.x + (box.width * (deployedAt + 30 * MINUTE - startedAt)) / (resolvedAt - startedAt);
    await page.mouse.move(x, box.y + box.height / 2);
    const latencyTip = latency.locator('.chart-tooltip');
    await expect(latencyTip).toBeVisible();
    const tipP95 = Number.parseFloat(
      (await latencyTip
        .locator('.chart-tooltip__row')
        .filter({ hasText: 'p95' })
        .locator('.num')
        .textContent()) ?? '',
    );
    expect(tipP95 / before).toBeGreaterThan(3.2);
    const errorTip = figure(page, 'Error rate').locator('.chart-tooltip');
    await expect(errorTip).toBeVisible();
    await expect(errorTip).toContainText(/1\d\.\d %/);

    // What changed: v13 → v14, and max_batch_size 32 → 128.
    const changed = region(page, 'What changed');
    await expect(changed).toContainText('3 changes: config.feature_lookup, config.max_batch_size, version.');
    const setting = (name: string): Locator => changed.getByRole('row').filter({ hasText: name });
    await expect(setting('config.max_batch_size').getByRole('cell')).toHaveText(['32', '128']);
    await expect(setting('version').getByRole('cell')).toHaveText(['v13', 'v14']);
    // Resolved: nothing left to roll back here.
    await expect(changed.getByRole('button', { name: /Roll back/ })).toHaveCount(0);

    // The open incident offers the roll back; the SRE takes it (in-app navigation keeps the demo's state).
    await mainNav(page).getByRole('link', { name: 'Incidents' }).click();
    await waitForData(page);
    await page.getByRole('link', { name: 'search-ranker: slow error-budget burn on p95 latency' }).click();
    await expect(page).toHaveURL(/\/incidents\/INC-2057/);
    await waitForData(page);
    const offer = region(page, 'What changed');
    // Nothing was deployed before it: the actions that fit come first, the roll back after, as a last resort.
    await expect(offer).toContainText('No deploy preceded this incident');
    await expect(offer).toContainText('Production runs v10. Only if you suspect v10 itself');
    await offer.getByRole('button', { name: 'Roll back to v9' }).click();
    const dialog = page.getByRole('dialog', { name: 'Roll back search-ranker in production?' });
    await expect(dialog).toContainText(
      /Production of search-ranker will serve v9 instead of v10, on all \d+ replicas, for 95 % of live traffic\./,
    );
    await dialog
      .getByRole('textbox', { name: 'Why (kept in the rollout history)' })
      .fill('Bursts began with v10');
    await dialog.getByRole('button', { name: 'Roll back to v9' }).click();
    await expect(dialog.getByRole('status')).toContainText(
      /search-ranker production now serves v9 \(was v10\) on \d+ replicas\./,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(timelineItem(page, 'Rolled back to v9')).toContainText(
      'by you (demo): Bursts began with v10',
    );

    // The rollout history of the model lists it.
    await page.getByRole('main').getByRole('link', { name: 'search-ranker', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Model views' })
      .getByRole('link', { name: 'Deployments' })
      .click();
    await waitForData(page);
    const latest = region(page, 'Rollout history').getByRole('row').nth(1);
    await expect(latest).toContainText('Rolled back');
    await expect(latest).toContainText('v10 → v9');
    await expect(latest).toContainText('Bursts began with v10');
    await expect(region(page, 'Environments').getByRole('row', { name: /Production/ })).toContainText('v9');
  });
});

/**
 * The demo backend answered from this test process through `page.route`, under a connection
 * of kind "sightline": routes can then fail a single request, which the demo's service worker
 * would answer before Playwright saw it.
 */
async function serveDemoThroughRoutes(page: Page): Promise<void> {
  const handlers = routeHandlers(resolveFleetOptions({ now: demoNow() }));
  await serveConfig(page, {
    connections: [{ id: 'ops', kind: 'sightline', name: 'Ops API', url: '/ops-api' }],
    capabilities: {},
  });
  await page.route('**/ops-api/**', async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const demoUrl = `http://sightline.test/__demo/api${url.pathname.replace(/^\/ops-api/, '')}${url.search}`;
    const body = request.postData();
    const response = await getResponse(
      handlers,
      new Request(demoUrl, { method: request.method(), headers: await request.allHeaders(), body }),
    );
    if (!response)
      return route.fulfill({ status: 404, json: { error: { code: 'NOT_FOUND', message: 'No route' } } });
    await route.fulfill({
      status: response.status,
      contentType: 'application/json',
      body: await response.text(),
    });
  });
}

test.describe('Notes are never lost', () => {
  test('a save that fails keeps the note and says why; a retry saves it once', async ({ page }) => {
    await serveDemoThroughRoutes(page);
    let failing = true;
    let posts = 0;
    await page.route('**/ops-api/operations/incidents/INC-2057/notes', async (route) => {
      posts++;
      if (!failing) return route.fallback();
      await route.fulfill({
        status: 500,
        json: { error: { code: 'INTERNAL', message: 'The notes store is restarting.' } },
      });
    });
    await becomeSre(page);
    await page.goto('/incidents/INC-2057');
    await waitForData(page);

    const notes = page.getByRole('list', { name: 'Notes, newest first' });
    await page.getByRole('textbox', { name: 'Add a note' }).fill('Compaction finished on shard 7.');
    await page.getByRole('button', { name: 'Save note' }).click();
    const failed = notes.getByRole('listitem').filter({ hasText: 'Compaction finished on shard 7.' });
    await expect(failed).toContainText('not saved');
    await expect(failed.getByRole('alert')).toContainText(
      'Not saved: Ops API answered 500 to POST /operations/incidents/INC-2057/notes: The notes store is restarting.',
    );
    await expect(page.getByRole('textbox', { name: 'Add a note' })).toHaveValue('');

    // Retried by itself twice (after 1 s, then 4 s), still failing; then it waits for the user.
    await expect.poll(() => posts, { timeout: 15_000 }).toBe(3);
    await expect(failed.getByRole('button', { name: 'Retry now' })).toBeVisible();
    await expect(failed).toContainText('not saved');
    failing = false;
    await failed.getByRole('button', { name: 'Retry now' }).click();
    await expect(notes.getByText('Compaction finished on shard 7.')).toHaveCount(1);
    await expect(notes.getByRole('alert')).toHaveCount(0);
    await expect(notes).not.toContainText(/not saved|saving/);
    expect(posts).toBe(4);

    // After a reload the note is still there, once: the backend kept it, once.
    await page.reload();
    await waitForData(page);
    await expect(notes.getByText('Compaction finished on shard 7.')).toHaveCount(1);
  });

  test('a reload keeps the draft', async ({ page }) => {
    await becomeSre(page);
    await page.goto('/incidents/INC-2057');
    await waitForData(page);
    const box = page.getByRole('textbox', { name: 'Add a note' });
    await box.fill('Half a thought about index compaction');
    await page.reload();
    await waitForData(page);
    await expect(box).toHaveValue('Half a thought about index compaction');
  });
});

test.describe('The SRE home', () => {
  test('groups firing alerts by rule and model, links them to their incident, shows labels for a bare alert', async ({
    page,
  }) => {
    await becomeSre(page);
    const panel = region(page, 'Firing alerts');
    // The rows only: a row's labels are a list of their own.
    const groups = panel
      .getByRole('list', { name: 'Alerts, grouped by alert and model' })
      .locator(':scope > li');
    await expect(groups.first()).toBeVisible();

    // One row per rule and model: no two rows name the same pair.
    const keys = await groups.evaluateAll((items) =>
      items.map((item) => {
        const name = item.querySelector('.alert-group__name')?.textContent ?? '';
        const model = item.querySelector('a[href*="/models/"]')?.textContent ?? '';
        return `${name} ${model}`;
      }),
    );
    expect(new Set(keys).size).toBe(keys.length);

    // A rule firing on several pods is one row that says how many, and, as its pods carry no
    // description, lists their labels instead of an empty line.
    const several = groups.filter({ hasText: /\d+ firing/ }).first();
    await expect(several).toBeVisible();
    const labels = several.getByRole('list', { name: /^Labels/ });
    await expect(labels).toContainText(/pod=/);
    await expect(labels).toContainText(/team=/);
    const total = Number((await panel.getByText(/^\d+ firing, \d+ groups$/).textContent())?.split(' ')[0]);
    expect(total).toBeGreaterThan(keys.length);

    // The fraud model's drift alert belongs to the open drift incident, and its link opens it.
    const drift = groups
      .filter({ hasText: 'ModelFeatureDriftHigh' })
      .filter({ hasText: 'transaction-fraud' });
    await drift.getByRole('link', { name: /^Incident INC-2049:/ }).click();
    await expect(page).toHaveURL(/\/incidents\/INC-2049(\?|$)/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('transaction-fraud');
  });

  test('at 1440 px: open incidents come before objectives, alerts beside them, no empty column', async ({
    page,
  }) => {
    await becomeSre(page);
    const box = async (title: string) => {
      const b = await region(page, title).boundingBox();
      if (!b) throw new Error(`${title} has no box`);
      return b;
    };
    const incidents = await box('Open incidents');
    const objectives = await box('Breaching or burning budget');
    const alerts = await box('Firing alerts');
    const health = await box('Production models by health');
    const main = (await page.locator('main').boundingBox())!;

    // Incidents above objectives, in the left column; alerts in the right, from the top.
    expect(incidents.y).toBeLessThan(objectives.y);
    expect(Math.abs(incidents.x - objectives.x)).toBeLessThan(2);
    expect(alerts.x).toBeGreaterThan(incidents.x + incidents.width - 1);
    expect(Math.abs(alerts.y - incidents.y)).toBeLessThan(2);
    // Neither column runs on alone for long: they end within a few rows of each other.
    const leftEnd = objectives.y + objectives.height;
    const rightEnd = alerts.y + alerts.height;
    expect(Math.abs(leftEnd - rightEnd)).toBeLessThan(400);
    // The health table has the full width below both, not a narrow column.
    expect(health.y).toBeGreaterThan(Math.max(leftEnd, rightEnd));
    expect(health.width).toBeGreaterThan(main.width * 0.85);
  });

  test('a list that stops early says how many it left out, and its link lists all of them', async ({
    page,
  }) => {
    await becomeSre(page);
    const health = region(page, 'Production models by health');
    await expect(health.getByText(/^Showing 12 of 20 production models \(8 left out\)\./)).toBeVisible();
    await health.getByRole('link', { name: 'See all 20' }).click();
    await expect(page).toHaveURL(/\/models\?.*stage=production/);
    await waitForData(page);
    await expect(page.getByText(/^20 of 30 models/)).toBeVisible();
  });
});

const ROUTES = [
  '/home/sre',
  '/incidents',
  '/incidents/INC-2041',
  '/models/dynamic-pricing/deployments',
  '/models/dynamic-pricing/service',
];

test.describe('Accessibility of the SRE views (axe: WCAG 2.2 AA and best practices)', () => {
  for (const route of ROUTES) {
    test(`${route} has no serious or critical violations, in light and in dark`, async ({ page }) => {
      // As an SRE, so the controls only an SRE sees (roll back, status, notes) are scanned too.
      await page.addInitScript(() => {
        if (!localStorage.getItem('sightline.preferences'))
          localStorage.setItem(
            'sightline.preferences',
            JSON.stringify({ state: { role: 'sre', theme: 'system' }, version: 1 }),
          );
      });
      await expectAccessibleInBothThemes(page, route);
    });
  }
});
