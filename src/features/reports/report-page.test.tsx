import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

startDemoServer();

describe('the report', () => {
  it('defaults to the last full month and reproduces itself from its URL', async () => {
    preferencesActions.setRole('stakeholder');
    const { router } = renderApp('/reports');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'All models: report for October 2026' }),
    ).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Q3 2026');
    await waitFor(() => expect(router.state.location.search).toBe('?period=2026-Q3'));
    const summary = await screen.findByTestId('report-summary');
    expect(summary).toHaveTextContent(/new versions went live/);
    expect(summary).not.toHaveTextContent(/PSI|disparate impact/i);
    expect(screen.getByRole('table', { name: 'Key figures' })).toHaveTextContent('Q2 2026');
    expect(screen.getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
  });

  it('prints with the browser and exports a table as CSV', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const createUrl = vi.fn(() => 'blob:csv');
    URL.createObjectURL = createUrl;
    URL.revokeObjectURL = vi.fn();
    renderApp('/reports?period=2026-Q3');
    await screen.findByTestId('report-summary');
    await userEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Download key figures as CSV' }));
    expect(createUrl).toHaveBeenCalledOnce();
  });

  it('says a period it does not know in words, and shows the default instead', async () => {
    renderApp('/reports?period=last-year');
    expect(await screen.findByText(/“last-year” is not a period this page knows/)).toBeInTheDocument();
  });

  it('lists a model’s incidents with their resolution and time to restore', async () => {
    renderApp('/reports?model=dynamic-pricing&period=2026-11');
    const incidents = await screen.findByRole('table', { name: 'Incidents in the period' });
    expect(within(incidents).getByRole('row', { name: /INC-2041/ })).toHaveTextContent(/Resolved after/);
  });

  it('freezes a model’s report as an evidence pack whose hash verifies when re-opened', async () => {
    const { router } = renderApp('/reports?model=churn-predictor&period=2026-11');
    await userEvent.click(await screen.findByRole('button', { name: 'Freeze as an evidence pack' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/reports\/evidence\/EP-\d+$/));
    expect(await screen.findByTestId('pack-verdict')).toHaveTextContent(/Verified/);
    expect(screen.getByTestId('pack-hash').textContent).toMatch(/^[0-9a-f]{64}$/);
    const annex = screen.getByRole('region', { name: 'EU AI Act, Annex IV' });
    expect(within(annex).getAllByRole('listitem')).toHaveLength(9);
  });

  it('says in words when a stored pack does not match its hash', async () => {
    renderApp('/reports/evidence/EP-0000-altered');
    expect(await screen.findByTestId('pack-verdict')).toHaveTextContent(
      /does not match the hash it was stored with/,
    );
  });
});
