import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';

startDemoServer();
// Three real charts in jsdom are slow to draw on a busy machine.
configure({ asyncUtilTimeout: 20_000 });

beforeEach(() => preferencesActions.setRole('sre'));

const figure = async (title: string): Promise<HTMLElement> =>
  (await screen.findByRole('heading', { name: title })).closest('figure')!;

describe('the signals of the pricing incident', () => {
  it('are drawn over the incident window, with a unit on every axis, thresholds and the incident in the legend', async () => {
    const { router, container } = renderApp('/incidents/INC-2041');
    const latency = await figure('Latency');
    // The page puts the incident's own window in the URL, so a link reproduces the view.
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?range=\d+-\d+$/));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Zoom to the incident' })).toBeDisabled());

    expect(latency).toHaveTextContent('(ms)');
    const legend = within(within(latency).getByRole('list', { name: 'Legend of Latency' }));
    for (const entry of ['p50', 'p95', 'p99', 'SLO p95 300 ms', 'Incident', 'Deploys and events'])
      expect(legend.getByText(entry)).toBeInTheDocument();
    expect(await figure('Error rate')).toHaveTextContent('(%)');
    const errorLegend = within(await figure('Error rate')).getByRole('list', {
      name: 'Legend of Error rate',
    });
    expect(within(errorLegend).getByText('SLO 1.0 %')).toBeInTheDocument();
    expect(await figure('Throughput')).toHaveTextContent('(req/s)');

    // Each drawn chart names its units on the axes: time (with the zone) across, the unit up.
    await waitFor(() => expect(container.querySelectorAll('.recharts-surface')).toHaveLength(3), {
      timeout: 30_000,
    });
    const axisText = (chart: Element): string[] =>
      [...chart.querySelectorAll('.recharts-label')].map((label) => label.textContent);
    const [latencyChart, throughputChart, errorChart] = [...container.querySelectorAll('.chart')];
    expect(axisText(latencyChart!)).toEqual(expect.arrayContaining([expect.stringMatching(/^Time, /), 'ms']));
    expect(axisText(throughputChart!)).toEqual(expect.arrayContaining(['req/s']));
    expect(axisText(errorChart!)).toEqual(expect.arrayContaining(['%']));
    // The deploy that caused it is a marker on the charts.
    expect(latencyChart).toHaveTextContent(/v14 deployed to produ/);
  }, 60_000);

  it('have a table alternative in which p95 is about 4× its baseline for the incident hour', async () => {
    renderApp('/incidents/INC-2041');
    const latency = await figure('Latency');
    await userEvent.click(within(latency).getByText('Show the numbers as a table'));
    const p95Values = (): string[] =>
      within(latency)
        .getAllByRole('row')
        .map((row) =>
          within(row)
            .queryAllByRole('cell')
            .map((cell) => cell.textContent),
        )
        .filter(([series]) => series === 'p95')
        .map(([, , value]) => value ?? '');
    // The page opens on the last 24 h, then zooms to the incident's window (a URL change, a refetch).
    await waitFor(() => expect(screen.getByRole('button', { name: 'Zoom to the incident' })).toBeDisabled());
    await waitFor(() => expect(p95Values().some((value) => Number.parseFloat(value) > 600)).toBe(true));
    const p95 = p95Values();
    expect(p95.length).toBeGreaterThan(100);
    expect(p95.every((value) => / ms$/.test(value))).toBe(true);

    const ms = p95.map((value) => Number.parseFloat(value.replace(/,/g, '')));
    const baseline = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
    const spike = ms.filter((v) => v > 2 * baseline);
    // About one hour of a window of four and three-quarter hours is the incident.
    expect(spike.length / ms.length).toBeGreaterThan(0.15);
    expect(spike.length / ms.length).toBeLessThan(0.3);
    const spikeMedian = [...spike].sort((a, b) => a - b)[Math.floor(spike.length / 2)]!;
    expect(spikeMedian / baseline).toBeGreaterThan(3.5);
    expect(spikeMedian / baseline).toBeLessThan(4.5);
  }, 60_000);
});
