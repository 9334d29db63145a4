import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../test/demo-server';
import { renderApp } from '../../../test/render-app';

startDemoServer();

describe("the stakeholder's fairness panel", () => {
  it('lists each production model with fairness monitoring and its verdict, linking to the evidence', async () => {
    renderApp('/home/stakeholder');
    const panel = await screen.findByRole('region', { name: 'Fairness of production models' });
    const items = await within(panel).findAllByTestId('fairness-home-item');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringMatching(/^Fails.*credit-approval.*18-25 is selected at 0\.72 the rate of 40-60/),
      expect.stringMatching(
        /^Passes.*transaction-fraud.*Passes the four-fifths rule for age_group and region/,
      ),
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'credit-approval' })).toHaveAttribute(
      'href',
      '/models/credit-approval/fairness',
    );
  });
});
