import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveFleetOptions } from '../../mocks/demo-defaults';
import { createDemoHandlers } from '../../mocks/demo-handlers';
import { getDemo } from '../../mocks/testing/demo-fetch';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer, TEST_NOW } from '../../test/demo-server';
import { failing, faultMessage, FAULTS, SHORT_TIMEOUT_CONFIG } from '../../test/faults';
import { renderApp } from '../../test/render-app';

const server = startDemoServer();
configure({ asyncUtilTimeout: 20_000 });
// Journeys of several steps, on a machine that may be busy.
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => {
  preferencesActions.setRole('sre');
  // A fresh demo backend: one test's rollback never leaks into the next.
  server.resetHandlers(...createDemoHandlers(resolveFleetOptions({ now: TEST_NOW })));
});

const environments = async (): Promise<HTMLElement> =>
  (await screen.findByRole('heading', { name: 'Environments' })).closest('section')!;
const history = (): HTMLElement =>
  screen.getByRole('heading', { name: 'Rollout history' }).closest('section')!;
/** The row of an environment, once the table has loaded. */
const environment = async (header: string): Promise<HTMLElement> =>
  (await within(await environments()).findByRole('rowheader', { name: header })).closest('tr')!;
const historyRows = (): string[] =>
  within(history())
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('deployments tab', () => {
  it('lists each environment with version, traffic, replicas, status, endpoint, and the rollout history', async () => {
    renderApp('/models/search-ranker/deployments');
    const production = await environment('Production');
    expect(production).toHaveTextContent('v10');
    expect(production).toHaveTextContent('95 %');
    expect(production).toHaveTextContent('Warning');
    expect(production).toHaveTextContent(
      'https://serving.example.internal/production/search-ranker/invocations',
    );
    expect(await environment('Canary')).toHaveTextContent('5 %');
    await waitFor(() => expect(historyRows().some((r) => r.includes('v9 → v10'))).toBe(true));
    expect(historyRows().find((r) => r.includes('v9 → v10'))).toMatch(
      /marcus\.johnson.*Deployed.*Production/,
    );
  });

  it('offers an SRE the roll back to the version the current one replaced: v12 for dynamic-pricing v13', async () => {
    renderApp('/models/dynamic-pricing/deployments');
    const production = await environment('Production');
    expect(await within(production).findByRole('button', { name: 'Roll back to v12' })).toBeInTheDocument();
  });

  it('names v13 during the pricing incident, when production ran v14 deployed from v13', async () => {
    // The backend as it was during the incident: v14 in production, before the rollback.
    const deployments = (await getDemo('/operations/models/dynamic-pricing/deployments')).body as {
      items: Record<string, unknown>[];
    };
    const rollouts = (await getDemo('/operations/models/dynamic-pricing/rollouts')).body as {
      items: Record<string, unknown>[];
    };
    server.use(
      http.get('*/__demo/api/operations/models/dynamic-pricing/deployments', () =>
        HttpResponse.json({
          items: deployments.items.map((d) => (d.environment === 'production' ? { ...d, version: '14' } : d)),
        }),
      ),
      http.get('*/__demo/api/operations/models/dynamic-pricing/rollouts', () =>
        HttpResponse.json({ items: rollouts.items.filter((r) => r.action !== 'rollback') }),
      ),
    );
    renderApp('/models/dynamic-pricing/deployments');
    const production = await environment('Production');
    await userEvent.click(await within(production).findByRole('button', { name: 'Roll back to v13' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roll back dynamic-pricing in production?' });
    expect(dialog).toHaveTextContent(
      'Production of dynamic-pricing will serve v13 instead of v14, on all 3 replicas, for 100 % of live traffic.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Focus returns where it came from.
    expect(within(production).getByRole('button', { name: 'Roll back to v13' })).toHaveFocus();
  });

  it('rolls back after a confirmation that names what changes, shows the answer, and records it', async () => {
    renderApp('/models/search-ranker/deployments');
    const trigger = await within(await environment('Production')).findByRole('button', {
      name: 'Roll back to v9',
    });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Roll back search-ranker in production?' });
    expect(dialog).toHaveAccessibleDescription(
      'Production of search-ranker will serve v9 instead of v10, on all 9 replicas, for 95 % of live traffic.',
    );
    const confirm = within(dialog).getByRole('button', { name: 'Roll back to v9' });
    // A reason is required: it is kept in the rollout history.
    expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Why (kept in the rollout history)' }),
      'p95 bursts since v10',
    );
    await userEvent.click(confirm);

    const done = await within(dialog).findByRole('status');
    expect(done).toHaveTextContent('Done');
    expect(done).toHaveTextContent('search-ranker production now serves v9 (was v10) on 9 replicas.');
    // The confirmation keeps naming what was done, not the next roll back the new state would offer.
    expect(dialog).not.toHaveTextContent('will serve v8');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await waitFor(() =>
      expect(historyRows()[0]).toMatch(/you \(demo\)Rolled backProductionv10 → v9p95 bursts since v10/),
    );
    expect(await environment('Production')).toHaveTextContent('v9');

    // The next roll back is a new decision: it names the next version and asks for a new reason.
    await userEvent.click(
      await within(await environment('Production')).findByRole('button', { name: 'Roll back to v8' }),
    );
    const next = await screen.findByRole('dialog');
    expect(next).toHaveTextContent('will serve v8 instead of v9');
    expect(within(next).getByRole('textbox')).toHaveValue('');
  });

  it.each(['product-manager', 'stakeholder'] as const)(
    'shows a %s the deployments without any control',
    async (role) => {
      preferencesActions.setRole(role);
      renderApp('/models/search-ranker/deployments');
      expect(await environment('Production')).toHaveTextContent('v10');
      await waitFor(() => expect(historyRows().length).toBeGreaterThan(3));
      expect(screen.queryByRole('button', { name: /Roll back/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Shift traffic' })).not.toBeInTheDocument();
    },
  );

  it('shows a backend 403 clearly and keeps the reason typed', async () => {
    server.use(
      http.post('*/__demo/api/operations/deployments/:id/rollback', () =>
        HttpResponse.json(
          { error: { code: 'FORBIDDEN', message: 'Only the on-call SRE may roll back production.' } },
          { status: 403 },
        ),
      ),
    );
    renderApp('/models/search-ranker/deployments');
    await userEvent.click(
      await within(await environment('Production')).findByRole('button', { name: 'Roll back to v9' }),
    );
    const dialog = await screen.findByRole('dialog');
    const reason = within(dialog).getByRole('textbox', { name: 'Why (kept in the rollout history)' });
    await userEvent.type(reason, 'p95 bursts since v10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Roll back to v9' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('It did not happen.');
    expect(alert).toHaveTextContent(
      'Demo answered 403 to POST /operations/deployments/search-ranker-production/rollback: Only the on-call SRE may roll back production.',
    );
    expect(reason).toHaveValue('p95 bursts since v10');
    expect(within(dialog).getByRole('button', { name: 'Roll back to v9' })).toBeEnabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await environment('Production')).toHaveTextContent('v10');
  });

  it('shifts canary traffic after a confirmation that names the new split', async () => {
    renderApp('/models/search-ranker/deployments');
    const canary = await environment('Canary');
    await userEvent.click(within(canary).getByRole('button', { name: 'Shift traffic' }));
    const dialog = await screen.findByRole('dialog', { name: 'Shift traffic for search-ranker?' });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Canary share of live traffic' }),
      '25',
    );
    expect(dialog).toHaveTextContent(
      'The canary (v11) will take 25 % of live traffic, from 5 % now; v10 in production will take 75 %.',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Why (kept in the rollout history)' }),
      'Canary healthy for 6 days',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send 25 % to the canary' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'The canary of search-ranker (v11) now takes 25 % of live traffic; production takes 75 %.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));

    await waitFor(async () => expect(await environment('Canary')).toHaveTextContent('25 %'));
    expect(await environment('Production')).toHaveTextContent('75 %');
    await waitFor(() =>
      expect(historyRows()[0]).toMatch(/Shifted trafficCanaryv11 at 25 %Canary healthy for 6 days/),
    );
    expect(historyRows()[0]).not.toMatch(/v11 → v11/);
  });
});

describe('deployments tab when the backend fails', () => {
  it.each(FAULTS)(
    'names the deployments that failed on a %s and keeps the rollout history',
    async (fault) => {
      server.use(failing(fault, '/operations/models/:name/deployments'));
      renderApp('/models/search-ranker/deployments', SHORT_TIMEOUT_CONFIG);
      const section = await environments();
      const alert = await within(section).findByRole('alert');
      expect(alert).toHaveTextContent('Could not load the deployments of search-ranker.');
      expect(alert).toHaveTextContent(
        faultMessage(fault, 'GET /operations/models/search-ranker/deployments'),
      );
      await waitFor(() => expect(historyRows().some((r) => r.includes('v9 → v10'))).toBe(true));
      server.resetHandlers();
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await within(section).findByRole('button', { name: 'Roll back to v9' })).toBeInTheDocument();
    },
  );

  it.each(FAULTS)(
    'names the rollout history that failed on a %s and keeps the environments',
    async (fault) => {
      server.use(failing(fault, '/operations/models/:name/rollouts'));
      renderApp('/models/search-ranker/deployments', SHORT_TIMEOUT_CONFIG);
      const alert = await within(
        (await screen.findByRole('heading', { name: 'Rollout history' })).closest('section')!,
      ).findByRole('alert');
      expect(alert).toHaveTextContent('Could not load the rollout history of search-ranker.');
      expect(alert).toHaveTextContent(faultMessage(fault, 'GET /operations/models/search-ranker/rollouts'));
      const production = await environment('Production');
      expect(production).toHaveTextContent('v10');
      // Without the history the version to go back to is unknown: no roll back is offered, none is claimed impossible.
      expect(within(production).queryByRole('button', { name: /Roll back/ })).not.toBeInTheDocument();
      expect(production).not.toHaveTextContent('No earlier version');
    },
  );

  it.each(FAULTS)(
    'keeps the roll back dialog and its reason when the roll back fails (%s)',
    async (fault) => {
      server.use(failing(fault, '/operations/deployments/:id/rollback', 'post'));
      renderApp('/models/search-ranker/deployments', SHORT_TIMEOUT_CONFIG);
      await userEvent.click(
        await within(await environment('Production')).findByRole('button', { name: 'Roll back to v9' }),
      );
      const dialog = await screen.findByRole('dialog');
      await userEvent.type(within(dialog).getByRole('textbox'), 'p95 bursts');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Roll back to v9' }));
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent(
        faultMessage(fault, 'POST /operations/deployments/search-ranker-production/rollback'),
      );
      expect(within(dialog).getByRole('textbox')).toHaveValue('p95 bursts');
    },
  );
});
