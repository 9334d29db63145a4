import { describe, expect, it } from 'vitest';
import { parseModelQuery } from './parse-model-query';

const parse = (query: string) => parseModelQuery(new URLSearchParams(query));

describe('parseModelQuery', () => {
  it('defaults to the first 100 models by name', () => {
    expect(parse('')).toEqual({
      ok: true,
      query: {
        search: undefined,
        teams: [],
        health: [],
        stages: [],
        tag: undefined,
        sort: { field: 'name', direction: 'asc' },
        limit: 100,
        cursor: undefined,
      },
    });
  });

  it('reads repeated filters, the tag, the sort and the cursor', () => {
    const parsed = parse(
      'q=churn&team=Growth&team=Risk&health=warning&health=critical&stage=production&tag=tier%3Dtier-1&sort=health&order=desc&limit=25&cursor=abc',
    );
    expect(parsed).toEqual({
      ok: true,
      query: {
        search: 'churn',
        teams: ['Growth', 'Risk'],
        health: ['warning', 'critical'],
        stages: ['production'],
        tag: 'tier=tier-1',
        sort: { field: 'health', direction: 'desc' },
        limit: 25,
        cursor: 'abc',
      },
    });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=ten', 'limit'],
    ['limit=2.5', 'limit'],
    ['limit=-3', 'limit'],
    ['sort=colour', 'colour'],
    ['order=up', 'up'],
    ['health=fine', 'fine'],
    ['stage=beta', 'beta'],
  ])('refuses %s with a message naming %s', (query, named) => {
    const parsed = parse(query);
    expect(parsed).toMatchObject({ ok: false, message: expect.stringContaining(named) as unknown });
  });

  it('accepts the limits of the range', () => {
    expect(parse('limit=1').ok).toBe(true);
    expect(parse('limit=1000').ok).toBe(true);
  });
});
