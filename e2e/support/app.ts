import type { Locator, Page } from '@playwright/test';
import { expect } from './test';

/**
 * Anything still loading: skeleton blocks (decorative, aria-hidden) and the
 * labelled "Loading …" status regions that hold them.
 */
const LOADING = '.skeleton, [role="status"][aria-label^="Loading"]';

/** Waits until the page has its heading and nothing on it is loading any more. */
export async function waitForData(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Polled briskly: the default back-off would add up to a second per page.
  await expect
    .poll(() => page.locator(`${LOADING}, [aria-busy="true"]`).count(), {
      message: 'the page should finish loading (no skeletons, nothing busy)',
      intervals: [50, 100, 200],
      // A page's last lazy chart can take this long on a busy 2-core machine; waiting costs nothing when fast.
      timeout: 30_000,
    })
    .toBe(0);
}

/** Opens `path` and waits for its data, so assertions and scans see the finished page. */
export async function gotoAndWait(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForData(page);
}

/** The loading placeholders, for tests about the loading state itself. */
export function loadingIndicators(page: Page): Locator {
  return page.locator(LOADING);
}

export const roleSelect = (page: Page): Locator => page.getByRole('combobox', { name: 'Role' });
export const timeRangeSelect = (page: Page): Locator => page.getByRole('combobox', { name: 'Time range' });
export const mainNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' });
export const fleetTable = (page: Page): Locator => page.getByRole('table', { name: 'Models' });
export const fleetPager = (page: Page): Locator => page.getByRole('navigation', { name: 'Pages of models' });

/** Body rows of the fleet table currently in the DOM (the virtualiser renders only those in view). */
export const fleetRows = (page: Page): Locator =>
  fleetTable(page).getByRole('rowgroup').nth(1).getByRole('row');

/** The model-name links of the fleet rows in the DOM (the first column). */
export const modelLinks = (rows: Locator): Locator =>
  rows.locator(':scope > [role="cell"]:first-child').getByRole('link');

/** The health filter's toggle for one status, e.g. "Critical". */
export const healthToggle = (page: Page, label: string): Locator =>
  page.getByRole('group', { name: 'Health' }).getByRole('button', { name: label, exact: true });
