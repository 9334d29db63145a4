import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer } from '../../test/demo-server';
import { failing, faultMessage, FAULTS, SHORT_TIMEOUT_CONFIG } from '../../test/faults';
import { renderApp } from '../../test/render-app';

const server = startDemoServer();
// Pages load on demand; the first load of a test file compiles them.
configure({ asyncUtilTimeout: 20_000 });
// Journeys of several steps, on a machine that may be busy.
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => preferencesActions.setRole('sre'));

const incidentRows = (): HTMLElement[] => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const incidentLink = (name: RegExp): Promise<HTMLElement> => screen.findByRole('link', { name });

describe('incidents page', () => {
  it('opens on the open incidents: the search ranker burn and the fraud drift, not the resolved pricing one', async () => {
    renderApp('/incidents');
    expect(await incidentLink(/search-ranker: slow error-budget burn/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open' })).toHaveAttribute('aria-current', 'page');
    const rows = incidentRows();
    expect(rows.map((row) => within(row).getAllByText(/^INC-\d+$/)[0]?.textContent)).toEqual([
      'INC-2057',
      'INC-2049',
    ]);
    expect(within(rows[0]!).getByText('Investigating')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Major')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('so far')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Mitigated')).toBeInTheDocument();
    expect(screen.queryByText('INC-2041')).not.toBeInTheDocument();
  });

  it('shows the resolved view from the URL, with how long each incident lasted', async () => {
    renderApp('/incidents?status=resolved');
    const pricing = await incidentLink(/dynamic-pricing: p95 latency ×4 and 15 % errors after v14/);
    const row = pricing.closest('tr')!;
    expect(within(row).getByText('Critical')).toBeInTheDocument();
    expect(within(row).getByText('Resolved')).toBeInTheDocument();
    expect(within(row).getByText('1 h 46 min')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Resolved' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByText('INC-2057')).not.toBeInTheDocument();
  });

  it('switches views through the URL, so a link reproduces them', async () => {
    const { router } = renderApp('/incidents');
    await incidentLink(/search-ranker: slow error-budget burn/);
    await userEvent.click(screen.getByRole('link', { name: 'All' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=all'));
    expect(await screen.findByText('INC-2041')).toBeInTheDocument();
    expect(screen.getByText('INC-2057')).toBeInTheDocument();
  });

  it('links each incident to its investigation page', async () => {
    const { router } = renderApp('/incidents?status=resolved');
    await userEvent.click(await incidentLink(/dynamic-pricing: p95 latency/));
    await waitFor(() => expect(router.state.location.pathname).toBe('/incidents/INC-2041'));
  });

  it('says when nothing is open, and where resolved incidents are', async () => {
    server.use(http.get('*/__demo/api/operations/incidents', () => HttpResponse.json({ items: [] })));
    renderApp('/incidents');
    expect(await screen.findByText('No open incidents.')).toBeInTheDocument();
    expect(screen.getByText(/Resolved incidents are under "Resolved"/)).toBeInTheDocument();
  });
});

describe('incidents page when the backend fails', () => {
  it.each(FAULTS)(
    'names what failed on a %s, keeps the page working, and recovers on Retry',
    async (fault) => {
      server.use(failing(fault, '/operations/incidents'));
      renderApp('/incidents', SHORT_TIMEOUT_CONFIG);
      const alert = await screen.findByRole('alert', {}, { timeout: 8_000 });
      expect(alert).toHaveTextContent('Could not load incidents.');
      expect(alert).toHaveTextContent(faultMessage(fault, 'GET /operations/incidents'));
      // The rest of the page still works: its heading, its views, the app's navigation.
      expect(screen.getByRole('heading', { level: 1, name: 'Incidents' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Resolved' })).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Role' })).toBeEnabled();
      server.resetHandlers();
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await incidentLink(/search-ranker: slow error-budget burn/)).toBeInTheDocument();
    },
  );
});
