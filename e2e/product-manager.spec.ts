import { readFile } from 'node:fs/promises';
import {
  fleetPager,
  fleetRows,
  fleetTable,
  gotoAndWait,
  healthToggle,
  mainNav,
  modelLinks,
  roleSelect,
  timeRangeSelect,
  waitForData,
} from './support/app';
import { parseCsv } from './support/csv';
import { productionLineage } from './support/demo-facts';
import { expect, test } from './support/test';

/** The demo story's critical model: abrupt drift on payment_method after an upstream schema change. */
const CRITICAL_MODEL = 'transaction-fraud';

test.describe('A product manager reviews model status', () => {
  test('from the Portfolio to a critical model, its health reason and its lineage', async ({ page }) => {
    // Start as someone else, so that choosing "Product manager" is what brings the Portfolio.
    await gotoAndWait(page, '/');
    await roleSelect(page).selectOption({ label: 'SRE' });
    await expect(page).toHaveURL(/\/home\/sre$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations');

    await roleSelect(page).selectOption({ label: 'Product manager' });
    await expect(page).toHaveURL(/\/home\/product-manager$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio');
    await waitForData(page);

    // The Critical count on Portfolio status opens the fleet filtered to it.
    const byHealth = page.getByRole('list', { name: 'Models by health' });
    await expect(byHealth.getByRole('listitem')).toHaveCount(4);
    const critical = byHealth.getByRole('link', { name: /Critical/ });
    await expect(critical).toHaveAccessibleName(/^\d+\s*Critical$/);
    const criticalCount = Number(/\d+/.exec((await critical.textContent()) ?? '')?.[0]);
    expect(criticalCount).toBeGreaterThan(0);
    await critical.click();
    await expect(page).toHaveURL(/\/models\?health=critical$/);
    await waitForData(page);
    await expect(healthToggle(page, 'Critical')).toHaveAttribute('aria-pressed', 'true');
    // The fleet holds exactly the models the count promised, all critical.
    await expect(fleetPager(page)).toContainText(`1–${criticalCount} of ${criticalCount}`);
    const rows = fleetRows(page);
    // Few enough to all be in view (the table renders only what is): then every one is in the DOM.
    if (criticalCount <= 8) await expect(rows).toHaveCount(criticalCount);
    await expect(fleetTable(page).getByRole('columnheader').nth(4)).toHaveText(/^Health/);
    for (const row of await rows.all()) await expect(row.getByRole('cell').nth(4)).toContainText(/^Critical/);

    await rows.getByRole('link', { name: CRITICAL_MODEL }).click();
    await expect(page).toHaveURL(new RegExp(`/models/${CRITICAL_MODEL}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CRITICAL_MODEL);
    const reason = page.getByTestId('health-reason');
    await expect(reason).toContainText('Critical');
    await expect(reason).toContainText(/Abrupt drift on payment_method since \w{3} \d{1,2}/);
    await expect(reason).toContainText('"bnpl"');

    // Back returns to the filtered fleet, filter still applied; Forward comes back here.
    await page.goBack();
    await expect(page).toHaveURL(/\/models\?health=critical$/);
    await waitForData(page);
    await expect(healthToggle(page, 'Critical')).toHaveAttribute('aria-pressed', 'true');
    await expect(healthToggle(page, 'Warning')).toHaveAttribute('aria-pressed', 'false');
    await expect(fleetPager(page)).toContainText(`1–${criticalCount} of ${criticalCount}`);
    await expect(rows.getByRole('link', { name: CRITICAL_MODEL })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CRITICAL_MODEL);

    // Lineage: the run, the datasets it read and the code, for the production version.
    const facts = productionLineage(CRITICAL_MODEL);
    await page
      .getByRole('navigation', { name: 'Model views' })
      .getByRole('link', { name: 'Lineage' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/models/${CRITICAL_MODEL}/lineage$`));
    await waitForData(page);
    await expect(page.getByRole('combobox', { name: 'Version' })).toHaveValue(facts.version);
    const run = page.getByRole('region', { name: 'Training run' });
    await expect(run).toContainText(facts.runId);
    const dataAndCode = page.getByRole('region', { name: 'Data and code' });
    for (const dataset of facts.datasets)
      await expect(dataAndCode).toContainText(`${dataset.name} @${dataset.digest}`);
    // The commit is shortened on screen; the full hash is in its tooltip.
    await expect(dataAndCode.getByTitle(facts.commit)).toHaveText(facts.commit.slice(0, 12));
  });

  test('the role choice survives a reload', async ({ page }) => {
    await gotoAndWait(page, '/');
    await roleSelect(page).selectOption({ label: 'Stakeholder' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summary');

    await page.reload();
    await expect(roleSelect(page)).toHaveValue('stakeholder');
    await gotoAndWait(page, '/');
    await expect(page).toHaveURL(/\/home\/stakeholder$/);
    await expect(mainNav(page).getByRole('link', { name: 'All models' })).toBeVisible();

    await roleSelect(page).selectOption({ label: 'Product manager' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio');
    await page.reload();
    await expect(roleSelect(page)).toHaveValue('product-manager');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio');
  });

  test('a shared link to the SRE home switches to SRE, says so, and one click goes back', async ({
    page,
  }) => {
    await gotoAndWait(page, '/');
    await expect(roleSelect(page)).toHaveValue('product-manager');
    await gotoAndWait(page, '/home/sre');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations');
    await expect(roleSelect(page)).toHaveValue('sre');
    await expect(mainNav(page).getByRole('link', { name: 'Operations' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Switched to SRE from this link.' }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Back to Product manager' }).click();
    await expect(page).toHaveURL(/\/home\/product-manager$/);
    await expect(roleSelect(page)).toHaveValue('product-manager');
    await expect(page.getByText('Switched to SRE from this link.')).toHaveCount(0);

    // A link to any other page keeps the page as linked and the role as it was.
    await gotoAndWait(page, '/models?health=critical');
    await expect(page).toHaveURL(/\/models\?health=critical$/);
    await expect(roleSelect(page)).toHaveValue('product-manager');
  });

  test('the Portfolio says why health is unknown, and keeps each shipped model’s name on one line', async ({
    page,
  }) => {
    await gotoAndWait(page, '/home/product-manager');
    await expect(page.getByText(/^Unknown health: ./)).toBeVisible();
    const shipped = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Shipped' }) });
    const names = shipped.getByRole('row').getByRole('link');
    await expect(names.first()).toBeVisible();
    for (const name of await names.all()) {
      const box = await name.boundingBox();
      const lineHeight = await name.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
      expect(box?.height ?? 0, `${await name.textContent()} on one line`).toBeLessThan(lineHeight * 1.5);
    }
  });

  test('the time range is kept in the URL through the navigation and a reload', async ({ page }) => {
    await gotoAndWait(page, '/home/product-manager');
    await timeRangeSelect(page).selectOption({ label: 'Last 7 days' });
    await expect(page).toHaveURL(/[?&]range=7d(&|$)/);

    await mainNav(page).getByRole('link', { name: 'Models' }).click();
    await expect(page).toHaveURL(/\/models\?range=7d$/);
    await expect(timeRangeSelect(page)).toHaveValue('7d');
    await waitForData(page);

    await fleetRows(page).getByRole('link', { name: 'churn-predictor' }).click();
    await expect(page).toHaveURL(/\/models\/churn-predictor\?range=7d$/);
    await expect(timeRangeSelect(page)).toHaveValue('7d');
    await page
      .getByRole('navigation', { name: 'Model views' })
      .getByRole('link', { name: 'Compare' })
      .click();
    await expect(page).toHaveURL(/\/models\/churn-predictor\/compare\?range=7d$/);

    await mainNav(page).getByRole('link', { name: 'Connections' }).click();
    await expect(page).toHaveURL(/\/settings\/connections\?range=7d$/);
    await mainNav(page).getByRole('link', { name: 'Portfolio' }).click();
    await expect(page).toHaveURL(/\/home\/product-manager\?range=7d$/);
    await expect(timeRangeSelect(page)).toHaveValue('7d');

    await page.reload();
    await expect(timeRangeSelect(page)).toHaveValue('7d');
    await expect(mainNav(page).getByRole('link', { name: 'Models' })).toHaveAttribute(
      'href',
      '/models?range=7d',
    );
  });

  test('"/" focuses search: the find-a-model box, or the fleet’s own search', async ({ page }) => {
    await gotoAndWait(page, '/home/product-manager');
    const findModel = page.getByRole('combobox', { name: 'Find a model' });
    await expect(findModel).not.toBeFocused();
    await page.keyboard.press('/');
    await expect(findModel).toBeFocused();
    await page.keyboard.type('churn');
    await expect(findModel).toHaveValue('churn');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/models\?q=churn$/);
    await waitForData(page);
    await expect(fleetRows(page).first()).toContainText('churn');

    // On the fleet, "/" goes to the page's own search, and selects what is there.
    await page.getByRole('heading', { level: 1 }).click();
    const fleetSearch = page.getByRole('search', { name: 'Filter models' }).getByRole('searchbox');
    await expect(fleetSearch).toHaveValue('churn');
    await page.keyboard.press('/');
    await expect(fleetSearch).toBeFocused();
    await page.keyboard.type('fraud');
    await expect(fleetSearch).toHaveValue('fraud');
    await expect(page).toHaveURL(/\/models\?q=fraud$/);
  });

  test('Find a model suggests models as one types; the arrow keys and Enter open one, and the fleet page has one search', async ({
    page,
  }) => {
    await gotoAndWait(page, '/home/product-manager');
    const findModel = page.getByRole('combobox', { name: 'Find a model' });
    await findModel.fill('fraud');
    const suggestions = page.getByRole('listbox', { name: 'Find a model: suggestions' });
    await expect(suggestions.getByRole('option').first()).toContainText('fraud');
    await expect(findModel).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    const highlighted = suggestions.getByRole('option', { selected: true });
    const name = (await highlighted.locator('.combobox__label').textContent()) ?? '';
    expect(name).toContain('fraud');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/models/${name}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

    await page.goto('/models');
    await expect(page.getByRole('search', { name: 'Filter models' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Find a model' })).toHaveCount(0);
  });

  test('every page has exactly one h1 and a document title that names it', async ({ page }) => {
    /** Checked after each in-app move too: a single-page app must retitle itself as it goes. */
    const expectTitled = async (path: RegExp, heading: string): Promise<void> => {
      await expect(page).toHaveURL(path);
      await waitForData(page);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(`${heading} · Sightline`);
    };
    await page.goto('/home/product-manager');
    await expectTitled(/\/home\/product-manager$/, 'Portfolio');
    for (const [label, role, heading] of [
      ['Data scientist', 'data-scientist', 'Model health'],
      ['Data engineer', 'data-engineer', 'Data overview'],
      ['SRE', 'sre', 'Operations'],
      ['Stakeholder', 'stakeholder', 'Summary'],
    ] as const) {
      await roleSelect(page).selectOption({ label });
      await expectTitled(new RegExp(`/home/${role}$`), heading);
    }
    await mainNav(page).getByRole('link', { name: 'All models' }).click();
    await expectTitled(/\/models$/, 'Models');
    await fleetRows(page).getByRole('link', { name: 'churn-predictor' }).click();
    await expectTitled(/\/models\/churn-predictor$/, 'churn-predictor');
    const tabs = page.getByRole('navigation', { name: 'Model views' });
    for (const tab of ['Compare', 'Lineage'] as const) {
      await tabs.getByRole('link', { name: tab }).click();
      await expect(tabs.getByRole('link', { name: tab })).toHaveAttribute('aria-current', 'page');
      await expectTitled(new RegExp(`/models/churn-predictor/${tab.toLowerCase()}$`), 'churn-predictor');
    }
    await mainNav(page).getByRole('link', { name: 'Connections' }).click();
    await expectTitled(/\/settings\/connections$/, 'Connections');
    await page.goto('/no/such/page');
    await expectTitled(/\/no\/such\/page$/, 'Page not found');
  });

  test('comparing two versions highlights exactly the parameters that differ', async ({ page }) => {
    await gotoAndWait(page, `/models/${CRITICAL_MODEL}`);
    await page.getByRole('link', { name: 'Compare v11 with v12' }).click();
    await expect(page).toHaveURL(new RegExp(`/models/${CRITICAL_MODEL}/compare\\?a=11&b=12$`));
    await waitForData(page);
    await expect(page.getByRole('combobox', { name: 'Version A' })).toHaveValue('11');
    await expect(page.getByRole('combobox', { name: 'Version B' })).toHaveValue('12');

    const params = page.getByRole('table', { name: 'Parameters of v11 and v12, differences first' });
    await expect(params.getByRole('columnheader')).toHaveText(['Parameter', 'v11', 'v12']);
    const rows = params.getByRole('rowgroup').nth(1).getByRole('row');
    const seen = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th code')?.textContent ?? '',
        marked: (tr.querySelector('th')?.textContent ?? '').includes('(differs)'),
        a: tr.querySelectorAll('td')[0]?.textContent ?? '',
        b: tr.querySelectorAll('td')[1]?.textContent ?? '',
        background: getComputedStyle(tr).backgroundColor,
      })),
    );
    const differing = seen.filter((r) => r.a !== r.b);
    const same = seen.filter((r) => r.a === r.b);
    expect(differing.length, 'v11 and v12 differ in some parameters').toBeGreaterThan(0);
    expect(same.length, 'v11 and v12 share some parameters').toBeGreaterThan(0);
    // Marked in words for screen readers, and highlighted for the eye, exactly when the values differ.
    for (const row of seen) expect(row.marked, `"${row.name}" marked as differing`).toBe(row.a !== row.b);
    const plain = same[0]?.background;
    for (const row of differing) expect(row.background, `"${row.name}" highlighted`).not.toBe(plain);
    expect(new Set(differing.map((r) => r.background)).size).toBe(1);
    // Differences first, and counted in the sentence above the tables.
    expect(seen.slice(0, differing.length).every((r) => r.a !== r.b)).toBe(true);
    const count = differing.length;
    await expect(
      page.getByText(
        `${count} parameter${count === 1 ? '' : 's'} differ${count === 1 ? 's' : ''} between v11 and v12.`,
      ),
    ).toBeVisible();

    // Choosing other versions compares those instead.
    await page.getByRole('combobox', { name: 'Version A' }).selectOption('1');
    await expect(page).toHaveURL(/[?&]a=1&b=12$/);
    await expect(page.getByRole('table', { name: 'Metrics of v1 and v12' })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Parameters of v1 and v12/ })).toBeVisible();
  });

  test('CSV export downloads the table as it is on screen', async ({ page }) => {
    await gotoAndWait(page, '/models');
    const firstRow = fleetRows(page).first();
    const name = (await modelLinks(firstRow).textContent()) ?? '';
    const rowText = (await firstRow.textContent()) ?? '';

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sightline-models.csv');
    const rows = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(rows[0]).toEqual([
      'model',
      'team',
      'owner',
      'task',
      'production_version',
      'aliases',
      'stage',
      'health',
      'health_reason',
      'last_deployed_utc',
      'open_alerts',
      'drift',
      'drifted_features',
    ]);
    // One line per model on the page, plus the header.
    await expect(fleetPager(page)).toContainText(`1–${rows.length - 1} of ${rows.length - 1}`);

    const [
      model,
      team,
      owner,
      task,
      version,
      aliases,
      stage,
      health,
      reason,
      deployed,
      alerts,
      drift,
      drifted,
    ] = rows[1] ?? [];
    // The first line is the first row on screen (worst health first: the critical fraud model).
    expect(model).toBe(name);
    expect(model).toBe(CRITICAL_MODEL);
    for (const cell of [team, owner, reason]) expect(rowText).toContain(cell);
    expect(reason).toMatch(/^Abrupt drift on payment_method/);
    expect(rowText).toContain(`v${version ?? '?'}`);
    expect(aliases).toMatch(new RegExp(`(^| )champion=v${version ?? '?'}( |$)`));
    expect(`${task} ${stage} ${health}`).toBe('classification production critical');
    expect(rowText).toContain('Classification');
    expect(rowText).toContain('Production');
    expect(rowText).toContain('Critical');
    // Absolute UTC times in the file, where the screen says "3 weeks ago".
    expect(deployed).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(rowText.trim().endsWith(alerts ?? '?')).toBe(true);
    // The drift verdict and the features behind it, as the drift column shows them.
    expect(drift).toMatch(/^(healthy|warning|critical|unknown)$/);
    expect(drifted).toContain('payment_method');
  });
});
