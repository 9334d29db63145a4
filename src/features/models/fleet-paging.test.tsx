import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { startDemoServer } from '../../test/demo-server';

startDemoServer({ fleetSize: 120 });

const firstModelName = (): string =>
  within(within(screen.getByRole('table', { name: 'Models' })).getAllByRole('row')[1]!).getAllByRole(
    'link',
  )[0]!.textContent;

describe('fleet paging', () => {
  it('walks pages with the backend cursor, and Previous comes back', async () => {
    const { router } = renderApp('/models?sort=name&size=50');
    await screen.findByText('1–50 of 120');
    const firstOnPageOne = firstModelName();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('51–100 of 120');
    expect(router.state.location.search).toMatch(/cursor=/);
    expect(firstModelName()).not.toBe(firstOnPageOne);

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('101–120 of 120');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await screen.findByText('51–100 of 120');
    await userEvent.click(screen.getByRole('button', { name: 'First page' }));
    await screen.findByText('1–50 of 120');
    await waitFor(() => expect(firstModelName()).toBe(firstOnPageOne));
  });

  it('starts from the first page when a filter changes', async () => {
    const { router } = renderApp('/models?sort=name&size=50');
    await screen.findByText('1–50 of 120');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('51–100 of 120');
    await userEvent.click(screen.getByRole('button', { name: 'Healthy' }));
    await waitFor(() => expect(router.state.location.search).not.toMatch(/cursor=/));
    expect(await screen.findByText(/^1–/)).toBeInTheDocument();
  });
});
