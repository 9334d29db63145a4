import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

startDemoServer();

const findBox = (): Promise<HTMLElement> => screen.findByRole('combobox', { name: 'Find a model' });

describe('Find a model, in the header', () => {
  it('suggests models from the registry as the user types, and ↓ then Enter opens the highlighted one', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/home/product-manager');
    const box = await findBox();
    await user.type(box, 'churn');
    const list = await screen.findByRole('listbox', { name: 'Find a model: suggestions' });
    const first = await within(list).findByRole('option', { name: /^churn-predictor/ });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    for (const option of within(list).getAllByRole('option')) expect(option).toHaveTextContent('churn');

    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', first.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/models/churn-predictor'));
    expect(box).toHaveValue('');
  });

  it('Enter with nothing highlighted opens the fleet filtered by the text', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/home/sre');
    await user.type(await findBox(), 'fraud{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/models'));
    expect(router.state.location.search).toContain('q=fraud');
  });

  it('says when nothing matches, Escape closes the list and a second Escape clears the box', async () => {
    const user = userEvent.setup();
    renderApp('/home/data-scientist');
    const box = await findBox();
    await user.type(box, 'zzzz-no-such');
    expect(await screen.findByText('No model matches “zzzz-no-such”')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('zzzz-no-such');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('is not on the fleet page, which has one search: its own', async () => {
    renderApp('/models');
    expect(await screen.findByRole('search', { name: 'Filter models' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Find a model' })).toBeNull();
  });
});
