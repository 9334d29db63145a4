import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../test/demo-server';
import { renderApp } from '../../../test/render-app';

const server = startDemoServer();

describe('the Fairness tab', () => {
  it('opens with the verdict in words, naming the failing group, the decisions, the window and the version', async () => {
    renderApp('/models/credit-approval/fairness');
    const verdict = await screen.findByTestId('fairness-verdict');
    expect(verdict).toHaveTextContent(
      /Fails.*Passes the four-fifths rule for region; fails for age_group: 18-25 is selected at 0\.72 the rate of 40-60, on 48,240 decisions from Oct 28 – Nov 27, v5\./,
    );
    const groups = screen.getByRole('table', { name: /Groups of age_group/ });
    const young = within(groups).getByRole('row', { name: /18-25/ });
    expect(young).toHaveTextContent('46.0 %');
    expect(young).toHaveTextContent('Fails');
    expect(within(groups).getByRole('row', { name: /40-60/ })).toHaveTextContent('Reference');
    const grid = screen.getByRole('table', { name: /age_group × region/ });
    expect(within(grid).getAllByText(/Too few/).length).toBeGreaterThan(0);
    expect(screen.getByRole('table', { name: /Group metrics for age_group/ })).toHaveTextContent(
      'Demographic parity difference',
    );
  });

  it('keeps the window in the URL and recomputes on a shorter one', async () => {
    const { router } = renderApp('/models/credit-approval/fairness');
    await screen.findByTestId('fairness-verdict');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Window' }), '7');
    expect(router.state.location.search).toContain('days=7');
    expect(await screen.findByText(/on 11,256 decisions from Nov 20–27/)).toBeInTheDocument();
  });

  it('says so when a model has no fairness monitoring', async () => {
    renderApp('/models/delivery-eta/fairness');
    expect(
      await screen.findByText('No protected attributes are monitored for delivery-eta.'),
    ).toBeInTheDocument();
  });

  it('names the failure with Retry while the model summary keeps working', async () => {
    server.use(
      http.get('*/fairness/models/:name/groups', () =>
        HttpResponse.json(
          { error: { code: 'UNAVAILABLE', message: 'The fairness store is down.' } },
          { status: 503 },
        ),
      ),
    );
    renderApp('/models/credit-approval/fairness');
    expect(
      await screen.findByText('Could not load the decisions per group of credit-approval.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(await screen.findByText(/Approves or refers consumer credit applications/)).toBeInTheDocument();
  });
});
