import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_SORT_FIELDS, type ModelQuery, type ModelSortField } from '../../domain/fleet';
import { HEALTH_STATUSES, healthSeverity } from '../../domain/health';
import { MODEL_STAGES, type ModelSummary } from '../../domain/model';
import { createDemoFleet } from './fleet';
import { queryModels } from './query-models';
import { TEAM_NAMES } from './teams';

const models = createDemoFleet({
  fleetSize: 300,
  seed: 9,
  now: Date.parse('2026-11-29T12:00:00.000Z'),
}).models();
const base: ModelQuery = { sort: { field: 'name', direction: 'asc' }, limit: 1000 };

function run(query: Partial<ModelQuery>): { items: ModelSummary[]; nextCursor?: string; total?: number } {
  const result = queryModels(models, { ...base, ...query });
  if (!result.ok) throw new Error(result.message);
  return result.page;
}
const names = (query: Partial<ModelQuery>): string[] => run(query).items.map((m) => m.name);

/** Every page of a query, following cursors to the end. */
function walk(query: Omit<ModelQuery, 'cursor'>): ModelSummary[] {
  const seen: ModelSummary[] = [];
  let cursor: string | undefined;
  do {
    const result = queryModels(models, { ...query, cursor });
    if (!result.ok) throw new Error(result.message);
    seen.push(...result.page.items);
    cursor = result.page.nextCursor;
  } while (cursor);
  return seen;
}

describe('queryModels filters', () => {
  it('ORs the values of one filter and ANDs the filters', () => {
    const page = run({ teams: ['Risk', 'Pricing'], health: ['warning', 'critical'] });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.total).toBe(page.items.length);
    expect(page.items.every((m) => ['Risk', 'Pricing'].includes(m.team))).toBe(true);
    expect(page.items.every((m) => ['warning', 'critical'].includes(m.health.status))).toBe(true);
    const expected = models.filter(
      (m) => ['Risk', 'Pricing'].includes(m.team) && ['warning', 'critical'].includes(m.health.status),
    );
    expect(page.items).toHaveLength(expected.length);
  });

  it('filters by stage', () => {
    const archived = run({ stages: ['archived'] }).items;
    expect(archived.length).toBeGreaterThan(0);
    expect(archived.every((m) => m.stage === 'archived')).toBe(true);
  });

  it('filters by tag, as key=value or as key alone', () => {
    expect(run({ tag: 'tier=tier-1' }).items.every((m) => m.tags.tier === 'tier-1')).toBe(true);
    expect(run({ tag: 'tier' }).total).toBe(models.length);
    expect(run({ tag: 'domain=retention' }).items.map((m) => m.name)).toContain('churn-predictor');
    expect(run({ tag: 'no-such-tag' }).total).toBe(0);
  });

  it('searches names, teams, owners and tags, ignoring case', () => {
    expect(names({ search: 'CHURN-pred' })).toEqual(['churn-predictor']);
    expect(names({ search: 'priya.natarajan@' })).toContain('churn-predictor');
    expect(run({ search: 'search & discovery' }).items.every((m) => m.team === 'Search & Discovery')).toBe(
      true,
    );
    expect(names({ search: 'bnpl' })).toEqual([]);
    expect(names({ search: 'logistics' })).toContain('delivery-eta');
  });
});

const SORT_VALUE: Record<ModelSortField, (m: ModelSummary) => number | string | undefined> = {
  name: (m) => m.name,
  team: (m) => m.team,
  health: (m) => healthSeverity(m.health.status),
  stage: (m) => MODEL_STAGES.indexOf(m.stage),
  lastDeployedAt: (m) => m.lastDeployedAt,
  openAlerts: (m) => m.openAlerts,
  updatedAt: (m) => m.updatedAt,
};

describe('queryModels sorting', () => {
  it.each(MODEL_SORT_FIELDS.flatMap((field) => [[field, 'asc'] as const, [field, 'desc'] as const]))(
    'sorts by %s %s, missing values last and ties by name',
    (field, direction) => {
      const items = run({ sort: { field, direction } }).items;
      expect(items).toHaveLength(models.length);
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [items[i - 1] as ModelSummary, items[i] as ModelSummary];
        const [x, y] = [SORT_VALUE[field](a), SORT_VALUE[field](b)];
        if (x === undefined) expect(y).toBeUndefined();
        if (x === undefined || y === undefined || x === y) {
          if (x === y) expect(a.name < b.name).toBe(true);
          continue;
        }
        expect(direction === 'asc' ? x < y : x > y).toBe(true);
      }
    },
  );

  it('puts the worst health first in descending order', () => {
    expect(run({ sort: { field: 'health', direction: 'desc' } }).items[0]?.health.status).toBe('critical');
    expect(run({ sort: { field: 'health', direction: 'asc' } }).items[0]?.health.status).toBe('healthy');
  });
});

/** The filter semantics written out plainly, to check the engine against. */
function matchesByHand(
  q: Pick<ModelQuery, 'teams' | 'health' | 'stages' | 'search'>,
): (m: ModelSummary) => boolean {
  return (m) =>
    (!q.teams?.length || q.teams.includes(m.team)) &&
    (!q.health?.length || q.health.includes(m.health.status)) &&
    (!q.stages?.length || q.stages.includes(m.stage)) &&
    (!q.search ||
      [m.name, m.team, m.owner, ...Object.keys(m.tags), ...Object.values(m.tags)].some((text) =>
        text.toLowerCase().includes(q.search?.toLowerCase() ?? ''),
      ));
}

describe('queryModels paging', () => {
  it('walks the whole fleet once, in the order of a single page', () => {
    const query: ModelQuery = { sort: { field: 'updatedAt', direction: 'desc' }, limit: 7 };
    const walked = walk(query).map((m) => m.name);
    expect(walked).toEqual(names({ sort: query.sort }));
    expect(new Set(walked).size).toBe(models.length);
  });

  it('omits the cursor on the last page and reports the total on each', () => {
    const first = run({ limit: 250 });
    expect(first.items).toHaveLength(250);
    expect(first.total).toBe(300);
    const second = run({ limit: 250, cursor: first.nextCursor });
    expect(second.items).toHaveLength(50);
    expect(second.nextCursor).toBeUndefined();
    expect(second.total).toBe(300);
  });

  it('lets the page size change between pages', () => {
    const first = run({ limit: 10 });
    const second = run({ limit: 25, cursor: first.nextCursor });
    expect(second.items.map((m) => m.name)).toEqual(names({}).slice(10, 35));
  });

  it('refuses a cursor that is garbage or was issued for another query', () => {
    expect(queryModels(models, { ...base, cursor: 'not-a-cursor' })).toMatchObject({ ok: false });
    expect(queryModels(models, { ...base, cursor: btoa('{"o":-1,"q":"x"}') })).toMatchObject({ ok: false });
    const cursor = run({ limit: 5, teams: ['Risk'] }).nextCursor;
    expect(cursor).toBeDefined();
    expect(queryModels(models, { ...base, teams: ['Pricing'], cursor })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/different query/) as unknown,
    });
    expect(
      queryModels(models, { ...base, sort: { field: 'name', direction: 'desc' }, cursor }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('visits every matching model exactly once, whatever the page size and query', () => {
    const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
    fc.assert(
      fc.property(
        fc.record({
          teams: subset(TEAM_NAMES),
          health: subset(HEALTH_STATUSES),
          stages: subset(MODEL_STAGES),
          search: fc.constantFrom(undefined, 'er', 'growth', 'tier-2', 'ZZZ'),
          field: fc.constantFrom(...MODEL_SORT_FIELDS),
          direction: fc.constantFrom('asc' as const, 'desc' as const),
          limit: fc.integer({ min: 1, max: 60 }),
        }),
        ({ field, direction, limit, ...filters }) => {
          const walked = walk({ ...filters, sort: { field, direction }, limit }).map((m) => m.name);
          const all = names({ ...filters, sort: { field, direction } });
          expect(walked).toEqual(all);
          expect(new Set(walked).size).toBe(walked.length);
          expect(new Set(walked)).toEqual(new Set(models.filter(matchesByHand(filters)).map((m) => m.name)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
