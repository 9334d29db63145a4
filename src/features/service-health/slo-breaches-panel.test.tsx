import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer } from '../../test/demo-server';
import { failing, faultMessage, FAULTS, SHORT_TIMEOUT_CONFIG } from '../../test/faults';
import { renderApp } from '../../test/render-app';

const server = startDemoServer();
configure({ asyncUtilTimeout: 20_000 });
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => preferencesActions.setRole('sre'));

const section = async (title: string): Promise<HTMLElement> =>
  (await screen.findByRole('heading', { name: title })).closest('section')!;

describe("the SRE's home", () => {
  it('lists what breaches or burns budget first: search-ranker, burning budget, at the top', async () => {
    const { router } = renderApp('/home/sre');
    const breaches = await section('Breaching or burning budget');
    expect(
      await within(breaches).findByText(/^\d+ of \d+ objectives are breaching or burning budget\.$/),
    ).toBeInTheDocument();
    const [breaching, all] = within(breaches).getAllByRole('table');
    const rows = within(breaching!).getAllByRole('row').slice(1);
    const first = rows[0]!;
    expect(within(first).getByRole('link', { name: /search-ranker/ })).toBeInTheDocument();
    expect(first).toHaveTextContent('Warning');
    expect(first).toHaveTextContent('Burning budget: 1.8× over 6 h');
    expect(first).toHaveTextContent('38 %');
    // The list under "breaching" lists only what breaches or burns; every objective is behind "All N objectives".
    expect(rows.some((row) => row.textContent.includes('Within objective'))).toBe(false);
    const total = Number(/of (\d+) objectives/.exec(breaches.textContent)?.[1]);
    expect(within(breaches).getByText(`All ${total} objectives`)).toBeInTheDocument();
    expect(within(all!).getAllByRole('row').slice(1)).toHaveLength(total);
    await userEvent.click(within(first).getByRole('link', { name: /search-ranker/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/models/search-ranker/service'));
  });

  it('lists the open incidents, newest first, each linked to its investigation', async () => {
    const { router } = renderApp('/home/sre');
    const open = await section('Open incidents');
    const links = await within(open).findAllByRole('link', { name: /: / });
    expect(links.map((l) => l.textContent)).toEqual([
      'search-ranker: slow error-budget burn on p95 latency',
      'transaction-fraud: new category "bnpl" in payment_method',
    ]);
    expect(within(open).getByText('Investigating')).toBeInTheDocument();
    await userEvent.click(links[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/incidents/INC-2057'));
  });
});

describe("the SRE's home when a backend fails", () => {
  it.each(FAULTS)('names the objectives that failed on a %s and keeps the open incidents', async (fault) => {
    server.use(failing(fault, '/operations/objectives'));
    renderApp('/home/sre', SHORT_TIMEOUT_CONFIG);
    const alert = await within(await section('Breaching or burning budget')).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load service level objectives.');
    expect(alert).toHaveTextContent(faultMessage(fault, 'GET /operations/objectives'));
    expect(
      await within(await section('Open incidents')).findByText(/slow error-budget burn/),
    ).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/objectives are breaching or burning budget/)).toBeInTheDocument();
  });

  it.each(FAULTS)('names the incidents that failed on a %s and keeps the objectives', async (fault) => {
    server.use(failing(fault, '/operations/incidents'));
    renderApp('/home/sre', SHORT_TIMEOUT_CONFIG);
    const alert = await within(await section('Open incidents')).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load open incidents.');
    expect(alert).toHaveTextContent(faultMessage(fault, 'GET /operations/incidents'));
    expect(await screen.findByText(/objectives are breaching or burning budget/)).toBeInTheDocument();
  });
});
