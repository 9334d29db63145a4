import type { Page } from '@playwright/test';
import { navigationFor } from '../src/app/navigation';
import { ROLES } from '../src/domain/role';
import { gotoAndWait, roleSelect, timeRangeSelect } from './support/app';
import { blockingViolations, describeViolations, expectAccessibleInBothThemes } from './support/axe';
import { expect, test } from './support/test';

/**
 * A phone (390 × 844, an iPhone 12 to 15): every page fits the screen's width, the header
 * leaves the page's heading in the first third of the screen, and role, time range and theme
 * sit in one menu that works from the keyboard.
 */
const PHONE = { width: 390, height: 844 };
const FIRST_THIRD_PX = Math.floor(PHONE.height / 3);

/** Every page a user can reach: each role's home and navigation, a model and an incident, a wrong link. */
const ROUTES = [
  ...new Set([
    ...ROLES.flatMap((role) => navigationFor(role).map((item) => item.path)),
    '/models/dynamic-pricing',
    '/models/churn-predictor/drift',
    '/incidents/INC-2041',
    '/no/such/page',
  ]),
];

/** The model page's views after the first (at the model's own path); a test holds this list to the page's. */
const MODEL_VIEWS = [
  'drift',
  'performance',
  'explanations',
  'fairness',
  'compare',
  'lineage',
  'deployments',
  'service',
];

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu' });

async function expectFitsThePhone(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the page scrolls sideways').toBeLessThanOrEqual(PHONE.width);
  const top = await page.getByRole('heading', { level: 1 }).evaluate((h) => h.getBoundingClientRect().top);
  expect(top, 'the heading starts below the first third of the screen').toBeLessThanOrEqual(FIRST_THIRD_PX);
}

test.describe('On a phone (390 × 844)', () => {
  test.use({ viewport: PHONE });

  for (const route of ROUTES) {
    test(`${route} fits the screen's width and starts in its first third`, async ({ page }) => {
      await gotoAndWait(page, route);
      await expectFitsThePhone(page);
    });
  }

  test('the list of model views below is every view the model page offers', async ({ page }) => {
    await gotoAndWait(page, '/models/dynamic-pricing');
    const views = page.getByRole('navigation', { name: 'Model views' }).getByRole('link');
    const paths = await views.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(paths.sort()).toEqual(
      ['/models/dynamic-pricing', ...MODEL_VIEWS.map((view) => `/models/dynamic-pricing/${view}`)].sort(),
    );
  });

  for (const view of MODEL_VIEWS) {
    test(`the model's ${view} view fits the screen's width`, async ({ page }) => {
      await gotoAndWait(page, `/models/dynamic-pricing/${view}`);
      await expectFitsThePhone(page);
    });
  }

  test('a custom time range keeps the heading in the first third', async ({ page }) => {
    const to = Date.UTC(2026, 10, 27, 12);
    await gotoAndWait(page, `/home/sre?range=${to - 6 * 3_600_000}-${to}`);
    await expectFitsThePhone(page);
  });

  test('role, time range and theme sit in one menu that opens and works by keyboard', async ({ page }) => {
    await gotoAndWait(page, '/home/sre');
    const menu = menuButton(page);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(roleSelect(page)).toBeHidden();

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(roleSelect(page)).toBeVisible();
    await expect(timeRangeSelect(page)).toBeVisible();
    // The open menu stays on the screen.
    const panel = page.locator(`#${await menu.getAttribute('aria-controls')}`);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);

    // Tab through role and time range to the theme button, and switch the theme with Enter.
    const before = await page.locator('html').getAttribute('data-theme');
    const themeButton = panel.getByRole('button', { name: /theme/i });
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      if (await themeButton.evaluate((b) => b === document.activeElement)) break;
    }
    await expect(themeButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');

    // Escape closes it and gives the focus back to its button.
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(roleSelect(page)).toBeHidden();
  });

  test('picking a role in the menu opens its home and closes the menu', async ({ page }) => {
    await gotoAndWait(page, '/home/sre');
    await menuButton(page).click();
    await roleSelect(page).selectOption({ label: 'Data engineer' });
    await expect(page).toHaveURL(/\/home\/data-engineer/);
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test("the SRE home's grouped alerts and the data engineer's table stay inside their cards", async ({
    page,
  }) => {
    await gotoAndWait(page, '/home/sre');
    const alerts = page.getByRole('region', { name: 'Firing alerts' });
    await expect(alerts.getByRole('list', { name: 'Alerts, grouped by alert and model' })).toBeVisible();
    await expect(alerts.getByText(/^\d+ firing, \d+ groups$/)).toBeVisible();
    const alertsBox = (await alerts.boundingBox())!;
    expect(alertsBox.x + alertsBox.width).toBeLessThanOrEqual(PHONE.width);

    await gotoAndWait(page, '/home/data-engineer');
    const card = page.getByRole('region', { name: 'Training data age' });
    const table = card.getByRole('table');
    const [cardBox, tableBox] = [(await card.boundingBox())!, (await table.boundingBox())!];
    expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
    // The dataset, whose column is left out, still shows under each model.
    await expect(table.getByRole('columnheader', { name: 'Dataset' })).toBeHidden();
    await expect(table.getByRole('row').nth(1).locator('code:visible')).toHaveCount(1);
  });
  for (const route of ['/home/sre', '/home/data-engineer']) {
    test(`${route} on a phone has no serious or critical violations, in light and in dark`, async ({
      page,
    }) => {
      await expectAccessibleInBothThemes(page, route);
    });
  }

  test('the open menu has no serious or critical violations', async ({ page }) => {
    await gotoAndWait(page, '/home/sre');
    await menuButton(page).click();
    await expect(roleSelect(page)).toBeVisible();
    expect(describeViolations(await blockingViolations(page))).toBe('');
  });
});

test.describe('On a wide screen', () => {
  test('role, time range and theme stay in the header, with no menu button', async ({ page }) => {
    await gotoAndWait(page, '/home/sre');
    await expect(roleSelect(page)).toBeVisible();
    await expect(timeRangeSelect(page)).toBeVisible();
    await expect(menuButton(page)).toBeHidden();
  });
});
