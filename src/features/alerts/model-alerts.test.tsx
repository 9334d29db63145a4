import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Alert } from '../../domain/alert';
import { alertToWire } from '../../mocks/operations/to-wire';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer, TEST_NOW } from '../../test/demo-server';
import { failing } from '../../test/faults';
import { renderApp } from '../../test/render-app';
import { AlertsList } from './alerts-list';

const server = startDemoServer();
configure({ asyncUtilTimeout: 20_000 });
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => preferencesActions.setRole('sre'));

const MINUTE = 60_000;
const alert = (overrides: Partial<Alert>): Alert => ({
  id: overrides.name ?? 'a',
  name: 'ModelErrorRateHigh',
  severity: 'warning',
  state: 'firing',
  summary: 'Errors above 1 %',
  model: 'churn-predictor',
  startsAt: TEST_NOW - 30 * MINUTE,
  labels: {},
  silencedBy: [],
  ...overrides,
});

/** The panel on a model's Service tab, once it has loaded. */
const alertsPanel = async (): Promise<HTMLElement> =>
  (await screen.findByRole('heading', { name: 'Alerts' })).closest('section')!;

describe('alerts list', () => {
  it('puts firing before silenced, critical before warning, newest first, and names the silence', () => {
    render(
      <AlertsList
        alerts={[
          alert({ id: '1', name: 'OldWarning', startsAt: TEST_NOW - 90 * MINUTE }),
          alert({ id: '2', name: 'QuietOne', state: 'suppressed', silencedBy: ['maintenance window'] }),
          alert({ id: '3', name: 'NewWarning', startsAt: TEST_NOW - 5 * MINUTE }),
          alert({ id: '4', name: 'Critical', severity: 'critical' }),
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Alerts' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Critical',
      'NewWarning',
      'OldWarning',
      'QuietOne',
    ]);
    expect(items[3]).toHaveTextContent('silenced by maintenance window');
    expect(within(items[3]!).getByText('Silenced')).toBeInTheDocument();
  });
});

describe("a model's alerts panel", () => {
  it('lists what fires for the model, silenced ones included, with a link to where it fired', async () => {
    server.use(
      http.get('*/__demo/api/alerts', ({ request }) => {
        const url = new URL(request.url);
        expect(url.searchParams.get('model')).toBe('churn-predictor');
        return HttpResponse.json({
          items: [
            alert({ id: 'x', name: 'ModelFeatureDriftHigh', url: 'https://prometheus.example/graph' }),
            alert({ id: 'y', name: 'ModelLatencySLOBurn', state: 'suppressed', silencedBy: ['s-1'] }),
          ].map(alertToWire),
        });
      }),
    );
    renderApp('/models/churn-predictor/service');
    const panel = await alertsPanel();
    expect(await within(panel).findByText('ModelFeatureDriftHigh')).toBeVisible();
    expect(within(panel).getByText('ModelLatencySLOBurn')).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'source' })).toHaveAttribute(
      'href',
      'https://prometheus.example/graph',
    );
  });

  it('says so when nothing fires for the model', async () => {
    server.use(http.get('*/__demo/api/alerts', () => HttpResponse.json({ items: [] })));
    renderApp('/models/churn-predictor/service');
    expect(await within(await alertsPanel()).findByText('No alerts firing for this model.')).toBeVisible();
  });

  it('names the failure and recovers on Retry, while the rest of the tab keeps working', async () => {
    server.use(failing('500', '/alerts'));
    renderApp('/models/churn-predictor/service');
    const panel = await alertsPanel();
    expect(await within(panel).findByText('Could not load the alerts of churn-predictor.')).toBeVisible();
    expect(within(panel).getByText(/the database is on fire/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();

    server.resetHandlers();
    server.use(
      http.get('*/__demo/api/alerts', () =>
        HttpResponse.json({ items: [alert({ name: 'ModelQualityDegraded' })].map(alertToWire) }),
      ),
    );
    await userEvent.click(within(panel).getByRole('button', { name: /retry/i }));
    expect(await within(await alertsPanel()).findByText('ModelQualityDegraded')).toBeVisible();
  });
});
