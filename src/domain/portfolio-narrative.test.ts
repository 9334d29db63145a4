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

const ATTENTION = [
  model(
    'churn-predictor',
    'critical',
    'Gradual drift on tenure_months (PSI 0.31); accuracy down from 0.87 to 0.81',
  ),
  model('credit-approval', 'warning', 'Disparate impact 0.72 for applicants under 25'),
  model('search-ranker', 'warning', 'Slow error-budget burn: 1.8× on the 150 ms latency SLO'),
  model('transaction-fraud', 'warning', 'New category "bnpl" in payment_method (JS distance 0.2)'),
];

describe('portfolioNarrative', () => {
  it('states the counts in short sentences', () => {
    expect(portfolioNarrative(summary({})).sentences.slice(0, 5)).toEqual([
      'We track 30 models.',
      '18 are live in production.',
      '24 work as expected.',
      '4 need a closer look.',
      '2 have a serious problem.',
    ]);
  });

  it('says when the counts cover only part of a larger fleet', () => {
    const { sentences } = portfolioNarrative(summary({ totalModels: 10_000, partial: true }));
    expect(sentences.slice(0, 2)).toEqual([
      'We track more than 10,000 models.',
      'These figures cover the first 10,000.',
    ]);
  });

  it('names what needs attention in plain words, keeping statistics out of the sentences', () => {
    const result = portfolioNarrative(summary({ needsAttention: ATTENTION }));
    expect(result.sentences.slice(-4)).toEqual([
      'churn-predictor needs attention now: the data it sees has changed since it was trained, and its predictions have become less accurate.',
      'credit-approval needs a look: it may treat some groups of people unequally.',
      'search-ranker needs a look: it has been slow or failing for some requests.',
      '1 more model needs attention too.',
    ]);
    for (const sentence of result.sentences)
      expect(sentence).not.toMatch(/PSI|JS distance|[Dd]isparate impact|\bSLO\b|\d\.\d/);
  });

  it('keeps the measurements and the statistics they name for "how we measure this"', () => {
    const { measures, glossary } = portfolioNarrative(summary({ needsAttention: ATTENTION }));
    expect(measures[0]).toEqual({ model: 'churn-predictor', detail: ATTENTION[0]!.health.reason });
    expect(glossary.map((g) => g.term)).toEqual([
      'PSI (population stability index)',
      'Disparate impact',
      'Error budget',
      'SLO (service level objective)',
      'Accuracy',
    ]);
  });

  it('says so when nothing needs attention', () => {
    expect(
      portfolioNarrative(summary({ byHealth: { healthy: 30, warning: 0, critical: 0, unknown: 0 } })),
    ).toEqual({
      sentences: [
        'We track 30 models.',
        '18 are live in production.',
        '30 work as expected.',
        'Nothing needs attention right now.',
      ],
      attentionFrom: 3,
      measures: [],
      glossary: [],
    });
  });

  it('handles an empty registry', () => {
    expect(portfolioNarrative(summary({ totalModels: 0 })).sentences).toEqual([
      'No models are registered yet, so there is nothing to report.',
    ]);
  });

  it('uses the singular for one', () => {
    const { sentences } = portfolioNarrative(
      summary({
        totalModels: 1,
        byHealth: { healthy: 0, warning: 0, critical: 0, unknown: 1 },
        byStage: { production: 1, staging: 0, development: 0, archived: 0 },
      }),
    );
    expect(sentences).toEqual([
      'We track 1 model.',
      '1 is live in production.',
      '1 has no health data yet.',
      'Nothing needs attention right now.',
    ]);
  });
});
