import { describe, expect, it } from 'vitest';
import { lineFilter, matchesLabels, parseLogql } from './logql';

describe('the demo Loki’s LogQL', () => {
  it('reads a selector with line filters, and a summed metric query', () => {
    expect(parseLogql('{app="x", level=~"error|warn"} |= "timeout" != `oom`')).toEqual({
      kind: 'log',
      selector: {
        matchers: [
          { name: 'app', op: '=', value: 'x' },
          { name: 'level', op: '=~', value: 'error|warn' },
        ],
        filters: [
          { op: '|=', value: 'timeout' },
          { op: '!=', value: 'oom' },
        ],
      },
    });
    expect(parseLogql('sum by (level) (count_over_time({app="x"} [5m]))')).toMatchObject({
      kind: 'metric',
      fn: 'count_over_time',
      rangeMs: 300_000,
      sum: { by: ['level'] },
    });
    expect(parseLogql('sum(rate({app="x"}[1m])) by (model)')).toMatchObject({
      fn: 'rate',
      sum: { by: ['model'] },
    });
  });

  it('refuses what Loki refuses, in its words', () => {
    expect(() => parseLogql('{app=x}')).toThrow(
      'parse error at line 1, col 6: syntax error: unexpected IDENTIFIER, expecting STRING',
    );
    expect(() => parseLogql('{app=~".*"}')).toThrow(/at least one regexp or equality matcher/);
    expect(() => parseLogql('{app="x"} | json')).toThrow(/line filters only/);
  });

  it('matches labels and lines', () => {
    expect(matchesLabels({ a: 'b' }, [{ name: 'a', op: '!~', value: 'c.*' }])).toBe(true);
    const keep = lineFilter([
      { op: '|~', value: 'status=5\\d\\d' },
      { op: '!=', value: 'oom' },
    ]);
    expect(keep('status=503 timeout')).toBe(true);
    expect(keep('status=503 oom')).toBe(false);
    expect(keep('status=200')).toBe(false);
  });
});
