import type { Page } from '@playwright/test';
import { gotoAndWait, roleSelect, waitForData } from './support/app';
import { blockingViolations, describeViolations, expectAccessibleInBothThemes } from './support/axe';
import { expect, test } from './support/test';

/** The demo's decaying model: gradual drift on two features, accuracy following. */
const DECAYING = 'churn-predictor';

async function asDataScientist(page: Page): Promise<void> {
  await gotoAndWait(page, '/');
  await roleSelect(page).selectOption({ label: 'Data scientist' });
  await expect(page).toHaveURL(/\/home\/data-scientist$/);
  await waitForData(page);
}

test.describe('A data scientist finds why a model decays', () => {
  test('home → the worst-drifting model → its drift → the worst feature → the distributions', async ({
    page,
  }) => {
    await asDataScientist(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model health');

    // The home opens with the models ranked by drift: the decaying one first, its features named.
    const panel = page.getByRole('region', { name: 'Drift by model' });
    await expect(panel.getByTestId('drift-ranking-answer')).toContainText('1 with dataset drift');
    const worst = panel.getByRole('listitem').first();
    await expect(worst).toContainText('Dataset drift');
    await expect(worst).toContainText(/2 of 4 features: tenure_months \(PSI 0\.\d+\), monthly_charges/);
    await worst.getByRole('link', { name: DECAYING }).click();

    // The model page, on its Drift tab: the answer first.
    await expect(page).toHaveURL(new RegExp(`/models/${DECAYING}/drift`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DECAYING);
    await expect(
      page.getByRole('navigation', { name: 'Model views' }).getByRole('link', { name: 'Drift' }),
    ).toHaveAttribute('aria-current', 'page');
    await waitForData(page);
    const answer = page.getByTestId('drift-answer');
    await expect(answer).toContainText('Dataset drift');
    await expect(answer).toContainText(
      /2 of 4 features drifted in the last 24 hours: tenure_months \(PSI 0\.3\d\)/,
    );
    await expect(page.getByTestId('performance-follow-up')).toContainText(/Accuracy (of v\d+ )?(fell|held)/);

    // The worst feature is the first row; its score sits beside its threshold.
    const table = page.getByRole('table', { name: 'Features, worst drift first' });
    const first = table.getByRole('row').nth(1);
    await expect(first).toContainText('tenure_months');
    await expect(first).toContainText('≥ 0.10');
    await expect(first).toContainText('Drifted');
    await first.getByRole('link', { name: 'tenure_months' }).click();

    // The feature: reference vs live, overlaid, with the statistics beside them.
    await expect(page).toHaveURL(/[?&]feature=tenure_months/);
    await waitForData(page);
    await expect(page.getByRole('heading', { level: 2, name: 'tenure_months', exact: true })).toBeVisible();
    await expect(page.getByTestId('feature-answer')).toContainText(
      /tenure_months drifted over the window: PSI 0\.3\d/,
    );
    await expect(page.getByTestId('feature-answer')).toContainText(/The mean moved from 32\.\d to 2\d\.\d/);
    const distributions = page.getByRole('figure', { name: 'tenure_months: reference vs live' });
    await expect(distributions.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await distributions.getByText('Show the numbers as a table').click();
    const bins = distributions.getByRole('table');
    await expect(bins.getByRole('row')).toHaveCount(19);
    await expect(page.getByRole('table', { name: 'Summary statistics of tenure_months' })).toContainText(
      'Median',
    );
    await expect(
      page.getByRole('figure', { name: /PSI of tenure_months over the last 24 hours/ }),
    ).toBeVisible();

    // A link reproduces the view; back returns to all features.
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'tenure_months', exact: true })).toBeVisible();
    await page.getByRole('link', { name: `← All features of ${DECAYING}` }).click();
    await expect(page.getByRole('table', { name: 'Features, worst drift first' })).toBeVisible();

    // And performance followed: accuracy over a month, the label delay shaded and named.
    await page.getByRole('combobox', { name: 'Time range' }).selectOption({ label: 'Last 30 days' });
    await page
      .getByRole('navigation', { name: 'Model views' })
      .getByRole('link', { name: 'Performance' })
      .click();
    await waitForData(page);
    // The story: 0.87 before the drift, about 0.81 now (the ends are averages of noisy buckets).
    await expect(page.getByTestId('performance-answer')).toContainText(
      /Accuracy (of v6 )?fell from 0\.8\d\d to 0\.[78]\d\d \(worse\) over the last 30 days/,
    );
    await expect(page.getByRole('list', { name: /Legend of Accuracy/ })).toContainText(
      'Labels not in yet (6 hours late)',
    );
  });

  test('asks for retraining, says what will happen, and finds the request on the timeline', async ({
    page,
  }) => {
    await asDataScientist(page);
    await gotoAndWait(page, `/models/${DECAYING}/drift`);
    const trigger = page.getByRole('button', { name: 'Request retraining' });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: `Request retraining of ${DECAYING}` });
    await expect(dialog).toContainText('Production does not change: v6 keeps serving');
    await dialog.getByRole('button', { name: 'Use the drift summary as the reason' }).click();
    await expect(dialog.getByRole('textbox')).toHaveValue(/^2 of 4 features drifted/);
    await dialog.getByRole('button', { name: 'Request retraining' }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Accepted by Demo' })).toContainText(
      'Queued as pipeline run',
    );
    const requests = page.getByRole('list', { name: `Retraining requests of ${DECAYING}` });
    await expect(requests.getByRole('listitem').first()).toContainText('Data scientist (via Sightline)');
    await expect(requests.getByRole('listitem').first()).toContainText('Accepted');
  });

  test('a stakeholder sees the drift but no retraining control', async ({ page }) => {
    await gotoAndWait(page, '/');
    await roleSelect(page).selectOption({ label: 'Stakeholder' });
    await gotoAndWait(page, `/models/${DECAYING}/drift`);
    await expect(page.getByTestId('drift-answer')).toContainText('2 of 4 features drifted');
    await expect(page.getByRole('list', { name: `Retraining requests of ${DECAYING}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Request retraining' })).toHaveCount(0);
  });
});

test.describe('The drift views are accessible (axe: no serious or critical violations)', () => {
  const ROUTES = [
    '/home/data-scientist',
    `/models/${DECAYING}/drift`,
    `/models/${DECAYING}/drift?feature=tenure_months`,
    '/models/transaction-fraud/drift?feature=payment_method&range=7d',
    `/models/${DECAYING}/performance`,
    '/models/delivery-eta/performance',
  ];
  for (const route of ROUTES) {
    test(`${route}, in light and in dark`, async ({ page }) => {
      await expectAccessibleInBothThemes(page, route);
    });
  }

  test('the retraining dialog, with its settings open behind it, in light and in dark', async ({ page }) => {
    await asDataScientist(page);
    await gotoAndWait(page, `/models/${DECAYING}/drift`);
    await page.getByText('Methods and thresholds').click();
    await page.getByRole('button', { name: 'Request retraining' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect.soft(describeViolations(await blockingViolations(page)), `${scheme} theme`).toBe('');
    }
  });
});
