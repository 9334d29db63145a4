import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { scenarioHandlers } from '../../../mocks/scenarios';
import type { RuntimeConfig } from '../../../sources/connection-config';
import { TEST_NOW, startDemoServer } from '../../../test/demo-server';
import { renderApp } from '../../../test/render-app';
import { rangeEndingAtTestNow } from '../../../test/test-range';

const server = startDemoServer();
const RANGE = rangeEndingAtTestNow(1);
const DRIFT = `/models/churn-predictor/drift?${RANGE}`;

const featureRows = (): HTMLElement[] =>
  within(screen.getByRole('table', { name: 'Features, worst drift first' }))
    .getAllByRole('row')
    .slice(1);

describe('the drift tab', () => {
  it('opens with its answer, then the features worst first, each score beside its threshold', async () => {
    renderApp(DRIFT);
    const answer = await screen.findByTestId('drift-answer');
    expect(answer).toHaveTextContent('Dataset drift');
    expect(answer).toHaveTextContent(
      /2 of 4 features drifted in .*: tenure_months \(PSI 0\.3\d\) and monthly_charges \(PSI 0\.2\d\)\./,
    );
    expect(answer).toHaveTextContent('the dataset drifts');
    const rows = featureRows();
    expect(rows.map((row) => within(row).getAllByRole('link')[0]?.textContent)).toEqual([
      'tenure_months',
      'monthly_charges',
      'support_calls_90d',
      'contract_type',
    ]);
    for (const row of rows) expect(row).toHaveTextContent('≥ 0.10');
    expect(within(rows[0]!).getByText('Drifted')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Stable')).toBeInTheDocument();
    expect(
      within(rows[0]!).getByRole('img', { name: /PSI of tenure_months over .*: from 0\.\d+ to 0\.\d+/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/A 50,000-row sample of the training data of v6/)).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: /Share of drifted features over/ })).toBeInTheDocument();
  });

  it('opens a feature’s detail from its row: the distributions and the statistics side by side', async () => {
    const { router } = renderApp(DRIFT);
    await userEvent.click(await screen.findByRole('link', { name: 'tenure_months' }));
    await waitFor(() => expect(router.state.location.search).toContain('feature=tenure_months'));
    expect(await screen.findByRole('heading', { level: 2, name: 'tenure_months' })).toBeInTheDocument();
    expect(screen.getByTestId('feature-answer')).toHaveTextContent(
      /tenure_months drifted over the window: PSI 0\.3\d .*The mean moved from 32/,
    );
    expect(screen.getByRole('figure', { name: 'tenure_months: reference vs live' })).toBeInTheDocument();
    const stats = screen.getByRole('table', { name: 'Summary statistics of tenure_months' });
    expect(within(stats).getByRole('rowheader', { name: 'Median' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /PSI of tenure_months over/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: /All features of churn-predictor/ }));
    await waitFor(() => expect(router.state.location.search).not.toContain('feature='));
  });

  it('is reachable by URL for a categorical feature, naming the new category', async () => {
    renderApp(`/models/transaction-fraud/drift?feature=payment_method&${rangeEndingAtTestNow(7)}`);
    expect(await screen.findByTestId('feature-answer')).toHaveTextContent(
      /payment_method drifted over the window: JS distance \(natural log\) 0\.\d+ .*New in current: bnpl: 1\d\.\d % of current, absent from reference\./,
    );
    expect(screen.getByRole('table', { name: /payment_method: 6 categories, 1 new/ })).toBeInTheDocument();
  });

  it('rescores with another method, keeping the choice in the URL', async () => {
    const { router } = renderApp(DRIFT);
    await screen.findByTestId('drift-answer');
    await userEvent.click(screen.getByText('Methods and thresholds'));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Numeric features: method' }),
      'Wasserstein (normed)',
    );
    await waitFor(() => expect(router.state.location.search).toContain('methods=numeric%3Awasserstein-norm'));
    await waitFor(() =>
      expect(within(featureRows()[0]!).getByText('Wasserstein (normed)')).toBeInTheDocument(),
    );
    expect(screen.getByTestId('drift-answer')).toHaveTextContent(/tenure_months \(Wasserstein 0\.\d+\)/);
    await userEvent.click(screen.getByRole('button', { name: 'Reset to the model’s settings' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('methods='));
  });

  it('compares with the challenger’s fresher training data: v7 has absorbed most of the drift', async () => {
    const { router } = renderApp(DRIFT);
    await screen.findByTestId('drift-answer');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Reference' }), '7');
    await waitFor(() => expect(router.state.location.search).toContain('version=7'));
    await waitFor(() => expect(screen.getByTestId('drift-answer')).toHaveTextContent(/No drift over/));
  });

  it('says so when a model has no live traffic to monitor', async () => {
    renderApp(`/models/churn-predictor/drift?${RANGE}`.replace('churn-predictor', 'no-such-model'));
    expect(await screen.findByText('No monitoring data for no-such-model.')).toBeInTheDocument();
  });
});

describe('the drift tab when the backend fails', () => {
  const driftRoute = '*/__demo/api/monitoring/models/:name/drift';

  it('names what failed on a 500 and recovers on Retry, the rest of the page intact', async () => {
    server.use(
      http.get(driftRoute, () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'profile store is down' } }, { status: 500 }),
      ),
    );
    renderApp(DRIFT);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the drift profiles of churn-predictor.');
    expect(alert).toHaveTextContent(
      'Demo answered 500 to GET /monitoring/models/churn-predictor/drift: profile store is down',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'churn-predictor' })).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('drift-answer')).toBeInTheDocument();
  });

  it('says when the backend takes too long', async () => {
    server.use(
      http.get(driftRoute, async () => {
        await delay(2_000);
        return HttpResponse.json({});
      }),
    );
    const config: RuntimeConfig = {
      connections: [{ id: 'demo', kind: 'demo', name: 'Demo', options: { timeoutMs: 100 } }],
    };
    renderApp(DRIFT, config);
    expect(
      await screen.findByText(
        /Demo did not answer GET \/monitoring\/models\/churn-predictor\/drift within 0\.1 s/,
      ),
    ).toBeInTheDocument();
  });

  it('says when the network fails', async () => {
    server.use(http.get(driftRoute, () => HttpResponse.error()));
    renderApp(DRIFT);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not reach Demo for GET /monitoring/models/churn-predictor/drift',
    );
  });

  it('names the malformed field instead of crashing', async () => {
    server.use(...scenarioHandlers('malformed', { now: TEST_NOW }));
    renderApp(DRIFT);
    expect(
      await screen.findByText(
        /Demo sent a malformed response to GET \/monitoring\/models\/churn-predictor\/drift: field "currentRows"/,
      ),
    ).toBeInTheDocument();
  });

  it('keeps the scores when only drift over time fails, and says what is missing', async () => {
    server.use(
      http.get('*/__demo/api/monitoring/models/:name/drift/timeline', () =>
        HttpResponse.json(
          { error: { code: 'UNAVAILABLE', message: 'timeseries store down' } },
          { status: 503 },
        ),
      ),
    );
    renderApp(DRIFT);
    expect(await screen.findByTestId('drift-answer')).toHaveTextContent('2 of 4 features drifted');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load drift over time.');
    expect(within(featureRows()[0]!).getByText('Not available')).toBeInTheDocument();
  });
});
