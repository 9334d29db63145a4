import { screen, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveFleetOptions } from '../../mocks/demo-defaults';
import { createDemoHandlers } from '../../mocks/demo-handlers';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer, TEST_NOW } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

const server = startDemoServer();
const demo = createDemoHandlers(resolveFleetOptions({ now: TEST_NOW }));

const portfolioPanel = async (): Promise<HTMLElement> =>
  (await screen.findByRole('heading', { name: 'Portfolio status' })).closest('section')!;

beforeEach(() => preferencesActions.setRole('product-manager'));

describe('portfolio status', () => {
  it('gives the whole fleet’s count when the backend counted it all', async () => {
    renderApp('/home/product-manager');
    const panel = await portfolioPanel();
    expect(await within(panel).findByText('30 models')).toBeInTheDocument();
    expect(within(panel).queryByText(/Counted from the first/)).not.toBeInTheDocument();
  });

  it('says the counts cover part of the fleet when the backend stopped counting', async () => {
    server.use(
      http.get('*/__demo/api/registry/summary', async ({ request }) => {
        const answer = await getResponse(demo, request);
        return HttpResponse.json({ ...((await answer?.json()) as object), partial: true });
      }),
    );
    renderApp('/home/product-manager');
    const panel = await portfolioPanel();
    expect(await within(panel).findByText('30+ models')).toBeInTheDocument();
    expect(
      within(panel).getByText(/Counted from the first 30 models by name: the registry holds more/),
    ).toBeInTheDocument();
  });

  it('says why the Unknown models are unknown, from their own reasons', async () => {
    renderApp('/home/product-manager');
    const panel = await portfolioPanel();
    const tiles = await within(panel).findByRole('list', { name: 'Models by health' });
    const unknown = within(tiles).getByRole('link', { name: /Unknown/ });
    expect(
      await within(panel).findByText(/^Unknown health: .*Labels arrive 3 days late/),
    ).toBeInTheDocument();
    expect(unknown).toHaveAccessibleDescription(/^Unknown health: .*Labels arrive 3 days late/);
  });
});
