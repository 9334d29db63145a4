import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEALTH_STATUSES } from '../../domain/health';
import { MODEL_SORT_FIELDS } from '../../domain/fleet';
import { MODEL_STAGES } from '../../domain/model';
import { fleetQueryFromParams, fleetQueryToParams, PAGE_SIZES, withFilters } from './fleet-url-state';

describe('fleet URL state', () => {
  it('defaults to the worst health first, 100 a page', () => {
    const query = fleetQueryFromParams(new URLSearchParams(''));
    expect(query.sort).toEqual({ field: 'health', direction: 'desc' });
    expect(query.limit).toBe(100);
    expect(fleetQueryToParams(query).toString()).toBe('');
  });

  it('reads filters, sort and cursor from a pasted link', () => {
    const query = fleetQueryFromParams(
      new URLSearchParams(
        'q=churn&team=Growth&team=Risk&health=critical&stage=production&tag=tier%3Dtier-1&sort=-lastDeployedAt&size=500&cursor=abc',
      ),
    );
    expect(query).toEqual({
      search: 'churn',
      teams: ['Growth', 'Risk'],
      health: ['critical'],
      stages: ['production'],
      tag: 'tier=tier-1',
      sort: { field: 'lastDeployedAt', direction: 'desc' },
      limit: 500,
      cursor: 'abc',
    });
  });

  it('drops values it does not know instead of failing', () => {
    const query = fleetQueryFromParams(new URLSearchParams('health=great&stage=moon&sort=colour&size=7'));
    expect(query.health).toEqual([]);
    expect(query.stages).toEqual([]);
    expect(query.sort.field).toBe('health');
    expect(query.limit).toBe(100);
  });

  it('keeps other parameters such as the time range', () => {
    const params = fleetQueryToParams(
      fleetQueryFromParams(new URLSearchParams('q=x')),
      new URLSearchParams('range=7d&q=y'),
    );
    expect(params.get('range')).toBe('7d');
    expect(params.get('q')).toBe('x');
  });

  it('starts from the first page when a filter changes', () => {
    const query = fleetQueryFromParams(new URLSearchParams('cursor=abc'));
    expect(withFilters(query, { health: ['critical'] }).cursor).toBeUndefined();
  });

  it('round-trips any query through the URL', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9 -]{0,12}$/);
    const queryArb = fc.record({
      search: fc.option(word, { nil: undefined }),
      teams: fc.uniqueArray(word, { maxLength: 3 }),
      health: fc.uniqueArray(fc.constantFrom(...HEALTH_STATUSES), { maxLength: 4 }),
      stages: fc.uniqueArray(fc.constantFrom(...MODEL_STAGES), { maxLength: 4 }),
      tag: fc.option(word, { nil: undefined }),
      sort: fc.record({
        field: fc.constantFrom(...MODEL_SORT_FIELDS),
        direction: fc.constantFrom('asc' as const, 'desc' as const),
      }),
      limit: fc.constantFrom(...PAGE_SIZES),
      cursor: fc.option(fc.base64String({ minLength: 4, maxLength: 20 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(queryArb, (query) => {
        expect(fleetQueryFromParams(fleetQueryToParams(query))).toEqual(query);
      }),
    );
  });
});
