import type { Locator } from '@playwright/test';
import {
  fleetPager,
  fleetRows,
  fleetTable,
  gotoAndWait,
  healthToggle,
  modelLinks,
  waitForData,
} from './support/app';
import { expect, test } from './support/test';

/** The demo's largest fleet, a thousand rows a page. */
const BIG_FLEET = '/models?fleet=10000&size=1000';

/** `aria-rowindex` of the rows in the DOM; the header row is 1, so model #n is n + 1. */
const rowIndexes = (rows: Locator): Promise<number[]> =>
  rows.evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-rowindex'))));

/** "1–1,000 of 10,000" → 10000. */
const totalOf = async (pager: Locator): Promise<number> => {
  const text = (await pager.locator('[aria-live]').textContent()) ?? '';
  const match = /of ([\d,]+)$/.exec(text.trim());
  return match ? Number((match[1] ?? '').replaceAll(',', '')) : Number.NaN;
};

test.describe('A fleet of 10,000 models', () => {
  test('pages of 1,000 scroll smoothly with only the rows in view in the DOM', async ({ page }) => {
    await gotoAndWait(page, BIG_FLEET);
    await expect(fleetPager(page)).toContainText('1–1,000 of 10,000');
    await expect(fleetTable(page)).toHaveAttribute('aria-rowcount', '10001');
    await expect(page.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('1000');

    const rows = fleetRows(page);
    const top = await rowIndexes(rows);
    expect(top[0]).toBe(2);
    expect(top.length).toBeLessThan(100);
    const firstModel = (await modelLinks(rows.first()).textContent()) ?? '';

    // Scroll the table itself to the bottom of the page of 1,000.
    await fleetTable(page).evaluate((table) => {
      table.scrollTop = table.scrollHeight;
    });
    await expect.poll(async () => Math.max(...(await rowIndexes(rows)))).toBe(1001);
    const bottom = await rowIndexes(rows);
    expect(Math.min(...bottom)).toBeGreaterThan(900);
    expect(bottom.length, 'rows in the DOM').toBeLessThan(100);
    await expect(rows.last()).toBeInViewport();
    await expect(modelLinks(rows).filter({ hasText: new RegExp(`^${firstModel}$`) })).toHaveCount(0);

    // Next page: rows 1,001 to 2,000, shown from the top.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(fleetPager(page)).toContainText('1,001–2,000 of 10,000');
    await waitForData(page);
    await expect.poll(async () => (await rowIndexes(rows))[0]).toBe(1002);
    expect((await rowIndexes(rows)).length).toBeLessThan(100);
    await expect(rows.first()).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Previous' })).toBeEnabled();

    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(fleetPager(page)).toContainText('1–1,000 of 10,000');
    await expect(modelLinks(rows.first())).toHaveText(firstModel);
  });

  test('search, then a health filter, narrow the fleet and the count follows', async ({ page }) => {
    await gotoAndWait(page, BIG_FLEET);
    expect(await totalOf(fleetPager(page))).toBe(10_000);

    await page.getByRole('search', { name: 'Filter models' }).getByRole('searchbox').fill('ranker');
    await expect(page).toHaveURL(/[?&]q=ranker(&|$)/);
    await waitForData(page);
    await expect.poll(() => totalOf(fleetPager(page))).toBeLessThan(10_000);
    const searched = await totalOf(fleetPager(page));
    expect(searched).toBeGreaterThan(1);
    for (const name of await modelLinks(fleetRows(page)).allTextContents()) expect(name).toContain('ranker');

    await healthToggle(page, 'Critical').click();
    await expect(healthToggle(page, 'Critical')).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]health=critical(&|$)/);
    await waitForData(page);
    await expect.poll(() => totalOf(fleetPager(page))).toBeLessThan(searched);
    const critical = await totalOf(fleetPager(page));
    expect(critical).toBeGreaterThan(0);
    const rows = fleetRows(page);
    expect(await rows.count()).toBeLessThanOrEqual(critical);
    for (const row of await rows.all()) {
      await expect(modelLinks(row)).toContainText('ranker');
      await expect(row.getByRole('cell').nth(4)).toContainText(/^Critical/); // the Health column
    }
  });
});
