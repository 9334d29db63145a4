import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMlflowHandlers } from '../../mocks/mlflow/handlers';
import { MLFLOW_TEST_URL } from '../../mocks/mlflow/node';
import { scenarioHandlers } from '../../mocks/scenarios';
import type { RuntimeConfig } from '../../sources/connection-config';
import { renderApp } from '../../test/render-app';
import { TEST_NOW, startDemoServer } from '../../test/demo-server';

const server = startDemoServer();

/** The registry from MLflow (the mock), everything else from the demo. */
const MLFLOW_REGISTRY: RuntimeConfig = {
  connections: [
    { id: 'demo', kind: 'demo' },
    { id: 'mlflow', kind: 'mlflow', url: MLFLOW_TEST_URL },
  ],
  capabilities: { registry: 'mlflow' },
};

const modelRows = (): HTMLElement[] =>
  within(screen.getByRole('table', { name: 'Models' }))
    .getAllByRole('row')
    .slice(1);

describe('fleet page', () => {
  it('lists the fleet worst health first, with the reason in words', async () => {
    renderApp('/models');
    expect(await screen.findByRole('link', { name: 'transaction-fraud' })).toBeInTheDocument();
    const first = modelRows()[0]!;
    expect(within(first).getByText('Critical')).toBeInTheDocument();
    expect(within(first).getByText(/Abrupt drift on payment_method/)).toBeInTheDocument();
    expect(screen.getByText(/of 30/)).toBeInTheDocument();
  });

  it('filters to critical models through the backend and keeps the filter in the URL', async () => {
    const { router } = renderApp('/models');
    await screen.findByRole('link', { name: 'transaction-fraud' });
    await userEvent.click(screen.getByRole('button', { name: 'Critical' }));
    await waitFor(() => expect(router.state.location.search).toContain('health=critical'));
    await waitFor(() => expect(modelRows().every((row) => within(row).queryByText('Critical'))).toBe(true));
    expect(screen.queryByRole('link', { name: 'churn-predictor' })).not.toBeInTheDocument();
  });

  it('says how many models it lists, and how many of them a filter or search matched', async () => {
    const { router } = renderApp('/models');
    expect(await screen.findByText('30 models')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Critical' }));
    await waitFor(() => expect(router.state.location.search).toContain('health=critical'));
    expect(await screen.findByText(/^\d+ of 30 models$/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'fraud');
    expect(
      await screen.findByText(/^\d+ of 30 models match “fraud” in name, team, owner or tag$/),
    ).toBeInTheDocument();
  });

  it('searches by name', async () => {
    const { router } = renderApp('/models');
    await screen.findByRole('link', { name: 'transaction-fraud' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'churn');
    await waitFor(() => expect(router.state.location.search).toContain('q=churn'));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'transaction-fraud' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'churn-predictor' })).toBeInTheDocument();
  });

  it('reproduces a view from a pasted link: sort by name ascending', async () => {
    renderApp('/models?sort=name&size=50');
    await screen.findAllByRole('row');
    await waitFor(() => expect(modelRows().length).toBeGreaterThan(1));
    const names = modelRows().map((row) => within(row).getAllByRole('link')[0]!.textContent);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(screen.getByRole('columnheader', { name: /Model/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('shows an empty state that says what to do', async () => {
    server.use(...scenarioHandlers('empty', { now: TEST_NOW }));
    renderApp('/models');
    expect(await screen.findByText('No models match these filters.')).toBeInTheDocument();
    expect(screen.getByText(/The registry has no models yet/)).toBeInTheDocument();
  });
});

describe('fleet page when the backend fails', () => {
  it('names the source on a 503 and recovers on Retry', async () => {
    server.use(...scenarioHandlers('backend-down'));
    renderApp('/models');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the models.');
    expect(alert).toHaveTextContent('Demo answered 503 to GET /registry/models');
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'transaction-fraud' })).toBeInTheDocument();
  });

  it('says a 500 failed and keeps the rest of the page working', async () => {
    server.use(
      http.get('*/__demo/api/registry/models', () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'database is on fire' } }, { status: 500 }),
      ),
    );
    renderApp('/models');
    expect(await screen.findByRole('alert')).toHaveTextContent('database is on fire');
    expect(screen.getByRole('heading', { level: 1, name: 'Models' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role' })).toBeEnabled();
  });

  it('says when the network fails', async () => {
    server.use(http.get('*/__demo/api/registry/models', () => HttpResponse.error()));
    renderApp('/models');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not reach Demo for GET /registry/models',
    );
  });

  it('says when the backend takes too long', async () => {
    server.use(
      http.get('*/__demo/api/registry/models', async () => {
        await delay(2_000);
        return HttpResponse.json({});
      }),
    );
    const config: RuntimeConfig = {
      connections: [{ id: 'demo', kind: 'demo', name: 'Demo', options: { timeoutMs: 100 } }],
    };
    renderApp('/models', config);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Demo did not answer GET /registry/models within 0.1 s',
    );
  });

  it('names the malformed field instead of crashing', async () => {
    server.use(...scenarioHandlers('malformed', { now: TEST_NOW }));
    renderApp('/models');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /Demo sent a malformed response to GET \/registry\/models: field "items\.\d+\./,
    );
  });

  it('says the search box matches names only when MLflow answers the registry', async () => {
    server.use(...createMlflowHandlers({ baseUrl: MLFLOW_TEST_URL, modelCount: 40 }));
    renderApp('/models', MLFLOW_REGISTRY);
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toHaveAttribute(
      'placeholder',
      'Name  ( / )',
    );
  });

  it('offers only the sorts MLflow can do, and says so when a link asks for another', async () => {
    server.use(...createMlflowHandlers({ baseUrl: MLFLOW_TEST_URL, modelCount: 40 }));
    const { router } = renderApp('/models?sort=-health', MLFLOW_REGISTRY);
    expect(
      await screen.findByText('Sorted by name: this registry cannot sort by health.'),
    ).toBeInTheDocument();
    const header = (name: RegExp): HTMLElement => screen.getByRole('columnheader', { name });
    expect(header(/Model/)).toHaveAttribute('aria-sort', 'ascending');
    expect(within(header(/Health/)).queryByRole('button')).not.toBeInTheDocument();
    expect(within(header(/Team/)).queryByRole('button')).not.toBeInTheDocument();
    // Model is sorted ascending already, so its header turns it around.
    await userEvent.click(within(header(/Model/)).getByRole('button'));
    await waitFor(() => expect(router.state.location.search).toContain('sort=-name'));
    await waitFor(() => expect(header(/Model/)).toHaveAttribute('aria-sort', 'descending'));
    expect(screen.queryByText(/this registry cannot sort/)).not.toBeInTheDocument();
  });

  it('says the search box reaches teams, owners and tags on the demo', async () => {
    renderApp('/models');
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toHaveAttribute(
      'placeholder',
      'Name, team, owner or tag  ( / )',
    );
  });

  it('renders names from a backend as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    server.use(
      http.get('*/__demo/api/registry/models', () =>
        HttpResponse.json({
          items: [
            {
              name: hostile,
              team: '<b>Growth</b>',
              owner: 'ana',
              task: 'classification',
              stage: 'production',
              latestVersion: '1',
              aliases: [],
              health: { status: 'healthy', reason: '<script>alert(1)</script>' },
              openAlerts: 0,
              tags: {},
              createdAt: '2026-11-01T00:00:00.000Z',
              updatedAt: '2026-11-01T00:00:00.000Z',
            },
          ],
          total: 1,
        }),
      ),
    );
    const { container } = renderApp('/models');
    expect(await screen.findByText(hostile)).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
