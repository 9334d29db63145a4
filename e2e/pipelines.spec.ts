import { gotoAndWait, mainNav, roleSelect } from './support/app';
import { expectAccessibleInBothThemes } from './support/axe';
import { expect, test } from './support/test';

/**
 * The data engineer's journey against the demo story: since the stores export changed, 3 % of
 * demand_raw's rows arrive with a null store_id, the validation step of the demand-forecast
 * feature pipeline fails and training is skipped; production v6 still serves from that data.
 */

test.describe('Data engineer: from a failed validation to the models it affects', () => {
  test('home → pipeline run → failed node → its check → impacted models → the model', async ({ page }) => {
    await gotoAndWait(page, '/home/data-engineer');
    await expect(roleSelect(page)).toHaveValue('data-engineer');
    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Pipelines' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Incidents' })).toBeVisible();

    const failing = page.getByRole('region', { name: 'Failing and late pipelines' });
    await expect(failing.getByRole('listitem').first()).toContainText('Failed');
    await expect(failing).toContainText('search click features');
    await failing.getByRole('link', { name: 'demand-forecast features' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('demand-forecast features');
    await expect(page.getByTestId('run-answer')).toHaveText(
      /^Failed at Validate demand_raw: store_id null rate expected ≤ 1 %, observed 3\.1 %\. 5 steps skipped downstream\./,
    );
    const graph = page.getByRole('group', { name: 'Pipeline steps as a graph' });
    await expect(graph.getByRole('button', { name: /^Train demand-forecast ?Skipped/ })).toBeVisible();

    // Select another node, then the failed one by keyboard.
    await graph.getByRole('button', { name: /^Build features ?Skipped/ }).click();
    await expect(page.getByRole('heading', { name: 'Build features', level: 2 })).toBeVisible();
    const failed = graph.getByRole('button', { name: /^Validate demand_raw ?Failed .*1 failed$/ });
    await failed.focus();
    await page.keyboard.press('Enter');
    await expect(failed).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/step=validate_demand_raw/);

    const checks = page.getByRole('table', { name: 'Checks of Validate demand_raw' });
    const row = checks.getByRole('row', { name: /store_id null rate/ });
    await expect(row.getByRole('cell').nth(0)).toHaveText('≤ 1 %');
    await expect(row.getByRole('cell').nth(1)).toHaveText('3.1 %');
    await expect(row.getByRole('cell').nth(2)).toHaveText('Fail');

    const impacted = page.getByRole('list', { name: 'Impacted model versions' });
    await expect(impacted).toContainText('serves from it');
    await impacted.getByRole('link', { name: 'demand-forecast v6' }).click();
    await expect(page).toHaveURL(/\/models\/demand-forecast/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('demand-forecast');
  });

  test('the dataset shows the nulls the drift tab also shows, and retraining warns of the failing pipeline', async ({
    page,
  }) => {
    await gotoAndWait(page, '/datasets/demand_raw');
    await expect(page.getByTestId('dataset-answer')).toContainText('failed a check');
    await gotoAndWait(page, '/datasets/stores_export');
    await expect(page.getByTestId('dataset-answer')).toContainText('store_id INT64 → STRING');

    await gotoAndWait(page, '/home/data-scientist');
    await gotoAndWait(page, '/models/demand-forecast/drift');
    await expect(page.getByTestId('upstream-warning')).toContainText('demand-forecast features');
    await expect(page.getByRole('main')).toContainText('store_id');
  });

  test('a 2,000-step pipeline opens on the failing step’s neighbourhood', async ({ page }) => {
    await gotoAndWait(page, '/pipelines/generated-scale?pipeline-steps=2000');
    await expect(page.getByTestId('graph-scope')).toContainText('of 2,000 steps: 2 hops around s1000');
    const graph = page.getByRole('group', { name: 'Pipeline steps as a graph' });
    expect(await graph.getByRole('button').count()).toBeLessThanOrEqual(150);
    await page.getByRole('combobox', { name: 'Depth' }).selectOption('1');
    await expect(page).toHaveURL(/depth=1/);
    await expect(page.getByTestId('graph-scope')).toContainText('1 hops around s1000');
  });
});

test.describe('Accessibility of the pipelines views', () => {
  for (const route of ['/pipelines', '/pipelines/demand-features', '/datasets/demand_raw']) {
    test(`${route} has no serious or critical violations, in light and in dark`, async ({ page }) => {
      await expectAccessibleInBothThemes(page, route);
    });
  }
});
