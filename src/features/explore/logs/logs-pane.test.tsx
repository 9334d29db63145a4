import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseExploreParams, writeExploreParams } from '../../../domain/explore/explore-state';
import { preferencesActions } from '../../../stores/preferences-store';
import { startDemoServer } from '../../../test/demo-server';
import { renderApp } from '../../../test/render-app';
import { historyActions } from '../stores/history-store';

const server = startDemoServer();
configure({ asyncUtilTimeout: 20_000 });

beforeEach(() => {
  preferencesActions.setRole('sre');
  historyActions.clear();
});

const LOKI = '*/__demo/loki/loki/api/v1';
const HOUR = { kind: 'relative', range: '1h' } as const;
const logsAt = (expr: string): string =>
  `/explore?${writeExploreParams({ panes: [{ logs: true, queries: [{ refId: 'A', expr, instant: false }] }], range: HOUR }).toString()}`;
const paneA = (): HTMLElement => screen.getByRole('region', { name: 'Pane A' });

describe('Explore’s logs on the demo', () => {
  it('shows the matching lines newest first with their level, and the volume of lines by level', async () => {
    renderApp(logsAt('{model="dynamic-pricing"}'));
    const list = await screen.findByRole('region', { name: 'Log lines, newest first' });
    const times = within(list)
      .getAllByRole('listitem')
      .map((li) => Date.parse(li.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(10);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(within(list).getAllByText(/^(info|warn|error)$/).length).toBe(times.length);
    expect(list).toHaveTextContent('model="dynamic-pricing"');
    const legend = await screen.findByRole('list', { name: 'Lines by level' });
    expect(within(legend).getByText(/^info: [\d,]+$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Log volume' }).closest('figure')).toHaveTextContent(
      /[\d,]+ matching lines; one bar every 1 min/,
    );
  });

  it('builds the selector from the connection’s labels and values', async () => {
    const { router } = renderApp(logsAt(''));
    const label = await within(paneA()).findByRole('combobox', { name: /^Label/ });
    await waitFor(() => expect(within(label).getByRole('option', { name: 'model' })).toBeInTheDocument());
    await userEvent.selectOptions(label, 'model');
    const value = within(paneA()).getByRole('combobox', { name: /^Value/ });
    await waitFor(() =>
      expect(within(value).getByRole('option', { name: 'search-ranker' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(value, 'search-ranker');
    await userEvent.click(within(paneA()).getByRole('button', { name: 'Add to query' }));
    const input = within(paneA()).getByRole('textbox', { name: /^Log query/ });
    expect(input).toHaveValue('{model="search-ranker"}');
    await userEvent.click(within(paneA()).getByRole('button', { name: 'Run' }));
    await screen.findByRole('region', { name: 'Log lines, newest first' });
    const state = parseExploreParams(new URLSearchParams(router.state.location.search), HOUR).state;
    expect(state.panes[0]).toMatchObject({ logs: true, queries: [{ expr: '{model="search-ranker"}' }] });
  });

  it('says what the log server refused, keeps the query, and offers a retry', async () => {
    server.use(
      http.get(`${LOKI}/query_range`, () =>
        HttpResponse.text('parse error at line 1, col 8: syntax error: unexpected IDENTIFIER', {
          status: 400,
        }),
      ),
    );
    renderApp(logsAt('{model=dynamic-pricing}'));
    const failure = (await within(paneA()).findByText('The log query failed.')).closest('[role=alert]');
    expect(failure).toHaveTextContent(/unexpected IDENTIFIER/);
    expect(within(failure as HTMLElement).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(paneA()).getByRole('textbox', { name: /^Log query/ })).toHaveValue(
      '{model=dynamic-pricing}',
    );
  });

  it('switches a pane between metrics and logs on a connection that answers both', async () => {
    renderApp('/explore');
    const logs = await within(paneA()).findByRole('button', { name: 'Logs' });
    expect(within(paneA()).getByRole('button', { name: 'Metrics' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(logs);
    expect(await within(paneA()).findByRole('textbox', { name: /^Log query/ })).toBeInTheDocument();
    expect(within(paneA()).getByRole('button', { name: 'Logs' })).toHaveAttribute('aria-pressed', 'true');
  });
});
