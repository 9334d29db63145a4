import { gotoAndWait } from './support/app';
import { blockingViolations, describeViolations, expectAccessibleInBothThemes } from './support/axe';
import { expect, test } from './support/test';

/** Every kind of page, scanned once its data is in. */
const ROUTES = [
  '/home/data-scientist',
  '/home/data-engineer',
  '/home/sre',
  '/home/product-manager',
  '/home/stakeholder',
  '/models',
  '/models/churn-predictor',
  '/models/churn-predictor/compare',
  '/models/churn-predictor/lineage',
  '/settings/connections',
  '/no/such/page',
];

test.describe('Accessibility (axe: WCAG 2.2 AA and best practices)', () => {
  for (const route of ROUTES) {
    test(`${route} has no serious or critical violations, in light and in dark`, async ({ page }) => {
      await expectAccessibleInBothThemes(page, route);
    });
  }

  test('failure states, a form and a dialog have no serious or critical violations either', async ({
    page,
  }) => {
    // The backend is down: the demo connection's check fails, in the error colours.
    await gotoAndWait(page, '/settings/connections?scenario=backend-down');
    await expect(page.getByRole('listitem', { name: 'Connection Demo' })).toContainText('Failed');
    await page.getByRole('button', { name: 'Add connection' }).click();
    const form = page.getByRole('form', { name: 'Add a connection' });
    await form.getByRole('textbox', { name: 'ID' }).fill('platform');
    await form.getByRole('textbox', { name: 'URL' }).fill('http://127.0.0.1:9');
    await form.getByRole('button', { name: 'Test', exact: true }).click();
    await expect(form.getByRole('status')).toContainText('Failed');
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const violations = await blockingViolations(page);
      expect.soft(describeViolations(violations), `serious or critical violations, ${scheme} theme`).toBe('');
    }
  });
});
