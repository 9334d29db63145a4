import type { Locator, Page } from '@playwright/test';
import { gotoAndWait, mainNav, waitForData } from './support/app';
import { expectAccessibleInBothThemes } from './support/axe';
import { expect, test } from './support/test';

/**
 * The SRE's way from a chart to a question nobody made a dashboard for: INC-2057, search-ranker
 * burning its latency budget. Its deployment runs a canary beside production (the demo story).
 */

const pane = (page: Page, label: string): Locator =>
  page.getByRole('region', { name: `Pane ${label}`, exact: true });
const legend = (scope: Locator): Locator => scope.getByRole('list', { name: /^Series of / });

test('an SRE opens Explore from an incident chart, splits it, compares two deployments and shares the link', async ({
  page,
  context,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoAndWait(page, '/home/sre');
  await expect(mainNav(page).getByRole('link', { name: 'Explore' })).toBeVisible();
  await gotoAndWait(page, '/incidents/INC-2057');

  await page.getByRole('link', { name: 'Open in Explore: latency' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Explore' })).toBeVisible();
  await waitForData(page);
  // The chart's own queries, p50, p95 and p99, over the incident's window.
  const a = pane(page, 'A');
  await expect(a.getByRole('textbox', { name: /^Query A/ })).toContainText('histogram_quantile(0.5');
  await expect(a.getByRole('textbox', { name: /^Query C/ })).toContainText('histogram_quantile(0.99');
  await expect(legend(a).getByRole('button')).toHaveCount(3);

  await page.getByRole('button', { name: 'Split' }).click();
  const b = pane(page, 'B');
  await expect(b).toBeVisible();
  await b.getByRole('button', { name: 'Templates' }).click();
  await expect(b.getByRole('textbox', { name: 'Model' })).toHaveValue('search-ranker');
  await b.getByRole('button', { name: 'p95 latency of search-ranker by deployment' }).click();
  await waitForData(page);
  await expect(b.getByRole('textbox', { name: /^Query A/ })).toContainText('by (le, deployment)');
  const deployments = legend(b).getByRole('button');
  await expect(deployments).toHaveCount(2);
  await expect(deployments.filter({ hasText: 'search-ranker-canary' })).toHaveCount(1);
  await expect(deployments.filter({ hasText: 'search-ranker-production' })).toHaveCount(1);
  // A series switched off is still named, and says so.
  await deployments.filter({ hasText: 'canary' }).click();
  await expect(deployments.filter({ hasText: 'canary' })).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('schemaVersion')).toBe('1');

  // The link reproduces the view: both panes, their queries and what they show.
  const shared = await context.newPage();
  await gotoAndWait(shared, link);
  await expect(pane(shared, 'B').getByRole('textbox', { name: /^Query A/ })).toContainText(
    'by (le, deployment)',
  );
  await expect(legend(pane(shared, 'B')).getByRole('button')).toHaveCount(2);
  await expect(legend(pane(shared, 'A')).getByRole('button')).toHaveCount(3);
});

test('a syntax error is marked in the editor with Prometheus’s words, and a string result says why it has no chart', async ({
  page,
}) => {
  test.slow();
  await gotoAndWait(page, '/home/sre');
  await mainNav(page).getByRole('link', { name: 'Explore' }).click();
  await waitForData(page);
  const editor = pane(page, 'A').getByRole('textbox', { name: /^Query A/ });
  await editor.click();
  // Brackets and quotes close themselves as you type, so the mistake here is a dangling operator.
  await page.keyboard.type('model_requests_total +');
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByText('Query A failed.')).toBeVisible();
  await expect(
    pane(page, 'A')
      .getByText(/parse error/)
      .first(),
  ).toBeVisible();

  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('"hello"');
  await pane(page, 'A')
    .getByRole('checkbox', { name: /Instant/ })
    .check();
  await pane(page, 'A').getByRole('button', { name: 'Run' }).click();
  await expect(page.getByText(/returned a string, “hello”/)).toBeVisible();
});

test('Explore is accessible in light and dark', async ({ page }) => {
  await expectAccessibleInBothThemes(
    page,
    '/explore?schemaVersion=1&panes=' +
      encodeURIComponent(
        JSON.stringify({
          a: {
            queries: [
              {
                refId: 'A',
                expr: 'sum by (deployment) (rate(model_requests_total{model="search-ranker"}[5m]))',
              },
            ],
          },
        }),
      ),
  );
});

test('an SRE reads the logs beside the metrics: errors of search-ranker, newest first, with their volume', async ({
  page,
}) => {
  test.slow();
  await gotoAndWait(page, '/incidents/INC-2057');
  await page.getByRole('link', { name: 'Open in Explore: latency' }).click();
  await waitForData(page);
  await page.getByRole('button', { name: 'Split' }).click();
  const b = pane(page, 'B');
  await b.getByRole('button', { name: 'Logs' }).click();
  const label = b.getByRole('combobox', { name: /^Label/ });
  await expect(label.getByRole('option', { name: 'model' })).toBeAttached();
  await label.selectOption('model');
  const value = b.getByRole('combobox', { name: /^Value/ });
  await expect(value.getByRole('option', { name: 'search-ranker' })).toBeAttached();
  await value.selectOption('search-ranker');
  await b.getByRole('button', { name: 'Add to query' }).click();
  const input = b.getByRole('textbox', { name: /^Log query/ });
  await input.press('End');
  await input.pressSequentially(' |= "level=error"');
  await input.press('Shift+Enter');

  const lines = b.getByRole('region', { name: 'Log lines, newest first' });
  await expect(lines.getByRole('listitem').first()).toBeVisible();
  await expect(lines.getByRole('listitem').first()).toContainText('error');
  await expect(lines).toContainText('model="search-ranker"');
  await expect(b.getByRole('list', { name: 'Lines by level' })).toContainText(/error: [\d,]+/);
  // The metrics pane beside it still shows its three quantiles.
  await expect(legend(pane(page, 'A')).getByRole('button')).toHaveCount(3);
  // The link keeps the logs pane as Grafana writes a Loki query.
  const panes = JSON.parse(new URL(page.url()).searchParams.get('panes') ?? '{}') as Record<
    string,
    { queries: { expr: string; datasource?: { type: string } }[] }
  >;
  expect(panes.b?.queries[0]?.datasource?.type).toBe('loki');
  expect(panes.b?.queries[0]?.expr).toBe('{model="search-ranker"} |= "level=error"');
});

test('Explore’s logs are accessible in light and dark', async ({ page }) => {
  await expectAccessibleInBothThemes(
    page,
    '/explore?schemaVersion=1&panes=' +
      encodeURIComponent(
        JSON.stringify({
          a: { queries: [{ refId: 'A', expr: '{model="search-ranker"}', datasource: { type: 'loki' } }] },
        }),
      ),
  );
});
