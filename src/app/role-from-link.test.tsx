import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getRole, preferencesActions } from '../stores/preferences-store';
import { startDemoServer } from '../test/demo-server';
import { renderApp } from '../test/render-app';

startDemoServer();

describe('a shared link', () => {
  beforeEach(() => preferencesActions.setRole('product-manager'));

  it('to a role’s home switches to that role, says so, and offers the way back', async () => {
    const { router } = renderApp('/home/sre');
    expect(await screen.findByText(/Switched to SRE from this link\./)).toBeInTheDocument();
    expect(getRole()).toBe('sre');
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('sre');
    // The SRE's menu, not the product manager's.
    expect(screen.getByRole('link', { name: 'Operations' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Portfolio' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Back to Product manager' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/home/product-manager'));
    expect(getRole()).toBe('product-manager');
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('product-manager');
    expect(screen.queryByText(/Switched to/)).not.toBeInTheDocument();
  });

  it('to the stored role’s home says nothing', async () => {
    renderApp('/home/product-manager');
    expect(await screen.findByRole('link', { name: 'Portfolio' })).toBeInTheDocument();
    expect(screen.queryByText(/Switched to/)).not.toBeInTheDocument();
    expect(getRole()).toBe('product-manager');
  });

  it('to any other page keeps the page as linked and the role as it was', async () => {
    const { router } = renderApp('/models');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/models');
    expect(getRole()).toBe('product-manager');
    expect(screen.queryByText(/Switched to/)).not.toBeInTheDocument();
  });
});
