import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

startDemoServer();

/** The metric rows of the compare table: label, A, B and the change cell. */
async function metricRows(
  path: string,
): Promise<{ label: string; a: number; b: number; change: HTMLElement }[]> {
  renderApp(path);
  const table = (await screen.findByText(/^Metrics of v/)).closest('table')!;
  const rows = within(table).getAllByRole('row').slice(1);
  return rows.map((row) => {
    const cells = within(row).getAllByRole('cell');
    return {
      label: within(row).getByRole('rowheader').textContent,
      a: Number(cells[0]!.textContent.replace(/[^\d.-]/g, '')),
      b: Number(cells[1]!.textContent.replace(/[^\d.-]/g, '')),
      change: cells[2]!,
    };
  });
}

describe('version compare', () => {
  it('calls an error metric going down better and a score going down worse, in words', async () => {
    // dynamic-pricing, a regression model: MAE and RMSE improve downwards, R² upwards.
    const rows = await metricRows('/models/dynamic-pricing/compare?a=12&b=13');
    const changed = rows.filter((r) => r.a !== r.b);
    expect(changed.length).toBeGreaterThan(0);
    for (const { label, a, b, change } of changed) {
      const lowerIsBetter = label === 'MAE' || label === 'RMSE';
      const better = lowerIsBetter ? b < a : b > a;
      expect(change).toHaveTextContent(better ? /✓ better$/ : /✗ worse$/);
      // A change too small for the metric's digits still shows its size, never "+0.000".
      expect(change.textContent).toMatch(/^[+−]0?[.,]?\d*[1-9]/);
      // Colour follows the word, and never stands alone.
      expect(change.querySelector('.delta')).toHaveClass(better ? 'delta--better' : 'delta--worse');
    }
  });

  it('calls a classifier’s higher AUC better', async () => {
    const rows = await metricRows('/models/churn-predictor/compare?a=6&b=7');
    const auc = rows.find((r) => r.label === 'ROC AUC')!;
    expect(auc.change).toHaveTextContent(auc.b > auc.a ? /better$/ : auc.b < auc.a ? /worse$/ : /^0$/);
  });
});
