import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

startDemoServer();

async function panel(title: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: title });
  const section = heading.closest('section');
  if (!section) throw new Error(`no panel around "${title}"`);
  return section;
}

describe('Home lists that stop early say how many they left out and link to all of them', () => {
  it('SRE: production models by health shows 12 of the 20 in production, and a link to all 20', async () => {
    renderApp('/home/sre');
    const production = await panel('Production models by health');
    expect(
      await within(production).findByText(/Showing 12 of 20 production models \(8 left out\)\./),
    ).toBeVisible();
    expect(within(production).getByRole('link', { name: 'See all 20' })).toHaveAttribute(
      'href',
      expect.stringContaining('/models?stage=production'),
    );
  });

  it('data scientist: the models with their latest metrics show 8 of the 30, and a link to the fleet', async () => {
    renderApp('/home/data-scientist');
    const latest = await panel('Models and their latest metrics');
    expect(await within(latest).findByText(/Showing 8 of 30 models \(22 left out\)\./)).toBeVisible();
    expect(within(latest).getByRole('link', { name: 'See all 30' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/models/),
    );
  });
});
