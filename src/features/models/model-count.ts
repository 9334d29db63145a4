import type { ModelQuery } from '../../domain/fleet';
import { formatInteger } from '../../ui/format';

/** How many models a list holds: exact when the source counts, else at least what was read. */
export interface ModelCount {
  value: number;
  exact: boolean;
}

/** From a page of a list: its `total`, or the rows read through this page (and more if there is a next). */
export function countFromPage(
  page: { total?: number; nextCursor?: string },
  rowsReadThroughPage: number,
): ModelCount {
  return page.total !== undefined
    ? { value: page.total, exact: true }
    : { value: rowsReadThroughPage, exact: page.nextCursor === undefined };
}

export const isFiltered = (query: ModelQuery): boolean =>
  Boolean(query.search || query.teams?.length || query.health?.length || query.stages?.length || query.tag);

/** The same list without its filters and from the first page: what "of N" counts. */
export const unfilteredQuery = (query: ModelQuery): ModelQuery => ({
  ...query,
  search: undefined,
  teams: [],
  health: [],
  stages: [],
  tag: undefined,
  cursor: undefined,
});

const number = (count: ModelCount): string => `${formatInteger(count.value)}${count.exact ? '' : '+'}`;
const models = (count: ModelCount): string => (count.value === 1 && count.exact ? 'model' : 'models');

/**
 * "30 models"; filtered, "1,483 of 10,000 models"; "50+ models" when the source cannot count
 * and has more to read. Without the unfiltered count (still loading), the matches alone.
 */
export function modelCountText(matched: ModelCount, all?: ModelCount): string {
  if (!all) return `${number(matched)} ${models(matched)}`;
  return `${number(matched)} of ${number(all)} ${models(all)}`;
}
