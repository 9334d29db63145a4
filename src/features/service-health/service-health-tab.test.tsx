import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer } from '../../test/demo-server';
import { failing, faultMessage, FAULTS, SHORT_TIMEOUT_CONFIG } from '../../test/faults';
import { renderApp } from '../../test/render-app';

// The drawn charts are tested on the investigation page (incident-charts.test.tsx); titles, units,
// legends and tables are ChartPanel's and render here.
vi.mock('../../ui/charts/lazy-time-series-chart', () => ({ LazyTimeSeriesChart: () => null }));

const server = startDemoServer();
configure({ asyncUtilTimeout: 20_000 });
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => preferencesActions.setRole('sre'));

const objectivesPanel = async (): Promise<HTMLElement> =>
  (await screen.findByRole('heading', { name: 'Objectives' })).closest('section')!;
const figure = async (title: string): Promise<HTMLElement> =>
  (await screen.findByRole('heading', { name: title })).closest('figure')!;
const legend = (chart: HTMLElement, title: string): string[] =>
  within(within(chart).getByRole('list', { name: `Legend of ${title}` }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('service health tab', () => {
  it('opens with the answer and each objective with its budget and burn, worst first', async () => {
    renderApp('/models/search-ranker/service');
    const panel = await objectivesPanel();
    expect(
      await within(panel).findByText(
        '1 of 2 objectives of search-ranker need attention: p95 latency (now 168 ms): burning budget: 1.8× over 6 h.',
      ),
    ).toBeInTheDocument();
    const rows = within(panel).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement): string[] =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(rows[0]!)).toEqual([
      'p95 latency ≤ 150 ms, 99.0 % of the time over 30 d',
      'WarningBurning budget: 1.8× over 6 h',
      '168 ms',
      '38 %',
      '2.2× / 1.8×',
    ]);
    expect(cells(rows[1]!)[0]).toBe('Error rate ≤ 1.0 %, 99.0 % of requests over 30 d');
    expect(cells(rows[1]!)[1]).toContain('Healthy');
  });

  it('says in one sentence when every objective is met', async () => {
    renderApp('/models/dynamic-pricing/service');
    expect(
      await within(await objectivesPanel()).findByText('dynamic-pricing meets all 2 of its objectives.'),
    ).toBeInTheDocument();
  });

  it('charts latency, throughput and error rate with units, the objectives as thresholds, and a table of the numbers', async () => {
    renderApp('/models/search-ranker/service');
    const latency = await figure('Latency');
    expect(latency).toHaveTextContent('(ms)');
    await waitFor(() => expect(legend(latency, 'Latency')).toEqual(['p50', 'p95', 'p99', 'SLO p95 150 ms']));
    const throughput = await figure('Throughput');
    expect(throughput).toHaveTextContent('(req/s)');
    const errors = await figure('Error rate');
    expect(errors).toHaveTextContent('(%)');
    await waitFor(() => expect(legend(errors, 'Error rate')).toEqual(['Error rate', 'SLO 1.0 %']));

    // The table alternative carries every value with its unit.
    await userEvent.click(within(throughput).getAllByText('Show the numbers as a table')[0]!);
    const values = within(throughput)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[2]?.textContent ?? '');
    expect(values.length).toBeGreaterThan(100);
    expect(values.filter((v) => v !== 'no data').every((v) => / req\/s$/.test(v))).toBe(true);
    const latencyValues = within(latency)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((row) => within(row).getAllByRole('cell', { hidden: true })[2]?.textContent ?? '');
    expect(latencyValues.filter((v) => v !== 'no data').every((v) => / ms$/.test(v))).toBe(true);
  });

  it('marks deploys on the charts when one is in the time range, and names them in the legend only then', async () => {
    renderApp('/models/dynamic-pricing/service?range=7d');
    const latency = await figure('Latency');
    await waitFor(() => expect(legend(latency, 'Latency')).toContain('Deploys and events'));
  });

  it('leaves deploys out of the legend when none is in the time range', async () => {
    renderApp('/models/search-ranker/service?range=1h');
    const latency = await figure('Latency');
    await waitFor(() => expect(legend(latency, 'Latency')).toContain('SLO p95 150 ms'));
    expect(legend(latency, 'Latency')).not.toContain('Deploys and events');
  });

  it('says what to do when a model has no objectives', async () => {
    server.use(http.get('*/__demo/api/operations/objectives', () => HttpResponse.json({ items: [] })));
    renderApp('/models/search-ranker/service');
    const panel = await objectivesPanel();
    expect(await within(panel).findByText('No objectives defined for this model.')).toBeInTheDocument();
    expect(within(panel).getByText(/Define latency and error-rate objectives/)).toBeInTheDocument();
  });
});

describe('whose traffic the service charts show', () => {
  afterEach(() => server.events.removeAllListeners());

  /** The `deployment` parameter of every serving request the page makes. */
  function servingDeployments(): (string | null)[] {
    const asked: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/metrics/serving')) asked.push(url.searchParams.get('deployment'));
    });
    return asked;
  }

  it('reads the production deployment, and says so', async () => {
    const asked = servingDeployments();
    renderApp('/models/search-ranker/service');
    expect(
      await screen.findByText(/^Production deployment search-ranker-production \(v\d+\)\./),
    ).toBeInTheDocument();
    expect(await figure('Throughput')).toHaveTextContent('(req/s)');
    expect(asked.length).toBeGreaterThanOrEqual(5);
    expect(new Set(asked)).toEqual(new Set(['search-ranker-production']));
  });

  it('falls back to the whole model when the deployments cannot be read, and says why', async () => {
    server.use(failing('500', '/operations/models/search-ranker/deployments'));
    const asked = servingDeployments();
    renderApp('/models/search-ranker/service', SHORT_TIMEOUT_CONFIG);
    expect(
      await screen.findByText(/^All deployments of the model together: the deployments could not be read\./),
    ).toBeInTheDocument();
    expect(await figure('Throughput')).toHaveTextContent('(req/s)');
    expect(new Set(asked)).toEqual(new Set([null]));
  });
});

describe('service health tab when the backend fails', () => {
  it.each(FAULTS)('names the objectives that failed on a %s and keeps the charts', async (fault) => {
    server.use(failing(fault, '/operations/objectives'));
    renderApp('/models/search-ranker/service', SHORT_TIMEOUT_CONFIG);
    const alert = await within(await objectivesPanel()).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the objectives of search-ranker.');
    expect(alert).toHaveTextContent(faultMessage(fault, 'GET /operations/objectives'));
    expect(await figure('Latency')).toHaveTextContent('(ms)');
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/1 of 2 objectives of search-ranker need attention/)).toBeInTheDocument();
  });

  it.each(FAULTS)('names the series that failed on a %s and keeps the objectives', async (fault) => {
    server.use(failing(fault, '/metrics/serving'));
    renderApp('/models/search-ranker/service', SHORT_TIMEOUT_CONFIG);
    const signals = (await screen.findByRole('heading', { name: 'Signals' })).closest('section')!;
    await waitFor(() => expect(within(signals).getAllByRole('alert')).toHaveLength(3));
    const alerts = within(signals).getAllByRole('alert');
    expect(alerts.map((a) => a.querySelector('.state__title')?.textContent)).toEqual([
      'Could not load latency.',
      'Could not load throughput.',
      'Could not load error rate.',
    ]);
    expect(alerts[0]).toHaveTextContent(faultMessage(fault, 'GET /metrics/serving'));
    expect(await within(await objectivesPanel()).findByText(/need attention/)).toBeInTheDocument();
    server.resetHandlers();
    // One Retry brings back the whole latency chart: p50, p95 and p99 are asked again together.
    await userEvent.click(within(alerts[0]!).getByRole('button', { name: 'Retry' }));
    const latency = await figure('Latency');
    await waitFor(() => expect(legend(latency, 'Latency')).toEqual(['p50', 'p95', 'p99', 'SLO p95 150 ms']));
    await userEvent.click(within(signals).getAllByRole('button', { name: 'Retry' })[0]!);
    expect(await figure('Throughput')).toHaveTextContent('(req/s)');
  });
});
