import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/role';
import { preferencesActions } from '../../stores/preferences-store';
import { startDemoServer } from '../../test/demo-server';
import { renderApp } from '../../test/render-app';
import { rangeEndingAtTestNow } from '../../test/test-range';

const server = startDemoServer();
const DRIFT = `/models/churn-predictor/drift?${rangeEndingAtTestNow(1)}`;
const REASON = 'tenure_months and monthly_charges drifted; accuracy is down to 0.81.';
const retrainingRoute = '*/__demo/api/operations/models/:name/retraining';

beforeEach(() => preferencesActions.setRole('data-scientist'));

async function openDialog(): Promise<HTMLElement> {
  await screen.findByTestId('drift-answer', {}, { timeout: 5_000 });
  await userEvent.click(await screen.findByRole('button', { name: 'Request retraining' }));
  return screen.findByRole('dialog', { name: 'Request retraining of churn-predictor' });
}

describe('requesting retraining', () => {
  it('says what will happen, sends the reason, shows the answer and lists the request', async () => {
    renderApp(DRIFT);
    await screen.findByTestId('drift-answer', {}, { timeout: 5_000 });
    const trigger = await screen.findByRole('button', { name: 'Request retraining' });
    const dialog = await openDialog();
    expect(dialog).toHaveTextContent('Sightline asks Demo to retrain churn-predictor on its latest data.');
    expect(dialog).toHaveTextContent(
      /Production does not change: v6 keeps serving until the new version is registered/,
    );
    await userEvent.click(within(dialog).getByRole('textbox'));
    await userEvent.paste(REASON);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Request retraining' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/Accepted by Demo: Queued as pipeline run 4812/)).toBeInTheDocument();
    await waitFor(() => expect(trigger).toHaveFocus());
    const list = await screen.findByRole('list', { name: 'Retraining requests of churn-predictor' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(REASON));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Data scientist (via Sightline)');
  });

  it('offers the drift summary as the reason', async () => {
    renderApp(DRIFT);
    const dialog = await openDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Use the drift summary as the reason' }),
    );
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox').value).toMatch(
      /^2 of 4 features drifted/,
    );
  });

  it.each([
    [
      500,
      'INTERNAL',
      'the training scheduler is down',
      /Demo answered 500 .*: the training scheduler is down/,
    ],
    [
      403,
      'FORBIDDEN',
      'Only the Growth team may retrain churn-predictor.',
      /Demo answered 403 .*: Only the Growth team may retrain churn-predictor\./,
    ],
  ])('keeps what the user typed when the backend answers %i', async (status, code, message, shown) => {
    server.use(http.post(retrainingRoute, () => HttpResponse.json({ error: { code, message } }, { status })));
    renderApp(DRIFT);
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('textbox'));
    await userEvent.paste(REASON);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Request retraining' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Retraining was not requested.');
    expect(alert).toHaveTextContent(shown);
    if (status === 403)
      expect(alert).toHaveTextContent('The server refused: your account may not be allowed to do this.');
    expect(within(dialog).getByRole('textbox')).toHaveValue(REASON);
    // Closing and opening again still keeps it.
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Request retraining' }));
    expect(within(await screen.findByRole('dialog')).getByRole('textbox')).toHaveValue(REASON);
  });

  it.each<[Role, boolean]>([
    ['data-scientist', true],
    ['data-engineer', true],
    ['product-manager', false],
    ['stakeholder', false],
  ])('is offered to a %s: %s', async (role, offered) => {
    preferencesActions.setRole(role);
    renderApp(DRIFT);
    // The requests are visible to everyone; the action only to those who may take it.
    expect(
      await screen.findByRole('list', { name: 'Retraining requests of churn-predictor' }),
    ).toBeInTheDocument();
    await screen.findByTestId('drift-answer');
    expect(screen.queryByRole('button', { name: 'Request retraining' }) !== null).toBe(offered);
  });
});
