import { describe, expect, it } from 'vitest';
import { decisionInWords } from './in-words';

describe('decisionInWords', () => {
  it('names the main reason and what pushed against it', () => {
    expect(
      decisionInWords({
        outcome: 'approved',
        baseValue: 0.5,
        prediction: 0.61,
        contributions: [
          { feature: 'annual_income', value: 92000, contribution: 0.12 },
          { feature: 'age_group', value: '18-25', contribution: -0.04 },
          { feature: 'debt_to_income', value: 0.2, contribution: 0.03 },
        ],
      }),
    ).toBe(
      'Approved mainly because annual_income is 92,000 (+0.12); age_group is 18-25, which lowered the score by 0.04.',
    );
  });

  it('reads a decision below the base value the other way round', () => {
    expect(
      decisionInWords({
        outcome: 'referred',
        baseValue: 0.5,
        prediction: 0.3,
        contributions: [{ feature: 'debt_to_income', value: null, contribution: -0.2 }],
      }),
    ).toBe('Referred mainly because debt_to_income is missing (−0.20).');
  });
});
