import type { UseQueryResult } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { describeMethod } from '../../../domain/drift/drift-method';
import type { DriftTimeline } from '../../../domain/monitoring';
import type { DriftAnalysis, FeatureAnalysis } from '../compute/analyse-drift';
import type { DriftView } from '../use-drift-view';
import { FeatureTable } from './feature-table';

const chiSquare = {
  ...describeMethod('chi-square'),
  source: 'default' as const,
  reason: 'categorical, 1 distinct value, 400 reference rows (at most 1,000)',
};
const ks = {
  ...describeMethod('ks'),
  source: 'default' as const,
  reason: 'numeric, 40 distinct values, 400 reference rows (at most 1,000)',
};

const notDefined: FeatureAnalysis = {
  name: 'plan',
  type: 'categorical',
  method: chiSquare,
  result: {
    method: 'chi-square',
    direction: 'p-value-below',
    threshold: 0.05,
    defined: false,
    drifted: false,
    reason: 'only one category on both sides: chi-square has 0 degrees of freedom',
  },
  drifted: false,
  excess: 0,
  series: [],
};

const tested: FeatureAnalysis = {
  name: 'age',
  type: 'numeric',
  method: ks,
  result: {
    method: 'ks',
    direction: 'p-value-below',
    threshold: 0.05,
    defined: true,
    score: 0.012,
    pValue: 0.012,
    statistic: 0.3,
    pValueMethod: 'exact',
    drifted: true,
  },
  drifted: true,
  excess: 2,
  series: [],
};

const analysis: DriftAnalysis = {
  features: [tested, notDefined],
  dataset: {
    drifted: true,
    driftedCount: 1,
    featureCount: 1,
    notDefinedCount: 1,
    share: 1,
    driftShare: 0.5,
    correction: 'none',
    features: [],
  },
  status: 'critical',
  shareSeries: [],
  settings: { overrides: {}, correction: 'none', driftShare: 0.5 },
};

const view: DriftView = {
  settings: { overrides: {} },
  setSettings: () => undefined,
  setVersion: () => undefined,
  featureHref: (feature) => `/models/m/drift?feature=${feature ?? ''}`,
};

const timeline = { isPending: false, isError: true } as UseQueryResult<DriftTimeline>;

describe('FeatureTable', () => {
  it('shows n/a with the reason where a statistic is not defined, never a number', () => {
    render(
      <MemoryRouter>
        <FeatureTable analysis={analysis} view={view} timeline={timeline} windowLabel="the last 24 hours" />
      </MemoryRouter>,
    );
    const row = screen.getByRole('row', { name: /plan/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Not defined');
    expect(cells[1]).toHaveTextContent('n/a');
    expect(cells[1]).toHaveTextContent(
      'only one category on both sides: chi-square has 0 degrees of freedom',
    );
    expect(cells[1]).not.toHaveTextContent(/\d\.\d/);
  });

  it('says whether a K–S p-value is exact, and each method’s convention', () => {
    render(
      <MemoryRouter>
        <FeatureTable analysis={analysis} view={view} timeline={timeline} windowLabel="the last 24 hours" />
      </MemoryRouter>,
    );
    const row = screen.getByRole('row', { name: /age/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('0.012');
    expect(cells[1]).toHaveTextContent('exact p-value');
    expect(cells[3]).toHaveTextContent(/Kolmogorov–Smirnov.*exact \(permutation over the bins\)/);
    expect(
      within(cells[3] as HTMLElement).getByTitle(/Why: numeric, 40 distinct values/),
    ).toBeInTheDocument();
  });
});
