import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDemoHandlers } from '../../mocks/demo-handlers';
import { resolveFleetOptions } from '../../mocks/demo-defaults';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer, TEST_NOW } from '../../test/demo-server';
import { failing, faultMessage, FAULTS, SHORT_TIMEOUT_CONFIG } from '../../test/faults';
import { renderApp } from '../../test/render-app';

// Drawing charts is left to incident-charts.test.tsx: here their titles, legends and tables suffice.
vi.mock('../../ui/charts/lazy-time-series-chart', () => ({ LazyTimeSeriesChart: () => null }));

const server = startDemoServer();
configure({ asyncUtilTimeout: 20_000 });
// Journeys of several steps, on a machine that may be busy.
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => {
  preferencesActions.setRole('sre');
  // A fresh demo backend: status changes and rollbacks of one test never leak into the next.
  server.resetHandlers(...createDemoHandlers(resolveFleetOptions({ now: TEST_NOW })));
});

const timelineItems = (): HTMLElement[] =>
  within(screen.getByRole('list', { name: 'Incident timeline' })).getAllByRole('listitem');
const indexOf = (items: HTMLElement[], text: string): number =>
  items.findIndex((item) => item.textContent.includes(text));
const panel = (title: string): HTMLElement =>
  screen.getByRole('heading', { name: title }).closest('section')!;

async function openPricingIncident(): Promise<void> {
  renderApp('/incidents/INC-2041');
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'dynamic-pricing: p95 latency ×4 and 15 % errors after v14',
    }),
  ).toBeInTheDocument();
}

describe('the investigation page', () => {
  it('opens with the answer: severity, status, how long it lasted, and what happened', async () => {
    await openPricingIncident();
    expect(screen.getAllByText('Critical')[0]).toBeInTheDocument();
    expect(screen.getByText(/lasted 1 h 46 min/)).toBeInTheDocument();
    expect(screen.getByText(/called the feature store once per row/)).toBeInTheDocument();
  });

  it('lines up the v14 deploy, marked as the likely trigger, before the alert it set off', async () => {
    await openPricingIncident();
    await screen.findByText('PricingModelLatencyHigh fired');
    const items = timelineItems();
    const deploy = indexOf(items, 'v14 deployed to production');
    const alert = indexOf(items, 'PricingModelLatencyHigh fired');
    expect(deploy).toBeGreaterThanOrEqual(0);
    expect(deploy).toBeLessThan(alert);
    expect(within(items[deploy]!).getByText('Likely trigger')).toBeInTheDocument();
    expect(screen.getAllByText('Likely trigger')).toHaveLength(1);
    expect(items[deploy]).toHaveTextContent('4 min before the start');
    // Then the rollback, the status changes and the alert resolving, in order.
    const order = ['Rolled back to v13', 'Mitigated (was investigating)', 'PricingModelLatencyHigh resolved'];
    const positions = order.map((text) => indexOf(items, text));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions[0]).toBeGreaterThan(alert);
  });

  it('shows what changed: v13 → v14 and max_batch_size 32 → 128, changes first', async () => {
    await openPricingIncident();
    const changed = panel('What changed');
    expect(changed).toHaveTextContent(
      'dynamic-pricing-production: 3 changes: config.feature_lookup, config.max_batch_size, version.',
    );
    const row = (setting: string): HTMLElement => within(changed).getByText(setting).closest('tr')!;
    expect(
      within(row('config.max_batch_size'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['32', '128']);
    expect(
      within(row('version'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['v13', 'v14']);
    expect(row('version')).toHaveTextContent('(changed)');
    expect(row('config.workers')).not.toHaveTextContent('(changed)');
    const rows = within(changed).getAllByRole('row').slice(1);
    expect(rows.slice(0, 3).every((r) => r.textContent.includes('(changed)'))).toBe(true);
  });

  it('moves an open incident investigating → mitigated → resolved, and shows each step on the timeline', async () => {
    renderApp('/incidents/INC-2057');
    const notes = (await screen.findByRole('heading', { name: 'Status and notes' })).closest('section')!;
    expect(within(notes).getByText('Now: Investigating')).toBeInTheDocument();
    await userEvent.click(within(notes).getByRole('button', { name: 'Mark mitigated' }));
    expect(await within(notes).findByText('Now: Mitigated')).toBeInTheDocument();
    expect(await screen.findByText('Mitigated (was investigating)')).toBeInTheDocument();
    await userEvent.click(within(notes).getByRole('button', { name: 'Mark resolved' }));
    expect(await within(notes).findByText('Now: Resolved')).toBeInTheDocument();
    expect(await screen.findByText('Resolved (was mitigated)')).toBeInTheDocument();
    expect(within(notes).getByRole('button', { name: 'Reopen (investigating)' })).toBeInTheDocument();
    // A resolved incident no longer offers a roll back.
    expect(screen.queryByRole('button', { name: /Roll back to/ })).not.toBeInTheDocument();
  });

  it('offers the SRE a roll back on an open incident, and no one else', async () => {
    renderApp('/incidents/INC-2057');
    const changed = (await screen.findByRole('heading', { name: 'What changed' })).closest('section')!;
    expect(await within(changed).findByRole('button', { name: 'Roll back to v9' })).toBeInTheDocument();
    expect(changed).toHaveTextContent(
      'Production runs v10. Only if you suspect v10 itself, though it served before the incident too:',
    );
  });

  it('says when no deploy preceded the incident, and offers the actions that fit before a roll back', async () => {
    renderApp('/incidents/INC-2057');
    const changed = (await screen.findByRole('heading', { name: 'What changed' })).closest('section')!;
    const actions = await within(changed).findByTestId('no-deploy-actions');
    expect(actions).toHaveTextContent(
      'No deploy preceded this incident: v10 served before it began and still does, so rolling back is unlikely to undo the cause.',
    );
    const list = within(actions).getByRole('list', { name: 'Actions that fit' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Silence its alerts', 'Shift traffic', 'Open in Explore']);
    // Explore opens on the model and the incident's window, once the page has put it in the URL.
    await waitFor(() =>
      expect(within(list).getByRole('link', { name: 'Open in Explore' })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/explore\?model=search-ranker&range=/),
      ),
    );
    expect(within(list).getByRole('link', { name: 'Shift traffic' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/models\/search-ranker\/deployments/),
    );
    // The roll back is still there for the SRE, but after the actions, and as a last resort.
    const rollBack = await within(changed).findByRole('button', { name: 'Roll back to v9' });
    expect(actions.compareDocumentPosition(rollBack) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the replicas the Deployments tab shows for the same deployment', async () => {
    const { unmount } = renderApp('/incidents/INC-2057');
    const changed = (await screen.findByRole('heading', { name: 'What changed' })).closest('section')!;
    const replicas = within(within(changed).getByText('replicas').closest('tr')!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    unmount();
    renderApp('/models/search-ranker/deployments');
    const production = (await screen.findByRole('rowheader', { name: /Production/ })).closest('tr')!;
    const headers = within(production.closest('table')!)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const cells = within(production)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // Cells follow the row header, so the column index is one less than the header's.
    const tabReplicas = cells[headers.findIndex((h) => h.startsWith('Replicas')) - 1];
    expect(replicas).toEqual([tabReplicas, tabReplicas]);
  });

  it('rolls back from the investigation, shows the answer, and puts the rollback on the timeline', async () => {
    renderApp('/incidents/INC-2057');
    const changed = (await screen.findByRole('heading', { name: 'What changed' })).closest('section')!;
    await userEvent.click(await within(changed).findByRole('button', { name: 'Roll back to v9' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roll back search-ranker in production?' });
    expect(dialog).toHaveTextContent('Production of search-ranker will serve v9 instead of v10');
    await userEvent.type(within(dialog).getByRole('textbox'), 'Bursts started with v10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Roll back to v9' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'search-ranker production now serves v9 (was v10) on 9 replicas.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    const rollback = (await screen.findByText('Rolled back to v9')).closest('li')!;
    expect(rollback).toHaveTextContent('by you (demo): Bursts started with v10');
    expect(await within(changed).findByText(/Production runs v9/)).toBeInTheDocument();
  });

  it.each(['product-manager', 'stakeholder'] as const)('does not offer a %s the roll back', async (role) => {
    preferencesActions.setRole(role);
    renderApp('/incidents/INC-2057');
    await screen.findByRole('heading', { name: 'What changed' });
    await screen.findByText(/Now: Investigating/);
    expect(screen.queryByRole('button', { name: /Roll back/ })).not.toBeInTheDocument();
  });

  it('does not offer a roll back on a resolved incident', async () => {
    await openPricingIncident();
    await screen.findByText('PricingModelLatencyHigh fired');
    expect(screen.queryByTestId('no-deploy-actions')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Roll back/ })).not.toBeInTheDocument();
  });
});

describe('the investigation page when a backend fails', () => {
  it.each(FAULTS)('names the incident that could not load on a %s, and recovers on Retry', async (fault) => {
    server.use(failing(fault, '/operations/incidents/:id'));
    renderApp('/incidents/INC-2041', SHORT_TIMEOUT_CONFIG);
    const alert = await screen.findByRole('alert', {}, { timeout: 8_000 });
    expect(alert).toHaveTextContent('Could not load incident INC-2041.');
    expect(alert).toHaveTextContent(faultMessage(fault, 'GET /operations/incidents/INC-2041'));
    expect(screen.getByRole('heading', { level: 1, name: 'Incident INC-2041' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role' })).toBeEnabled();
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('What changed')).toBeInTheDocument();
  });

  it.each(FAULTS)('keeps the timeline, what changed and notes when the metrics fail (%s)', async (fault) => {
    server.use(failing(fault, '/metrics/serving'));
    renderApp('/incidents/INC-2041', SHORT_TIMEOUT_CONFIG);
    const signals = (await screen.findByRole('heading', { name: 'Signals' })).closest('section')!;
    const alerts = await within(signals).findAllByRole('alert', {}, { timeout: 8_000 });
    expect(alerts[0]).toHaveTextContent('Could not load latency.');
    expect(alerts[0]).toHaveTextContent(faultMessage(fault, 'GET /metrics/serving'));
    expect(within(alerts[0]!).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByText('Likely trigger')).toBeInTheDocument();
    expect(panel('What changed')).toHaveTextContent('3 changes');
    expect(screen.getByRole('textbox', { name: 'Add a note' })).toBeEnabled();
  });

  it.each(FAULTS)('says the timeline lacks alerts when the alert history fails (%s)', async (fault) => {
    server.use(failing(fault, '/alerts/history'));
    renderApp('/incidents/INC-2041', SHORT_TIMEOUT_CONFIG);
    const timeline = (await screen.findByRole('heading', { name: 'Timeline' })).closest('section')!;
    const alert = await within(timeline).findByRole('alert', {}, { timeout: 8_000 });
    expect(alert).toHaveTextContent(
      'Could not load the alerts of dynamic-pricing; the timeline shows no alerts.',
    );
    expect(alert).toHaveTextContent(faultMessage(fault, 'GET /alerts/history'));
    expect(within(timeline).getByText('v14 deployed to production')).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(timeline).findByText('PricingModelLatencyHigh fired')).toBeInTheDocument();
  });

  it.each(FAULTS)('says why roll back cannot be offered when the deployments fail (%s)', async (fault) => {
    server.use(failing(fault, '/operations/models/:name/deployments'));
    renderApp('/incidents/INC-2057', SHORT_TIMEOUT_CONFIG);
    const changed = (await screen.findByRole('heading', { name: 'What changed' })).closest('section')!;
    const alert = await within(changed).findByRole('alert', {}, { timeout: 8_000 });
    expect(alert).toHaveTextContent(
      'Could not load the deployments of search-ranker, so roll back cannot be offered.',
    );
    expect(alert).toHaveTextContent(faultMessage(fault, 'GET /operations/models/search-ranker/deployments'));
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(changed).findByRole('button', { name: 'Roll back to v9' })).toBeInTheDocument();
  });
});
