import type { ModelQuery, ModelSortField, Page } from '../../domain/fleet';
import { healthSeverity } from '../../domain/health';
import { MODEL_STAGES, type ModelSummary } from '../../domain/model';
import { decodeCursor, encodeCursor } from './cursor';
import { hashString } from './prng';

export type QueryResult<T> = { ok: true; page: Page<T> } | { ok: false; message: string };

type SortValue = string | number | undefined;

const SORT_VALUE: Record<ModelSortField, (m: ModelSummary) => SortValue> = {
  name: (m) => m.name,
  team: (m) => m.team,
  // Ascending goes from healthy to critical; `desc` puts the worst first.
  health: (m) => healthSeverity(m.health.status),
  // Lifecycle order: production, staging, development, archived.
  stage: (m) => MODEL_STAGES.indexOf(m.stage),
  lastDeployedAt: (m) => m.lastDeployedAt,
  openAlerts: (m) => m.openAlerts,
  updatedAt: (m) => m.updatedAt,
};

/** Plain code-unit order, not the locale's: the order must be the same on every server and client. */
function compareValues(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A total order: the field in the asked direction, models without a value last, then name ascending. */
function comparator(
  field: ModelSortField,
  direction: 'asc' | 'desc',
): (a: ModelSummary, b: ModelSummary) => number {
  const value = SORT_VALUE[field];
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1;
    } else {
      const order = compareValues(x, y);
      if (order !== 0) return sign * order;
    }
    return compareValues(a.name, b.name);
  };
}

function matches(query: ModelQuery): (m: ModelSummary) => boolean {
  const needle = query.search?.trim().toLowerCase() ?? '';
  const [tagKey = '', tagValue] = (query.tag?.trim() ?? '').split(/=(.*)/s);
  return (m) => {
    if (query.teams?.length && !query.teams.includes(m.team)) return false;
    if (query.health?.length && !query.health.includes(m.health.status)) return false;
    if (query.stages?.length && !query.stages.includes(m.stage)) return false;
    if (tagKey && (m.tags[tagKey] === undefined || (tagValue !== undefined && m.tags[tagKey] !== tagValue)))
      return false;
    if (!needle) return true;
    const haystack = [m.name, m.team, m.owner, ...Object.entries(m.tags).flat()];
    return haystack.some((text) => text.toLowerCase().includes(needle));
  };
}

/** What identifies a query for its cursors: everything but the page size and the cursor itself. */
export function queryKey(query: ModelQuery): string {
  const canonical = JSON.stringify([
    query.search?.trim().toLowerCase() ?? '',
    [...(query.teams ?? [])].sort(),
    [...(query.health ?? [])].sort(),
    [...(query.stages ?? [])].sort(),
    query.tag?.trim() ?? '',
    query.sort.field,
    query.sort.direction,
  ]);
  return hashString(canonical).toString(16);
}

/**
 * Search, filter, sort and page the fleet as `GET /registry/models` does.
 * Filters are OR within one (team=A&team=B) and AND across them; the search is
 * a case-insensitive substring of name, team, owner, tag keys or tag values.
 */
export function queryModels<T extends ModelSummary>(models: readonly T[], query: ModelQuery): QueryResult<T> {
  const key = queryKey(query);
  let offset = 0;
  if (query.cursor) {
    const decoded = decodeCursor(query.cursor, key);
    if (!decoded.ok) return decoded;
    offset = decoded.offset;
  }
  const selected = models.filter(matches(query)).sort(comparator(query.sort.field, query.sort.direction));
  const end = offset + query.limit;
  return {
    ok: true,
    page: {
      items: selected.slice(offset, end),
      nextCursor: end < selected.length ? encodeCursor(end, key) : undefined,
      total: selected.length,
    },
  };
}
