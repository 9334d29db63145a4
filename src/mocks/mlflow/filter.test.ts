import { describe, expect, it } from 'vitest';
import { compareString, likeMatches, parseFilter } from './filter';

describe("the mock's MLflow filter grammar", () => {
  it('reads attributes, backticked tag keys, both quote kinds and IN lists', () => {
    expect(
      parseFilter(
        `name ILIKE '%fraud%' AND tags.\`sightline.health\` = "critical" AND attributes.run_id IN ('a', 'b') AND version_number >= 3`,
      ),
    ).toEqual([
      { type: 'attribute', key: 'name', comparator: 'ILIKE', value: '%fraud%' },
      { type: 'tag', key: 'sightline.health', comparator: '=', value: 'critical' },
      { type: 'attribute', key: 'run_id', comparator: 'IN', value: ['a', 'b'] },
      { type: 'attribute', key: 'version_number', comparator: '>=', value: 3 },
    ]);
  });

  it('keeps what is between the outer quotes, unescaping nothing (as MLflow does)', () => {
    expect(parseFilter(`name = "o'reilly"`)[0]?.value).toBe("o'reilly");
    expect(parseFilter(`name = 'it''s'`)[0]?.value).toBe("it''s");
  });

  it('refuses OR, unquoted strings and unknown entity types with MLflow’s words', () => {
    expect(() => parseFilter("name = 'a' OR name = 'b'")).toThrow("Invalid clause(s) in filter string: 'OR'");
    expect(() => parseFilter('name = fraud')).toThrow('Parameter value is either not quoted');
    expect(() => parseFilter("metrics.auc = '1'")).toThrow("Invalid entity type 'metrics'");
  });

  it('matches LIKE with % and _, case-sensitively unless ILIKE', () => {
    expect(likeMatches('fraud-detector', '%det%', false)).toBe(true);
    expect(likeMatches('fraud-detector', 'fraud_detector', false)).toBe(true);
    expect(likeMatches('Fraud', 'fraud', false)).toBe(false);
    expect(likeMatches('Fraud', 'fraud', true)).toBe(true);
    expect(likeMatches('a.b(c)', 'a.b(c)', false)).toBe(true);
    expect(compareString('x', { type: 'attribute', key: 'name', comparator: '!=', value: 'y' })).toBe(true);
  });
});
