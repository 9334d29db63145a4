import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_SORT_FIELDS, type ModelQuery } from '../../domain/fleet';
import { HEALTH_STATUSES } from '../../domain/health';
import { MODEL_STAGES } from '../../domain/model';
import { modelQueryParams } from './model-query-params';

const FIRST_PAGE: ModelQuery = { sort: { field: 'name', direction: 'asc' }, limit: 100 };

describe('modelQueryParams', () => {
  it('asks for the first page sorted by name with nothing else when nothing is filtered', () => {
    expect(modelQueryParams(FIRST_PAGE).toString()).toBe('sort=name&order=asc&limit=100');
  });

  it('sends the trimmed search, repeated filters, the tag, the sort and the cursor', () => {
    const params = modelQueryParams({
      search: '  churn ',
      teams: ['growth', 'risk'],
      health: ['critical', 'warning'],
      stages: ['production'],
      tag: ' domain=retention ',
      sort: { field: 'health', direction: 'desc' },
      limit: 50,
      cursor: 'eyJvZmZzZXQiOjUwfQ',
    });
    expect(params.get('q')).toBe('churn');
    expect(params.getAll('team')).toEqual(['growth', 'risk']);
    expect(params.getAll('health')).toEqual(['critical', 'warning']);
    expect(params.getAll('stage')).toEqual(['production']);
    expect(params.get('tag')).toBe('domain=retention');
    expect(params.get('sort')).toBe('health');
    expect(params.get('order')).toBe('desc');
    expect(params.get('limit')).toBe('50');
    expect(params.get('cursor')).toBe('eyJvZmZzZXQiOjUwfQ');
  });

  it('leaves out a blank search, a blank tag, empty filter lists and an empty cursor', () => {
    const params = modelQueryParams({
      ...FIRST_PAGE,
      search: '   ',
      teams: [],
      health: [],
      stages: [],
      tag: '',
      cursor: '',
    });
    for (const key of ['q', 'team', 'health', 'stage', 'tag', 'cursor']) expect(params.has(key)).toBe(false);
  });

  it('encodes values a URL would otherwise break on', () => {
    const params = modelQueryParams({ ...FIRST_PAGE, search: 'a&b=c', tag: 'owner=ana+bo@example.com' });
    const reread = new URLSearchParams(params.toString());
    expect(reread.get('q')).toBe('a&b=c');
    expect(reread.get('tag')).toBe('owner=ana+bo@example.com');
  });

  it('puts every non-empty filter value in the query string, and nothing blank', () => {
    const text = fc.string({ unit: 'grapheme' });
    const nonEmpty = fc.string({ unit: 'grapheme', minLength: 1 });
    const query = fc.record(
      {
        search: text,
        teams: fc.array(nonEmpty),
        health: fc.subarray([...HEALTH_STATUSES]),
        stages: fc.subarray([...MODEL_STAGES]),
        tag: text,
        sort: fc.record({
          field: fc.constantFrom(...MODEL_SORT_FIELDS),
          direction: fc.constantFrom('asc' as const, 'desc' as const),
        }),
        limit: fc.integer({ min: 1, max: 1000 }),
        cursor: fc.string(),
      },
      { requiredKeys: ['sort', 'limit'] },
    );
    fc.assert(
      fc.property(query, (q) => {
        // What the server reads: the string as sent, parsed again.
        const params = new URLSearchParams(modelQueryParams(q).toString());
        const search = q.search?.trim();
        expect(params.get('q')).toBe(search ? search : null);
        const tag = q.tag?.trim();
        expect(params.get('tag')).toBe(tag ? tag : null);
        expect(params.getAll('team')).toEqual(q.teams ?? []);
        expect(params.getAll('health')).toEqual(q.health ?? []);
        expect(params.getAll('stage')).toEqual(q.stages ?? []);
        expect(params.get('sort')).toBe(q.sort.field);
        expect(params.get('order')).toBe(q.sort.direction);
        expect(params.get('limit')).toBe(String(q.limit));
        expect(params.get('cursor')).toBe(q.cursor ? q.cursor : null);
        for (const [, value] of params) expect(value).not.toBe('');
      }),
    );
  });
});
