import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import DistributionChart from './distribution-chart';

describe('DistributionChart', () => {
  it('ticks its share axis at round percentages: 0, 5, 10, 15 %', async () => {
    const shares = [0.02, 0.06, 0.13, 0.11, 0.08];
    const { container } = render(
      <DistributionChart
        title="tenure_months, reference vs current"
        kind="histogram"
        bins={shares.map((share, i) => ({
          label: `${i * 4}–${i * 4 + 4}`,
          reference: share,
          current: share * 0.9,
          referenceCount: share * 1000,
          currentCount: share * 900,
        }))}
        referenceLabel="Reference"
        currentLabel="Live"
        axisLabel="tenure_months (bins)"
      />,
    );
    await screen.findByText('15 %');
    const labels = [...container.querySelectorAll('text')]
      .map((text) => text.textContent)
      .filter((text) => text.endsWith('%'));
    expect(labels).toEqual(['0 %', '5 %', '10 %', '15 %']);
  });
});
