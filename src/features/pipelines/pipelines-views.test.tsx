import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

const server = startDemoServer();
configure({ asyncUtilTimeout: 20_000 });
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => preferencesActions.setRole('data-engineer'));

describe('pipelines views', () => {
  it('lists failing and late pipelines first, with why', async () => {
    renderApp('/pipelines');
    expect(await screen.findByTestId('pipelines-answer')).toHaveTextContent(
      '1 failing, 1 late against its freshness SLA of 5 pipelines.',
    );
    const rows = within(screen.getByRole('table', { name: 'Pipelines' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows[0]).toHaveTextContent(/demand-forecast features.*Failed/);
    expect(rows[1]).toHaveTextContent(/search click features.*Late.*SLA 6 h/);
    expect(rows[2]).toHaveTextContent('Succeeded');
  });

  it('opens a run on its failing step: checks with expected and observed, skipped steps, impacted models', async () => {
    renderApp('/pipelines/demand-features');
    expect(await screen.findByTestId('run-answer')).toHaveTextContent(
      /^Failed at Validate demand_raw: store_id null rate expected ≤ 1 %, observed 3\.1 %\. 5 steps skipped downstream\. It feeds demand-forecast\.$/,
    );
    const checks = await screen.findByRole('table', { name: 'Checks of Validate demand_raw' });
    expect(within(checks).getByRole('row', { name: /store_id null rate/ })).toHaveTextContent(
      '≤ 1 %3.1 %Fail',
    );
    const graph = await screen.findByRole('group', { name: 'Pipeline steps as a graph' });
    expect(
      within(graph).getByRole('button', { name: /^Train demand-forecast ?Skipped/ }),
    ).toBeInTheDocument();
    const impacted = await screen.findByRole('list', { name: 'Impacted model versions' });
    expect(within(impacted).getByRole('link', { name: 'demand-forecast v6' })).toHaveAttribute(
      'href',
      '/models/demand-forecast',
    );
    // The table alternative selects too, and says why a step was skipped.
    const table = screen.getByRole('table', { name: 'Pipeline steps' });
    expect(within(table).getByRole('row', { name: /Train demand-forecast/ })).toHaveTextContent(
      'Skipped: upstream step validate_demand_raw failed',
    );
    await userEvent.click(within(table).getByRole('button', { name: 'Extract stores export' }));
    expect(
      await screen.findByRole('heading', { name: 'Extract stores export', level: 2 }),
    ).toBeInTheDocument();
  });

  it('names what failed and offers Retry when the run cannot be read', async () => {
    server.use(
      http.get('*/__demo/api/pipelines/:id/runs/:run', () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'scheduler unreachable' } }, { status: 500 }),
      ),
    );
    renderApp('/pipelines/demand-features');
    expect(
      await screen.findByText('Could not load the latest run of demand-forecast features.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Retry/ })).toBeInTheDocument();
  });

  it('shows a dataset’s schema change and null rate', async () => {
    renderApp('/datasets/stores_export');
    expect(await screen.findByTestId('dataset-answer')).toHaveTextContent('store_id INT64 → STRING');
    renderApp('/datasets/demand_raw');
    expect(await screen.findByRole('table', { name: 'Versions of demand_raw' })).toHaveTextContent(
      'store_id null rate',
    );
  });

  it('puts failing pipelines, stale datasets and affected models first on the data engineer’s home', async () => {
    renderApp('/home/data-engineer');
    const failing = await screen.findByRole('region', { name: 'Failing and late pipelines' });
    expect(
      await within(failing).findByRole('link', { name: 'demand-forecast features' }),
    ).toBeInTheDocument();
    expect(within(failing).getByRole('link', { name: 'demand-forecast' })).toHaveAttribute(
      'href',
      '/models/demand-forecast',
    );
    const stale = await screen.findByRole('region', { name: 'Stale or failing datasets' });
    expect(await within(stale).findByRole('link', { name: 'demand_raw' })).toBeInTheDocument();
    expect(within(stale).getByRole('link', { name: 'demand_features' })).toBeInTheDocument();
  });

  it('opens a big pipeline on its failing neighbourhood, at most 150 steps', async () => {
    server.use(
      http.get('*/__demo/api/pipelines/big', () => HttpResponse.json(bigPipeline(400))),
      http.get('*/__demo/api/pipelines/big/runs/latest', () => HttpResponse.json(bigRun(400))),
    );
    renderApp('/pipelines/big?depth=3');
    expect(await screen.findByTestId('graph-scope')).toHaveTextContent('7 of 400 steps: 3 hops around s200');
    const graph = await screen.findByRole('group', { name: 'Pipeline steps as a graph' });
    expect(within(graph).getAllByRole('button')).toHaveLength(7);
  });
});

const iso = '2026-11-29T10:00:00.000Z';
function bigPipeline(n: number) {
  return {
    id: 'big',
    name: 'big',
    recentRuns: [],
    failedChecks: 0,
    models: [],
    stepCount: n,
    steps: Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      name: `s${i}`,
      dependsOn: i ? [`s${i - 1}`] : [],
    })),
  };
}
function bigRun(n: number) {
  return {
    id: 'r1',
    pipelineId: 'big',
    state: 'failed',
    startedAt: iso,
    steps: Array.from({ length: n }, (_, i) => ({
      stepId: `s${i}`,
      state: i < 200 ? 'succeeded' : i === 200 ? 'failed' : 'not-run',
      startedAt: i <= 200 ? iso : null,
      endedAt: i <= 200 ? iso : null,
      checks: [],
    })),
    edges: [],
  };
}
