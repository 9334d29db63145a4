import { isHealthStatus } from '../../domain/health';
import { MODEL_SORT_FIELDS, type ModelQuery, type ModelSortField } from '../../domain/fleet';
import { MODEL_STAGES, type ModelStage } from '../../domain/model';

export const PAGE_SIZES = [50, 100, 500, 1000] as const;
export const DEFAULT_PAGE_SIZE = 100;
const DEFAULT_SORT: ModelQuery['sort'] = { field: 'health', direction: 'desc' };

const isStage = (value: string): value is ModelStage => (MODEL_STAGES as readonly string[]).includes(value);
const isSortField = (value: string): value is ModelSortField =>
  (MODEL_SORT_FIELDS as readonly string[]).includes(value);

/**
 * The fleet table's whole state lives in the URL (`?q=&team=&health=&stage=&tag=&sort=-health&size=&cursor=`),
 * so a pasted link reproduces the view. Unknown values are dropped, not errors.
 */
export function fleetQueryFromParams(params: URLSearchParams): ModelQuery {
  const sortParam = params.get('sort') ?? '';
  const descending = sortParam.startsWith('-');
  const sortField = descending ? sortParam.slice(1) : sortParam;
  const size = Number(params.get('size'));
  return {
    search: params.get('q') ?? undefined,
    teams: params.getAll('team').filter(Boolean),
    health: params.getAll('health').filter(isHealthStatus),
    stages: params.getAll('stage').filter(isStage),
    tag: params.get('tag') ?? undefined,
    sort: isSortField(sortField)
      ? { field: sortField, direction: descending ? 'desc' : 'asc' }
      : DEFAULT_SORT,
    limit: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    cursor: params.get('cursor') ?? undefined,
  };
}

/** The inverse of fleetQueryFromParams, leaving defaults out of the URL. */
export function fleetQueryToParams(query: ModelQuery, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['q', 'team', 'health', 'stage', 'tag', 'sort', 'size', 'cursor']) params.delete(key);
  if (query.search) params.set('q', query.search);
  for (const team of query.teams ?? []) params.append('team', team);
  for (const health of query.health ?? []) params.append('health', health);
  for (const stage of query.stages ?? []) params.append('stage', stage);
  if (query.tag) params.set('tag', query.tag);
  const { field, direction } = query.sort;
  if (field !== DEFAULT_SORT.field || direction !== DEFAULT_SORT.direction) {
    params.set('sort', direction === 'desc' ? `-${field}` : field);
  }
  if (query.limit !== DEFAULT_PAGE_SIZE) params.set('size', String(query.limit));
  if (query.cursor) params.set('cursor', query.cursor);
  return params;
}

/** A changed filter or sort starts again from the first page. */
export function withFilters(query: ModelQuery, change: Partial<ModelQuery>): ModelQuery {
  return { ...query, ...change, cursor: undefined };
}
