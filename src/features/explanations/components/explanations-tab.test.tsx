import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../test/demo-server';
import { renderApp } from '../../../test/render-app';

const server = startDemoServer();
const TAB = '/models/credit-approval/explanations';

const recentTable = async (): Promise<HTMLElement> =>
  within(await screen.findByRole('region', { name: 'Recent predictions' })).findByRole('table');

describe('the Explanations tab', () => {
  it('goes from the recent predictions to one decision whose waterfall adds up to the prediction', async () => {
    const { router } = renderApp(TAB);
    const first = within(await recentTable()).getAllByRole('link')[0]!;
    const id = first.textContent;
    await userEvent.click(first);
    await waitFor(() => expect(router.state.location.search).toContain(`prediction=${id}`));
    const decision = await screen.findByRole('region', { name: `Prediction ${id}` });
    expect(await within(decision).findByTestId('decision-in-words')).toHaveTextContent(
      /^(Approved|Referred) mainly because/,
    );
    const value = (el: HTMLElement): number => Number(el.dataset.value);
    const base = value(within(decision).getByTestId('base-value'));
    const contributions = within(decision).getAllByTestId('contribution').map(value);
    const prediction = value(within(decision).getByTestId('prediction-value'));
    expect(contributions.reduce((a, b) => a + b, base)).toBeCloseTo(prediction, 3);
  });

  it('pages older and newer, and filters by outcome and segment in the URL', async () => {
    const { router } = renderApp(TAB);
    const table = await recentTable();
    const newest = within(table).getAllByRole('link')[0]?.textContent;
    expect(screen.getByText('100,000 predictions match')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Older' }));
    await waitFor(() => expect(router.state.location.search).toContain('after='));
    await waitFor(async () =>
      expect(within(await recentTable()).getAllByRole('link')[0]?.textContent).not.toBe(newest),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Newer' }));
    await waitFor(async () =>
      expect(within(await recentTable()).getAllByRole('link')[0]?.textContent).toBe(newest),
    );

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'referred');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Segment' }), '18-25');
    await waitFor(() =>
      expect(router.state.location.search).toMatch(
        /outcome=referred.*segment=18-25|segment=18-25.*outcome=referred/,
      ),
    );
    await waitFor(async () => {
      const rows = within(await recentTable())
        .getAllByRole('row')
        .slice(1);
      for (const row of rows) expect(row).toHaveTextContent(/referred.*18-25/);
    });
  });

  it('explains a pasted id, and says why an old or unknown one has no explanation', async () => {
    renderApp(TAB);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Prediction id' }), 'p000010');
    await userEvent.click(screen.getByRole('button', { name: 'Explain' }));
    expect(
      await screen.findByText(
        /No explanation is kept for prediction p000010: explanations are kept for the newest 500/,
      ),
    ).toBeInTheDocument();
    const input = screen.getByRole('textbox', { name: 'Prediction id' });
    await userEvent.clear(input);
    await userEvent.type(input, 'p099990{Enter}');
    expect(await screen.findByRole('region', { name: 'Prediction p099990' })).toBeInTheDocument();
    expect(await screen.findByTestId('decision-in-words')).toBeInTheDocument();
  });

  it('names contributions that do not add up instead of drawing a wrong waterfall', async () => {
    server.use(
      http.get('*/explanations/models/:name/predictions/:id', () =>
        HttpResponse.json({
          predictionId: 'p100000',
          model: 'credit-approval',
          version: '5',
          at: '2026-11-27T11:00:00.000Z',
          method: 'shap-tree',
          outputSpace: 'probability',
          baseValue: 0.5,
          prediction: 0.9,
          outcome: 'approved',
          contributions: [{ feature: 'annual_income', value: 1, contribution: 0.1 }],
          other: null,
        }),
      ),
    );
    renderApp(`${TAB}?prediction=p100000`);
    expect(
      await screen.findByText(
        /The contributions and base value add up to 0\.6000, not the prediction 0\.9000\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('contribution')).not.toBeInTheDocument();
  });

  it('shows global importance of two versions, with a table of the same numbers', async () => {
    renderApp(TAB);
    const panel = await screen.findByRole('region', { name: 'Global importance' });
    expect(
      await within(panel).findByText('v5 leans most on annual_income, then debt_to_income.'),
    ).toBeInTheDocument();
    const table = within(panel).getByRole('table', { name: /Mean absolute attribution/ });
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: 'v4' })).toBeInTheDocument());
    expect(within(table).getByRole('row', { name: /age_group/ })).toHaveTextContent(/0\.036.*0\.018/);
  });

  it("flags churn-predictor's explanation drift with its date", async () => {
    renderApp('/models/churn-predictor/explanations');
    expect(await screen.findByTestId('explanation-drift-answer')).toHaveTextContent(
      /The model's reasons have changed: nDCG 0\.8\d against v6's baseline, below 0\.90 since Nov 1\d/,
    );
  });

  it('keeps the rest of the tab working when the predictions fail', async () => {
    server.use(
      http.get('*/explanations/models/:name/predictions', () =>
        HttpResponse.json(
          { error: { code: 'UNAVAILABLE', message: 'The prediction log is down.' } },
          { status: 503 },
        ),
      ),
    );
    renderApp(TAB);
    expect(
      await screen.findByText('Could not load the recent predictions of credit-approval.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('v5 leans most on annual_income, then debt_to_income.'),
    ).toBeInTheDocument();
  });
});
