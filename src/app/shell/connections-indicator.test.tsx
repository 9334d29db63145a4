import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

startDemoServer();

it('the connections indicator is named by what it shows first (Label in Name), then by the summary', async () => {
  renderApp('/models');
  const link = await screen.findByRole('link', { name: 'Demo: 1 connection, all answering' });
  expect(link).toHaveTextContent('Demo');
  expect(link.getAttribute('aria-label')?.startsWith(link.textContent)).toBe(true);
});
