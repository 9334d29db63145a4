import { describe, expect, it } from 'vitest';
import type { FleetSummary } from './fleet';
import type { ModelSummary } from './model';
import { portfolioNarrative } from './portfolio-narrative';

const model = (name: string, status: ModelSummary['health']['status'], reason: string): ModelSummary => ({
  name,
  team: 'Growth',
  owner: 'ana',
  task: 'classification',
  stage: 'production',
  latestVersion: '1',
  aliases: [],
  health: { status, reason },
  openAlerts: 0,
  tags: {},
  createdAt: 0,
  updatedAt: 0,
});

const summary = (over: Partial<FleetSummary>): FleetSummary => ({
  totalModels: 30,
  byHealth: { healthy: 24, warning: 4, critical: 2, unknown: 0 },
  byStage: { production: 18, staging: 6, development: 5, archived: 1 },
  needsAttention: [],
  recentlyShipped: [],
  trainingDataAge: [],
  ...over,
});

describe('portfolioNarrative', () => {
  it('states the counts in words', () => {
    const [first] = portfolioNarrative(summary({}));
    expect(first).toBe(
      'Sightline tracks 30 models, 18 of them in production. 24 are healthy, 4 have warnings and 2 are critical.',
    );
  });

  it('says when the counts cover only part of a larger fleet', () => {
    const [first] = portfolioNarrative(summary({ totalModels: 10_000, partial: true }));
    expect(first).toBe(
      'Sightline tracks more than 10,000 models; of the first 10,000 it counted, 18 are in production. 24 are healthy, 4 have warnings and 2 are critical.',
    );
  });

  it('names what needs attention with its reason, and counts the rest', () => {
    const text = portfolioNarrative(
      summary({
        needsAttention: [
          model('churn-predictor', 'critical', 'Drift on tenure_months and monthly_charges'),
          model('transaction-fraud', 'critical', 'New category "bnpl" in payment_method'),
          model('credit-approval', 'warning', 'Approval-rate gap between age groups'),
          model('search-ranker', 'warning', 'Error budget burning'),
        ],
      }),
    );
    expect(text[1]).toBe(
      '4 models need attention: churn-predictor (drift on tenure_months and monthly_charges); transaction-fraud (new category "bnpl" in payment_method); credit-approval (approval-rate gap between age groups); and 1 other.',
    );
  });

  it('says so when nothing needs attention', () => {
    expect(
      portfolioNarrative(summary({ byHealth: { healthy: 30, warning: 0, critical: 0, unknown: 0 } })),
    ).toEqual([
      'Sightline tracks 30 models, 18 of them in production. 30 are healthy.',
      'Nothing needs attention right now.',
    ]);
  });

  it('handles an empty registry', () => {
    expect(portfolioNarrative(summary({ totalModels: 0 }))).toEqual([
      'No models are registered yet, so there is nothing to report.',
    ]);
  });

  it('uses the singular for one', () => {
    const [first] = portfolioNarrative(
      summary({
        totalModels: 1,
        byHealth: { healthy: 0, warning: 0, critical: 1, unknown: 0 },
        byStage: { production: 1, staging: 0, development: 0, archived: 0 },
      }),
    );
    expect(first).toBe('Sightline tracks 1 model, 1 of them in production. 1 is critical.');
  });
});
