import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../test/demo-server';
import { renderApp } from '../../../test/render-app';

startDemoServer();

describe("the data scientist's explanation drift panel", () => {
  it('flags churn-predictor, whose reasons changed, with a link to its explanations', async () => {
    renderApp('/home/data-scientist');
    const panel = await screen.findByRole('region', { name: 'Explanation drift' });
    expect(await within(panel).findByTestId('explanation-drift-home-answer')).toHaveTextContent(
      /^1 of \d+ explained models lean on different features than in training\.$/,
    );
    const list = within(panel).getByRole('list', { name: 'Models whose explanations drifted' });
    expect(list).toHaveTextContent(
      /churn-predictor.*nDCG 0\.8\d against v6's baseline \(threshold 0\.90\), since Nov 1\d/,
    );
    expect(within(list).getByRole('link', { name: 'churn-predictor' })).toHaveAttribute(
      'href',
      '/models/churn-predictor/explanations',
    );
  });
});
