import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { scenarioHandlers } from '../../mocks/scenarios';
import { TEST_NOW, startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';
import { rangeEndingAtTestNow } from '../../test/test-range';

const server = startDemoServer();

describe('the performance tab', () => {
  it('tells whether performance followed the drift, with the label delay shaded and named', async () => {
    renderApp(`/models/churn-predictor/performance?${rangeEndingAtTestNow(30)}`);
    expect(await screen.findByTestId('performance-answer')).toHaveTextContent(
      /^Accuracy (of v6 )?fell from 0\.8\d\d to 0\.8\d\d \(worse\) over .*\. The last 6 hours wait for their labels \(about 6 hours late\) and are shaded\.$/,
    );
    const chart = screen.getByRole('figure', { name: /Accuracy, Precision, Recall, F1 and ROC AUC over/ });
    expect(within(chart).getByRole('list', { name: /Legend/ })).toHaveTextContent(
      'Labels not in yet (6 hours late)',
    );
    expect(screen.getByText(/The shaded period is not missing data/)).toBeInTheDocument();
    // Buckets are drawn at their ends, and the chart says so: no unexplained gap before the band.
    expect(
      within(chart).getByText(
        /Each point scores the [\w ]+ ending at its time, so the line meets the shaded band where the labels stop\./,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('prediction-answer')).toHaveTextContent(
      /The prediction (drifted|is stable): PSI/,
    );
    expect(screen.getByRole('figure', { name: 'Predictions: reference vs live' })).toBeInTheDocument();
  });

  it('explains an empty chart when labels are three days late, and offers a longer range', async () => {
    const { router } = renderApp(`/models/delivery-eta/performance?${rangeEndingAtTestNow(1)}`);
    expect(await screen.findByTestId('performance-answer')).toHaveTextContent(
      'Labels arrive about 3 days after a prediction, so nothing in',
    );
    expect(screen.getByText(/labels come about 3 days after the prediction/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show the last 7 days' }));
    await waitFor(() => expect(router.state.location.search).toContain('range=7d'));
  });

  it('names what failed on a 500, and the malformed field', async () => {
    server.use(
      http.get('*/__demo/api/monitoring/models/:name/performance', () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'label join failed' } }, { status: 500 }),
      ),
    );
    renderApp(`/models/churn-predictor/performance?${rangeEndingAtTestNow(1)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the performance of churn-predictor.',
    );
    server.resetHandlers();
    server.use(...scenarioHandlers('malformed', { now: TEST_NOW }));
    renderApp(`/models/delivery-eta/performance?${rangeEndingAtTestNow(1)}`);
    expect(
      await screen.findByText(
        /GET \/monitoring\/models\/delivery-eta\/performance: field "labelDelay\.delaySeconds"/,
      ),
    ).toBeInTheDocument();
  });
});

describe('one figure, one meaning', () => {
  startDemoServer();

  it('names the version and the window of the accuracy change, and agrees with the model header over the same days', async () => {
    renderApp(`/models/churn-predictor/performance?${rangeEndingAtTestNow(30)}`);
    const header = await screen.findByTestId('health-reason');
    expect(header).toHaveTextContent(
      /accuracy of v6 \(production\) down from 0\.87 before \w+ \d+ to 0\.81 in the latest labelled day/,
    );
    const answer = await screen.findByTestId('performance-answer');
    await waitFor(() => expect(answer).toHaveTextContent(/^Accuracy of v6 fell from/));
    const [, first, last] = /from (0\.\d+) to (0\.\d+)/.exec(answer.textContent) ?? [];
    // The same figure over a window that spans the header's: the same two numbers, to two places.
    expect(Number(first).toFixed(2)).toBe('0.87');
    expect(Number(last).toFixed(2)).toBe('0.81');
    expect(answer).toHaveTextContent(/over .+ \(its first .+ against its last .+ with labels\)\./);
  });

  it('names the measured version in the drift tab’s follow-up too', async () => {
    renderApp(`/models/churn-predictor/drift?${rangeEndingAtTestNow(30)}`);
    expect(await screen.findByTestId('performance-follow-up')).toHaveTextContent(
      /^Accuracy of v6 fell from 0\.8\d\d to 0\.8\d\d \(worse\) over .+ \(its first .+ against its last .+ with labels\)\. Performance over time$/,
    );
  });
});
