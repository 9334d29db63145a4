import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { scenarioHandlers } from '../../../mocks/scenarios';
import type { RuntimeConfig } from '../../../sources/connection-config';
import { TEST_NOW, startDemoServer } from '../../../test/demo-server';
import { renderApp } from '../../../test/render-app';
import { rangeEndingAtTestNow } from '../../../test/test-range';

const server = startDemoServer();
const HOME = `/home/data-scientist?${rangeEndingAtTestNow(1)}`;
const rankingRoute = '*/__demo/api/monitoring/drift-ranking';

describe('the data scientist’s home', () => {
  it('opens with the models ranked by drift, the top drifting features named', async () => {
    renderApp(HOME);
    const panel = await screen.findByRole('region', { name: 'Drift by model' });
    expect(await within(panel).findByTestId('drift-ranking-answer')).toHaveTextContent(
      /^3 of 20 monitored models drift in .*, 1 with dataset drift\.$/,
    );
    const [first, second] = within(panel).getAllByRole('listitem');
    expect(first).toHaveTextContent(
      /Dataset drift\s*churn-predictor · Growth2 of 4 features: tenure_months \(PSI 0\.3\d\), monthly_charges \(PSI 0\.2\d\)/,
    );
    expect(second).toHaveTextContent(
      /Some drift\s*transaction-fraud .*1 of 5 features: payment_method \(JS distance \(natural log\) 0\.\d+\)/,
    );
    expect(within(first!).getByRole('link', { name: 'churn-predictor' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/models\/churn-predictor\/drift\?range=/),
    );
    // demand-forecast's store_id arrives null since the stores export changed (its pipeline fails on it).
    expect(panel).toHaveTextContent(/demand-forecast .*store_id/);
    expect(panel).toHaveTextContent('The other 17 monitored models show no drift.');
  });

  it('keeps the other panels working when the ranking fails, and names the failure', async () => {
    server.use(
      http.get(rankingRoute, () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'ranking job crashed' } }, { status: 500 }),
      ),
    );
    renderApp(HOME);
    const panel = await screen.findByRole('region', { name: 'Drift by model' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Demo answered 500 to GET /monitoring/drift-ranking: ranking job crashed',
    );
    expect(await screen.findByRole('region', { name: 'Needs attention' })).toHaveTextContent(
      'transaction-fraud',
    );
  });

  it('says when the ranking times out, the network fails, or the payload is malformed', async () => {
    server.use(
      http.get(rankingRoute, async () => {
        await delay(2_000);
        return HttpResponse.json({});
      }),
    );
    const slow: RuntimeConfig = {
      connections: [{ id: 'demo', kind: 'demo', name: 'Demo', options: { timeoutMs: 100 } }],
    };
    const first = renderApp(HOME, slow);
    expect(
      await screen.findByText(/Demo did not answer GET \/monitoring\/drift-ranking within 0\.1 s/),
    ).toBeInTheDocument();
    first.unmount();

    server.resetHandlers();
    server.use(http.get(rankingRoute, () => HttpResponse.error()));
    const second = renderApp(HOME);
    expect(
      await screen.findByText(/Could not reach Demo for GET \/monitoring\/drift-ranking/),
    ).toBeInTheDocument();
    second.unmount();

    server.resetHandlers();
    server.use(...scenarioHandlers('malformed', { now: TEST_NOW }));
    renderApp(HOME);
    expect(
      await screen.findByText(/GET \/monitoring\/drift-ranking: field "items\.0\.status"/),
    ).toBeInTheDocument();
  });
});

describe('the fleet table', () => {
  it('shows each model’s input drift beside its health', async () => {
    renderApp('/models');
    await screen.findByRole('link', { name: 'churn-predictor' });
    const row = screen
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('link', { name: 'churn-predictor' }));
    expect(row).toHaveTextContent('Dataset drift2 of 4 features: tenure_months, monthly_charges');
    expect(screen.getByRole('columnheader', { name: 'Drift, 24 h' })).toBeInTheDocument();
  });
});
