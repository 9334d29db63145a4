import type { Page } from '@playwright/test';
import { fleetTable, loadingIndicators, mainNav, roleSelect, waitForData } from './support/app';
import { expect, test } from './support/test';

/**
 * The demo's fault scenarios, chosen in the URL. Each test has its own browser
 * context, so the scenario the demo remembers for the tab (sessionStorage)
 * never leaks into another test.
 */

const SLOW_MS = 3000;

/** Every alert the page shows, once the demo's retries have given up. */
const alerts = (page: Page) => page.getByRole('main').getByRole('alert');

test.describe('Backend down', () => {
  test('the fleet names the source and the request, offers Retry, and the shell still works', async ({
    page,
  }) => {
    await page.goto('/models?scenario=backend-down');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Models');
    const alert = alerts(page);
    await expect(alert).toHaveCount(1, { timeout: 15_000 });
    await expect(alert).toContainText('Could not load the models.');
    await expect(alert).toContainText('Demo answered 503 to GET /registry/models');
    await expect(fleetTable(page)).toHaveCount(0);

    // Retry asks again (loading, while the demo's retries run), and the same plain error comes back.
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('status', { name: 'Loading models' })).toBeVisible();
    await expect(alert).toHaveCount(0);
    await expect(alert).toContainText('GET /registry/models', { timeout: 15_000 });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();

    // The header says which connection fails, and the navigation still works.
    await expect(page.getByRole('link', { name: 'Demo: 1 of 1 connections failing' })).toBeVisible();
    await mainNav(page).getByRole('link', { name: 'Connections' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connections');
    const demo = page.getByRole('listitem', { name: 'Connection Demo' });
    await expect(demo.getByRole('status')).toContainText('Failed');
    await expect(demo.getByRole('status')).toContainText('Demo answered 503 to GET /info');

    await roleSelect(page).selectOption({ label: 'SRE' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations');
    // Its panels are busy retrying, or already saying what failed: either way the page is alive.
    await expect(
      page.getByRole('status', { name: 'Loading production models' }).or(alerts(page).first()),
    ).toBeVisible();
  });

  test('each Portfolio panel says what failed, and the page around it keeps working', async ({ page }) => {
    await page.goto('/home/product-manager?scenario=backend-down');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio');
    // Three panels read the registry's summary, two its event log.
    await expect(alerts(page)).toHaveCount(5, { timeout: 15_000 });
    for (const alert of await alerts(page).all()) {
      await expect(alert).toContainText(/^Could not load /);
      await expect(alert).toContainText(/Demo answered 503 to GET \/(registry\/summary|delivery\/events)/);
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
    }
    for (const title of [
      'Portfolio status',
      'Needs attention',
      'Recently shipped',
      'What is blocked and why',
    ])
      await expect(page.getByRole('region', { name: title })).toBeVisible();

    await page.keyboard.press('/');
    await page.keyboard.type('fraud');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/models\?q=fraud$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Models');
    await expect(alerts(page)).toContainText('GET /registry/models', { timeout: 15_000 });
  });
});

test.describe('Slow backend', () => {
  test('the fleet shows a labelled skeleton first, then the models after about 3 s', async ({ page }) => {
    const started = Date.now();
    await page.goto('/models?scenario=slow');
    const skeleton = page.getByRole('status', { name: 'Loading models' });
    await expect(skeleton).toBeVisible();
    await expect(fleetTable(page)).toHaveCount(0);

    await expect(fleetTable(page)).toBeVisible({ timeout: 15_000 });
    expect(Date.now() - started, 'the data waited for the slow answer').toBeGreaterThanOrEqual(SLOW_MS - 100);
    await expect(skeleton).toHaveCount(0);
    await expect(fleetTable(page).getByRole('link', { name: 'transaction-fraud' })).toBeVisible();
    await waitForData(page);
  });

  test('the Portfolio shows a skeleton per panel, then every panel’s data', async ({ page }) => {
    const started = Date.now();
    await page.goto('/home/product-manager?scenario=slow');
    for (const label of [
      'Loading portfolio',
      'Loading models that need attention',
      'Loading recently shipped versions',
    ])
      await expect(page.getByRole('status', { name: label })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Models by health' })).toHaveCount(0);

    await expect(page.getByRole('list', { name: 'Models by health' })).toBeVisible({ timeout: 15_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_MS - 100);
    await waitForData(page);
    await expect(loadingIndicators(page)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Needs attention' })).toContainText('transaction-fraud');
    await expect(page.getByRole('region', { name: 'Recently shipped' }).getByRole('row')).not.toHaveCount(0);
  });
});

test.describe('Malformed payloads', () => {
  test('the fleet names the source, the request and the bad field', async ({ page }) => {
    await page.goto('/models?scenario=malformed');
    const alert = alerts(page);
    await expect(alert).toContainText('Could not load the models.');
    await expect(alert).toContainText(
      'Demo sent a malformed response to GET /registry/models: field "items.0.health.status"',
    );
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(fleetTable(page)).toHaveCount(0);
  });

  test('the Portfolio names the bad field of the summary', async ({ page }) => {
    await page.goto('/home/product-manager?scenario=malformed');
    // Three panels read the summary; the two of delivery name their own request.
    await expect(alerts(page)).toHaveCount(5);
    await expect(
      alerts(page).filter({
        hasText: 'Demo sent a malformed response to GET /registry/summary: field "totalModels"',
      }),
    ).toHaveCount(3);
    await expect(
      alerts(page).filter({ hasText: 'Demo sent a malformed response to GET /delivery/events' }),
    ).toHaveCount(2);
  });
});

test.describe('Empty fleet', () => {
  test('the fleet says it is empty and what to do', async ({ page }) => {
    await page.goto('/models?scenario=empty');
    await waitForData(page);
    const empty = page.getByRole('main').getByRole('status');
    await expect(empty).toContainText('No models match these filters.');
    await expect(empty).toContainText(
      'The registry has no models yet. Register one in your model registry, or check Settings → Connections.',
    );
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    await expect(alerts(page)).toHaveCount(0);
  });

  test('the Portfolio says there are no models yet and what to do, not that all is well', async ({
    page,
  }) => {
    await page.goto('/home/product-manager?scenario=empty');
    await waitForData(page);
    const status = page.getByRole('region', { name: 'Portfolio status' });
    await expect(status.getByRole('status')).toContainText('No models registered yet.');
    await expect(status.getByRole('status')).toContainText(
      'Register a model in your model registry, or check Settings → Connections.',
    );
    const attention = page.getByRole('region', { name: 'Needs attention' });
    await expect(attention.getByRole('status')).toContainText('No models to watch yet.');
    await expect(attention).not.toContainText('Every model is healthy');
    await expect(page.getByRole('region', { name: 'Recently shipped' })).toContainText(
      'Nothing shipped yet.',
    );
    await expect(alerts(page)).toHaveCount(0);
  });
});
