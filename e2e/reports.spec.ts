import type { Page } from '@playwright/test';
import { gotoAndWait, mainNav, waitForData } from './support/app';
import { blockingViolations, describeViolations, expectAccessibleInBothThemes } from './support/axe';
import { expect, test } from './support/test';

/**
 * pdfjs-dist uses Promise.withResolvers, which Node 20 lacks (it came in Node 22): the standard
 * behaviour, added before pdfjs loads.
 */
function polyfillWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: () => unknown };
  P.withResolvers ??= () => {
    let resolve: (value: unknown) => void = () => undefined;
    let reject: (reason: unknown) => void = () => undefined;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

/** The text of every page of a PDF, whitespace collapsed, as a reader's copy and paste would give it. */
async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  polyfillWithResolvers();
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { text: parts.join(' ').replace(/\s+/g, ' '), pages: document.numPages };
}

/**
 * Text with its whitespace and ligatures taken out: a PDF's text splits words where a line ends
 * and draws "ff" as one glyph, neither of which changes what it says.
 */
const flat = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** The last calendar quarter that has ended, in the page's own words ("Q3 2026") and URL form. */
async function lastQuarter(page: Page): Promise<{ label: string; param: string }> {
  return page.evaluate(() => {
    const now = new Date();
    let quarter = Math.floor(now.getUTCMonth() / 3);
    let year = now.getUTCFullYear();
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    return { label: `Q${quarter} ${year}`, param: `${year}-Q${quarter}` };
  });
}

test.describe('A product manager and a stakeholder read delivery and reports', () => {
  test('a product manager finds what is blocked and why, and the slowest stage', async ({ page }) => {
    await gotoAndWait(page, '/home/product-manager');
    const blocked = page.getByRole('region', { name: 'What is blocked and why' });
    // The most pressing first: the version held by an open incident, then the one that failed validation.
    const items = blocked.getByRole('list', { name: 'Blocked versions' }).getByRole('listitem');
    await expect(items.first()).toContainText('search-ranker v11');
    await expect(items.first()).toContainText('Open incident');
    await expect(items.first()).toContainText(/Who can unblock: \S+@example\.com/);
    await expect(items.nth(1)).toContainText('demand-forecast v9');
    await expect(items.nth(1)).toContainText('Failed validation');
    await expect(blocked).toContainText(/Showing 5 of \d+ blocked versions \(\d+ left out\)/);

    // Recently shipped says what became of each release: v14 did not last.
    const shipped = page.getByRole('region', { name: 'Recently shipped' });
    await expect(shipped.getByRole('row', { name: /dynamic-pricing v14/ })).toContainText(
      'Rolled back after 1 h',
    );

    await mainNav(page).getByRole('link', { name: 'Time to deploy' }).click();
    await expect(page).toHaveURL(/\/delivery$/);
    await waitForData(page);
    await expect(page.getByTestId('slowest-stage')).toHaveText(
      /^Most of the [\d.]+ (days|hours) from trained model to production is waiting for approval \(\d+% of the time\)\.$/,
    );
    await expect(page.getByTestId('delivery-answer')).toContainText('band for lead time in DORA 2024');
    const table = page.getByRole('table', { name: 'What is blocked and why' });
    await expect(table.getByRole('row', { name: /churn-predictor v7/ })).toContainText('Awaiting approval');

    // The link reproduces the view: one team, a shorter period.
    await page.getByRole('combobox', { name: 'Team' }).selectOption('Pricing');
    await page.getByRole('combobox', { name: 'Period' }).selectOption('90');
    await expect(page).toHaveURL(/days=90/);
    await expect(page).toHaveURL(/team=Pricing/);
    await expect(page.getByRole('table', { name: 'Releases in the period' })).toContainText(
      'dynamic-pricing',
    );
  });

  test('a stakeholder opens last quarter’s report and prints it to a PDF that says what the screen says', async ({
    page,
  }) => {
    await gotoAndWait(page, '/home/stakeholder');
    await mainNav(page).getByRole('link', { name: 'Reports' }).click();
    await waitForData(page);
    const quarter = await lastQuarter(page);
    await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: quarter.label });
    await expect(page).toHaveURL(new RegExp(`period=${quarter.param}`));
    await waitForData(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `All models: report for ${quarter.label}`,
    );

    const summary = await page.getByTestId('report-summary').locator('p').allTextContents();
    expect(summary.length).toBeGreaterThan(3);
    const figures = await page.locator('[data-figure]').allTextContents();
    expect(figures).toHaveLength(5);

    const a4 = await pdfText(await page.pdf({ format: 'A4' }));
    for (const sentence of summary) expect(flat(a4.text)).toContain(flat(sentence));
    for (const figure of figures) expect(flat(a4.text)).toContain(flat(figure));
    // No header, navigation or controls on paper; the footer names the period and numbers the pages.
    expect(a4.text).not.toContain('Find a model');
    expect(a4.text).not.toContain('Print or save as PDF');
    expect(flat(a4.text)).toContain(flat(`All models: report for ${quarter.label}`));
    expect(a4.text).toMatch(new RegExp(`Page 1 of ${a4.pages}`));
    expect(a4.pages).toBeGreaterThan(3);

    const letter = await pdfText(await page.pdf({ format: 'Letter' }));
    expect(flat(letter.text)).toContain(flat(summary[0] ?? ''));

    // A stored evidence pack whose content was altered says so in words.
    await gotoAndWait(page, '/reports/evidence/EP-0000-altered');
    await expect(page.getByTestId('pack-verdict')).toContainText(
      'does not match the hash it was stored with',
    );
  });

  test('a model’s report freezes into an evidence pack that verifies when re-opened', async ({ page }) => {
    await gotoAndWait(page, '/reports?model=dynamic-pricing');
    await page.getByRole('button', { name: 'Freeze as an evidence pack' }).click();
    await expect(page).toHaveURL(/\/reports\/evidence\/EP-\d+$/);
    await waitForData(page);
    await expect(page.getByTestId('pack-verdict')).toContainText('Verified');
    await expect(page.getByTestId('pack-hash')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByRole('region', { name: 'EU AI Act, Annex IV' }).getByRole('listitem')).toHaveCount(
      9,
    );
    await expect(page.getByRole('region', { name: 'NIST AI RMF' })).toContainText('Govern');
    await expect(page.getByRole('listitem').filter({ hasText: 'Annex IV §5' })).toContainText('Missing');
  });

  for (const route of [
    '/delivery',
    '/reports?period=2026-Q3',
    '/reports?model=dynamic-pricing',
    '/reports/evidence/EP-0000-altered',
  ]) {
    test(`${route} has no serious or critical violations, in light, dark and print`, async ({ page }) => {
      await expectAccessibleInBothThemes(page, route);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect
        .soft(describeViolations(await blockingViolations(page)), 'serious or critical violations, print')
        .toBe('');
    });
  }
});
