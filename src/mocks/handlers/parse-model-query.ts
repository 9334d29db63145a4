import {
  MODEL_SORT_FIELDS,
  type ModelQuery,
  type ModelSortField,
  type SortDirection,
} from '../../domain/fleet';
import { HEALTH_STATUSES, type HealthStatus } from '../../domain/health';
import { MODEL_STAGES, type ModelStage } from '../../domain/model';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

export type ParsedQuery = { ok: true; query: ModelQuery } | { ok: false; message: string };

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

function allOf<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T[] | string {
  const given = params.getAll(name);
  const bad = given.find((value) => !isOneOf(values, value));
  return bad === undefined
    ? (given as T[])
    : `Unknown ${name} "${bad}"; expected one of ${values.join(', ')}.`;
}

/** The query string of `GET /registry/models`, checked the way a strict server would. */
export function parseModelQuery(params: URLSearchParams): ParsedQuery {
  const health = allOf<HealthStatus>(params, 'health', HEALTH_STATUSES);
  if (typeof health === 'string') return { ok: false, message: health };
  const stages = allOf<ModelStage>(params, 'stage', MODEL_STAGES);
  if (typeof stages === 'string') return { ok: false, message: stages };

  const sort = params.get('sort') ?? 'name';
  if (!isOneOf<ModelSortField>(MODEL_SORT_FIELDS, sort)) {
    return { ok: false, message: `Unknown sort "${sort}"; expected one of ${MODEL_SORT_FIELDS.join(', ')}.` };
  }
  const order = params.get('order') ?? 'asc';
  if (!isOneOf<SortDirection>(['asc', 'desc'], order)) {
    return { ok: false, message: `Unknown order "${order}"; expected asc or desc.` };
  }
  const limitText = params.get('limit') ?? String(DEFAULT_PAGE_LIMIT);
  const limit = /^\d+$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= MAX_PAGE_LIMIT)) {
    return {
      ok: false,
      message: `limit must be an integer from 1 to ${MAX_PAGE_LIMIT}; got "${limitText}".`,
    };
  }
  return {
    ok: true,
    query: {
      search: params.get('q') ?? undefined,
      teams: params.getAll('team'),
      health,
      stages,
      tag: params.get('tag') ?? undefined,
      sort: { field: sort, direction: order },
      limit,
      cursor: params.get('cursor') ?? undefined,
    },
  };
}
