import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { exploreHref } from '../../domain/explore/explore-state';
import { parseExploreParams } from '../../domain/explore/explore-state';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';
import { historyActions } from './stores/history-store';

const server = startDemoServer();
// Charts in jsdom are slow to draw on a busy machine.
configure({ asyncUtilTimeout: 20_000 });

beforeEach(() => {
  preferencesActions.setRole('sre');
  historyActions.clear();
});

const DAY = { kind: 'relative', range: '24h' } as const;
const LATENCY_BY_DEPLOYMENT =
  'histogram_quantile(0.95, sum by (le, deployment) (rate(model_request_duration_seconds_bucket{model="search-ranker"}[5m])))';
const at = (exprs: string[], options: { model?: string; instant?: boolean } = {}): string => {
  const href = exploreHref(exprs, DAY, { model: options.model });
  if (!options.instant) return href;
  const url = new URL(href, 'http://x');
  const panes = url.searchParams.get('panes') ?? '';
  url.searchParams.set(
    'panes',
    panes.replaceAll('"range":true,"instant":false', '"range":false,"instant":true'),
  );
  return `${url.pathname}${url.search}`;
};
const paneA = (): HTMLElement => screen.getByRole('region', { name: 'Pane A' });
const PROM = '*/__demo/prometheus/api/v1';

describe('Explore on the demo', () => {
  it('runs a typed query and draws the seeded series, with a legend that switches each off, and their latest values', async () => {
    renderApp(at([LATENCY_BY_DEPLOYMENT]));
    const legend = await screen.findByRole('list', { name: /^Series of Query A/ });
    const canary = await within(legend).findByRole('button', { name: /search-ranker-canary/ });
    expect(within(legend).getByRole('button', { name: /search-ranker-production/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Query A' }).closest('figure')).toHaveTextContent('(ms)');
    const table = screen.getByRole('table', { name: 'Latest value of each series' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getAllByText(/\d+ ms$/)).toHaveLength(2);
    expect(screen.getByText('Step 2m, from the chart’s width')).toBeInTheDocument();

    await userEvent.click(canary);
    expect(canary).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(screen.getByRole('button', { name: 'Show all 2' }));
    expect(canary).toHaveAttribute('aria-pressed', 'true');
  });

  it('marks a syntax error with Prometheus’s own message and says what to do', async () => {
    renderApp(at(['sum(rate(model_requests_total[5m])']));
    expect(await screen.findByText('Query A failed.')).toBeInTheDocument();
    expect(screen.getByText('Fix the expression where it is marked, then run it again.')).toBeInTheDocument();
    const inline = within(paneA()).getAllByText(/1:35: parse error: unexpected end of input/);
    expect(inline.length).toBeGreaterThan(0);
    expect(within(paneA()).getByRole('textbox', { name: /^Query A/ })).toHaveAttribute('aria-describedby');
  });

  it('shows 100 of 11,000 series and names the label that would narrow them', async () => {
    server.use(
      http.get(`${PROM}/query_range`, ({ request }) => {
        const start = Number(new URL(request.url).searchParams.get('start'));
        const result = Array.from({ length: 11_000 }, (_, i) => ({
          metric: { __name__: 'up', job: 'api', pod: `api-${i}` },
          values: [[start, '1']],
        }));
        return HttpResponse.json({ status: 'success', data: { resultType: 'matrix', result } });
      }),
    );
    renderApp(at(['up']));
    expect(
      await screen.findByText(
        '11,000 series: showing the first 100; narrow it with a label such as pod="…".',
      ),
    ).toBeInTheDocument();
    const legend = await screen.findByRole('list', { name: /^Series of Query A/ });
    expect(within(legend).getAllByRole('button')).toHaveLength(100);
  });

  it('says how to make a query cheaper when the server runs out of time', async () => {
    server.use(
      http.get(`${PROM}/query_range`, () =>
        HttpResponse.json(
          { status: 'error', errorType: 'timeout', error: 'query timed out in expression evaluation' },
          { status: 503 },
        ),
      ),
    );
    renderApp(at(['up']));
    expect(await screen.findByText('Demo ran out of time on this query.')).toBeInTheDocument();
    expect(screen.getByText(/a shorter range, a larger step, or fewer series/)).toBeInTheDocument();
  });

  it('still runs queries on a connection without metadata endpoints, and says completion has no names', async () => {
    server.use(
      http.get(
        `${PROM}/label/__name__/values`,
        () => new HttpResponse('404 page not found', { status: 404 }),
      ),
    );
    renderApp(at(['up{model="search-ranker"}']));
    expect(await screen.findByText(/lists no metric names .* Queries still run\./)).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: /^Series of Query A/ })).toBeInTheDocument();
  });

  it('says why a string result has no chart, and gives a scalar in words', async () => {
    renderApp(at(['"hello"', 'scalar(vector(0.5))'], { instant: true }));
    expect(
      await screen.findByText(/Query A returned a string, “hello”, which has no chart/),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Query B returned a single number \(a scalar\)/)).toBeInTheDocument();
  });

  it('splits into two panes kept in the link, and offers the model’s templates in the connection’s names', async () => {
    const { router } = renderApp(at([LATENCY_BY_DEPLOYMENT], { model: 'search-ranker' }));
    await screen.findByRole('list', { name: /^Series of Query A/ });
    await userEvent.click(screen.getByRole('button', { name: 'Split' }));
    const b = await screen.findByRole('region', { name: 'Pane B' });
    const state = (): ReturnType<typeof parseExploreParams>['state'] =>
      parseExploreParams(new URLSearchParams(router.state.location.search), DAY).state;
    await waitFor(() => expect(state().panes).toHaveLength(2));

    await userEvent.click(within(b).getByRole('button', { name: 'Templates' }));
    const template = await within(b).findByRole('button', {
      name: 'Error rate of search-ranker by status code',
    });
    await userEvent.click(template);
    await waitFor(() =>
      expect(state().panes[1]?.queries[0]?.expr).toMatch(/^sum by \(code\) \(rate\(model_requests_total/),
    );
    const legend = await within(b).findByRole('list', { name: /^Series of Query A/ });
    expect(await within(legend).findByRole('button', { name: /code="500"/ })).toBeInTheDocument();
    expect(within(b).getByRole('heading', { name: 'Query A' }).closest('figure')).toHaveTextContent('(%)');

    await userEvent.click(screen.getByRole('button', { name: 'Close pane A' }));
    await waitFor(() => expect(state().panes).toHaveLength(1));
  });

  it('keeps run queries per connection, starred ones first, until removed', async () => {
    renderApp(at(['up{model="search-ranker"}']));
    await screen.findByRole('region', { name: 'Pane A' });
    await userEvent.click(within(paneA()).getByRole('button', { name: 'Run' }));
    await userEvent.click(within(paneA()).getByRole('button', { name: 'History' }));
    const star = await within(paneA()).findByRole('button', { name: 'Star up{model="search-ranker"}' });
    await userEvent.click(star);
    expect(within(paneA()).getByRole('button', { name: 'Unstar up{model="search-ranker"}' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(localStorage.getItem('sightline.explore-history')).not.toMatch(/token|url/i);
    await userEvent.click(
      within(paneA()).getByRole('button', { name: 'Remove up{model="search-ranker"} from the history' }),
    );
    expect(await within(paneA()).findByText('No queries yet on this connection.')).toBeInTheDocument();
  });
});
