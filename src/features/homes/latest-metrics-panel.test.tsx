import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

startDemoServer();

beforeEach(() => preferencesActions.setRole('data-scientist'));

describe('models and their metrics, on the data scientist’s home', () => {
  it('shows the production version’s metric, not the newest registered version’s', async () => {
    renderApp('/home/data-scientist');
    const panel = (await screen.findByRole('heading', { name: 'Models and their latest metrics' })).closest(
      'section',
    )!;
    // churn-predictor: v6 serves, v7 is a challenger registered 3 days ago.
    const item = (await within(panel).findByRole('link', { name: 'churn-predictor' })).closest('li')!;
    expect(await within(item).findByText('v6 in production')).toBeInTheDocument();
    expect(item).toHaveTextContent(/churn-predictor\s*v6 in production · ROC AUC 0\.\d{3}/);
    expect(within(item).queryByText(/v7/)).not.toBeInTheDocument();
    expect(within(panel).getByText(/metrics of the version in production/)).toBeInTheDocument();
  });
});
