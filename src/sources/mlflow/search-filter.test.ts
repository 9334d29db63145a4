import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelQuery } from '../../domain/fleet';
import { compareString, parseFilter } from '../../mocks/mlflow/filter';
import { DEFAULT_MLFLOW_OPTIONS as options } from './options';
import {
  equalsClause,
  filtersInBrowser,
  modelsFilter,
  modelsOrderBy,
  nameSearchClause,
  quoteValue,
  tagIdentifier,
  versionsFilter,
} from './search-filter';

const query = (change: Partial<ModelQuery> = {}): ModelQuery => ({
  sort: { field: 'name', direction: 'asc' },
  limit: 50,
  ...change,
});

describe('modelsFilter', () => {
  it('asks nothing of an unfiltered fleet', () => {
    expect(modelsFilter(query(), options)).toBeUndefined();
  });

  it('writes search, one team, one health status and a tag as AND-ed clauses', () => {
    expect(
      modelsFilter(
        query({ search: ' fraud ', teams: ['Risk'], health: ['critical'], tag: 'framework=xgboost' }),
        options,
      ),
    ).toBe(
      "name ILIKE '%fraud%' AND tags.team = 'Risk' AND tags.`sightline.health` = 'critical' AND tags.framework = 'xgboost'",
    );
  });

  it('asks "has the tag" with LIKE % for a bare key, and LIKE when the search is case-sensitive', () => {
    expect(
      modelsFilter(query({ tag: 'cost_center', search: 'Churn' }), {
        ...options,
        caseInsensitiveSearch: false,
      }),
    ).toBe("name LIKE '%Churn%' AND tags.cost_center LIKE '%'");
  });

  it('leaves to the browser what MLflow cannot say: OR, a missing tag, stages', () => {
    expect(modelsFilter(query({ teams: ['Risk', 'Growth'] }), options)).toBeUndefined();
    expect(modelsFilter(query({ teams: ['Unassigned'] }), options)).toBeUndefined();
    expect(modelsFilter(query({ health: ['unknown'] }), options)).toBeUndefined();
    expect(modelsFilter(query({ health: ['critical', 'warning'] }), options)).toBeUndefined();
    expect(modelsFilter(query({ stages: ['production'] }), options)).toBeUndefined();
  });

  it('quotes a value with an apostrophe in double quotes', () => {
    expect(modelsFilter(query({ search: "o'reilly" }), options)).toBe(`name ILIKE "%o'reilly%"`);
    expect(versionsFilter("o'reilly-book-recs")).toBe(`name = "o'reilly-book-recs"`);
  });
});

describe('filtersInBrowser', () => {
  it('is false only when MLflow answers the whole query', () => {
    expect(
      filtersInBrowser(query({ search: 'a', teams: ['Risk'], health: ['warning'], tag: 'a=b' }), options),
    ).toBe(false);
    for (const change of [
      { stages: ['staging' as const] },
      { teams: ['Risk', 'Growth'] },
      { teams: ['Unassigned'] },
      { health: ['unknown' as const] },
      { tag: 'a`b' },
    ]) {
      expect(filtersInBrowser(query(change), options)).toBe(true);
    }
  });
});

describe('modelsOrderBy', () => {
  it('maps the sorts MLflow has and falls back to name for the rest', () => {
    expect(modelsOrderBy({ field: 'name', direction: 'desc' })).toEqual({
      orderBy: ['name DESC'],
      honoured: true,
    });
    expect(modelsOrderBy({ field: 'updatedAt', direction: 'desc' })).toEqual({
      orderBy: ['last_updated_timestamp DESC', 'name ASC'],
      honoured: true,
    });
    for (const field of ['team', 'health', 'stage', 'openAlerts', 'lastDeployedAt'] as const) {
      expect(modelsOrderBy({ field, direction: 'desc' })).toEqual({ orderBy: ['name ASC'], honoured: false });
    }
  });
});

describe('quoting, checked against MLflow’s grammar', () => {
  it('backticks tag keys that are not plain identifiers', () => {
    expect(tagIdentifier('team')).toBe('tags.team');
    expect(tagIdentifier('sightline.health')).toBe('tags.`sightline.health`');
    expect(tagIdentifier('a`b')).toBeUndefined();
  });

  it('refuses to quote what MLflow would misread', () => {
    expect(quoteValue(`both ' and "`)).toBeUndefined();
    expect(quoteValue('back\\slash')).toBeUndefined();
  });

  it('an equality clause always matches the value it was written for', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const [comparison, ...rest] = parseFilter(equalsClause('name', value));
        expect(rest).toEqual([]);
        expect(comparison && compareString(value, comparison)).toBe(true);
      }),
    );
  });

  it('an equality clause on a quotable value matches nothing else', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (value, other) => {
        fc.pre(quoteValue(value) !== undefined && other !== value);
        const [comparison] = parseFilter(equalsClause('name', value));
        expect(comparison && compareString(other, comparison)).toBe(false);
      }),
    );
  });

  it('a name search finds every name containing the text (the browser trims the rest)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string(), (before, text, after) => {
        fc.pre(text.trim() === text);
        const [comparison] = parseFilter(nameSearchClause(text, true));
        expect(comparison && compareString(`${before}${text}${after}`, comparison)).toBe(true);
      }),
    );
  });
});
