import { gotoAndWait } from './support/app';
import { expectAccessibleInBothThemes } from './support/axe';
import { expect, test } from './support/test';

test.describe('Explanations and fairness', () => {
  // Each test loads a tab of several panels and a lazy chart, and scans it twice: on a busy 2-core
  // machine that has taken 40 s, so the default 45 s leaves no room.
  test.describe.configure({ timeout: 90_000 });

  test('a data scientist explains a single decision: the waterfall adds up to the prediction', async ({
    page,
  }) => {
    await gotoAndWait(page, '/models/credit-approval');
    await page
      .getByRole('navigation', { name: 'Model views' })
      .getByRole('link', { name: 'Explanations' })
      .click();
    const recent = page.getByRole('region', { name: 'Recent predictions' });
    await expect(recent.getByText('100,000 predictions match')).toBeVisible();

    const first = recent.getByRole('table').getByRole('link').first();
    const id = (await first.textContent()) ?? '';
    await first.click();
    await expect(page).toHaveURL(new RegExp(`prediction=${id}`));
    const decision = page.getByRole('region', { name: `Prediction ${id}` });
    await expect(decision.getByTestId('decision-in-words')).toContainText('mainly because');

    const number = async (selector: string): Promise<number[]> =>
      (
        await decision
          .getByTestId(selector)
          .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')))
      ).map(Number);
    const [base] = await number('base-value');
    const [prediction] = await number('prediction-value');
    const contributions = await number('contribution');
    expect(contributions.length).toBeGreaterThan(2);
    const total = contributions.reduce((sum, c) => sum + c, base ?? Number.NaN);
    expect(Math.abs(total - (prediction ?? Number.NaN))).toBeLessThan(1e-3);

    // The link reproduces the view: a pasted id opens the same decision.
    await gotoAndWait(page, `/models/credit-approval/explanations?prediction=${id}`);
    await expect(page.getByRole('region', { name: `Prediction ${id}` })).toBeVisible();
  });

  test('a stakeholder checks the bias evidence: the verdict names the failing group and the data window', async ({
    page,
  }) => {
    await gotoAndWait(page, '/home/stakeholder');
    const panel = page.getByRole('region', { name: 'Fairness of production models' });
    const credit = panel.getByTestId('fairness-home-item').filter({ hasText: 'credit-approval' });
    await expect(credit).toContainText('Fails');
    await expect(
      panel.getByTestId('fairness-home-item').filter({ hasText: 'transaction-fraud' }),
    ).toContainText('Passes the four-fifths rule');
    await credit.getByRole('link', { name: 'credit-approval' }).click();

    await expect(page).toHaveURL(/\/models\/credit-approval\/fairness/);
    const verdict = page.getByTestId('fairness-verdict');
    await expect(verdict).toContainText('fails for age_group: 18-25 is selected at 0.72 the rate of 40-60');
    await expect(verdict).toContainText(/on [\d,]+ decisions from \w{3} \d+/);
    await expect(verdict).toContainText('v5');
    await expect(page.getByRole('table', { name: /age_group × region/ })).toContainText('Too few');
  });

  for (const route of [
    '/models/credit-approval/explanations',
    '/models/credit-approval/explanations?prediction=p100000',
    '/models/credit-approval/fairness',
    '/models/delivery-eta/fairness',
    '/home/stakeholder',
    '/home/data-scientist',
  ]) {
    test(`${route} has no serious or critical violations, in light and in dark`, async ({ page }) => {
      await expectAccessibleInBothThemes(page, route);
    });
  }
});
