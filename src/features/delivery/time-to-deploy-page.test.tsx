import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarioHandlers } from '../../mocks/scenarios';
import { startDemoServer, TEST_NOW } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

const server = startDemoServer();

describe('Time to deploy', () => {
  it('answers in words, names the slowest stage and lists what is blocked with who can unblock it', async () => {
    const { router } = renderApp('/delivery');
    expect(await screen.findByTestId('slowest-stage')).toHaveTextContent(/is waiting for approval/);
    expect(screen.getByTestId('delivery-answer')).toHaveTextContent(/band for lead time in DORA 2024/);
    const blocked = screen.getByRole('table', { name: 'What is blocked and why' });
    const row = within(blocked).getByRole('row', { name: /search-ranker v11/ });
    expect(row).toHaveTextContent('Open incident');
    expect(row).toHaveTextContent(/@example\.com/);
    expect(screen.getByText(/2025 DORA report no longer publishes bands/)).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'Pricing');
    expect(router.state.location.search).toContain('team=Pricing');
    expect(screen.queryByRole('table', { name: 'Time to deploy by team' })).not.toBeInTheDocument();
    const releases = screen.getByRole('table', { name: 'Releases in the period' });
    expect(within(releases).getByRole('row', { name: /dynamic-pricing v14/ })).toHaveTextContent(
      'Rolled back after 1 h',
    );
  });

  it('caps the releases it lists, says how many it left out, and shows all on request', async () => {
    renderApp('/delivery?days=365');
    const cap = await screen.findByText(/Showing 15 of \d+ releases/);
    await userEvent.click(within(cap).getByRole('link', { name: 'Show every release' }));
    expect(screen.queryByText(/Showing 15 of/)).not.toBeInTheDocument();
  });

  it('says the log is empty rather than showing zeros', async () => {
    server.use(...scenarioHandlers('empty', { now: TEST_NOW }));
    renderApp('/delivery');
    expect(await screen.findByText("The registry's event log is empty.")).toBeInTheDocument();
  });
});

describe('The Portfolio home', () => {
  it('says what is blocked and why, and what became of each release', async () => {
    renderApp('/home/product-manager');
    const blocked = await screen.findByRole('region', { name: 'What is blocked and why' });
    expect(await within(blocked).findByText(/Showing 5 of \d+ blocked versions/)).toBeInTheDocument();
    expect(within(blocked).getAllByText(/Who can unblock: /).length).toBe(5);
    const shipped = await screen.findByRole('region', { name: 'Recently shipped' });
    expect(await within(shipped).findByText('Rolled back after 1 h')).toBeInTheDocument();
    expect(within(shipped).getByRole('link', { name: 'All releases, with time to deploy' })).toHaveAttribute(
      'href',
      '/delivery?days=30',
    );
  });
});
