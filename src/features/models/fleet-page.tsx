import { useCallback, type ReactNode } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { MODEL_SORT_FIELDS, type ModelQuery, type ModelSortField } from '../../domain/fleet';
import { downloadText } from '../../lib/download';
import { QueryState } from '../../lib/query-state';
import { useRequiredCapability } from '../../lib/capability';
import { useNow } from '../../lib/use-now';
import { EmptyState } from '../../ui/empty-state';
import { PageTitle } from '../../ui/page-title';
import { SkeletonLines } from '../../ui/skeleton';
import { useFacets } from './api/facets';
import { useModelsPage } from '../../lib/queries/models-page';
import { fleetCsv } from './fleet-csv';
import { DEFAULT_SEARCH_MATCHES, FleetFilters } from './fleet-filters';
import { FleetPager } from './fleet-pager';
import { FleetTable } from './fleet-table';
import { fleetQueryFromParams, fleetQueryToParams, withFilters } from './fleet-url-state';
import { countFromPage, isFiltered, modelCountText, unfilteredQuery } from './model-count';
import './fleet.css';

const NAME_ORDER: ModelQuery['sort'] = { field: 'name', direction: 'asc' };

const SORT_WORDS: Record<ModelSortField, string> = {
  name: 'name',
  team: 'team',
  health: 'health',
  stage: 'stage',
  lastDeployedAt: 'last deploy',
  openAlerts: 'open alerts',
  updatedAt: 'last update',
};

/** Where the pager came from: kept in history state, so Back and Previous agree. */
interface PagerState {
  previousCursors: (string | null)[];
  firstRow: number;
}

const readPagerState = (state: unknown): PagerState =>
  state && typeof state === 'object' && 'previousCursors' in state
    ? (state as PagerState)
    : { previousCursors: [], firstRow: 0 };

export function FleetPage(): ReactNode {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const now = useNow();
  const query = fleetQueryFromParams(params);
  const pager = readPagerState(location.state);
  const page = useModelsPage(query);
  // When nothing is filtered this is the page's own query (one request), or its first page.
  const everything = useModelsPage(unfilteredQuery(query));
  const facets = useFacets();
  const registry = useRequiredCapability('registry').capability;
  const searchMatches = registry.searchMatches ?? DEFAULT_SEARCH_MATCHES;
  const sortableBy = registry.sortableBy ?? MODEL_SORT_FIELDS;
  // A registry that cannot sort by the asked field answers in name order: show the order it used.
  const sort = sortableBy.includes(query.sort.field) ? query.sort : NAME_ORDER;
  const unsortableAsked = params.has('sort') && sort !== query.sort;

  const go = useCallback(
    (next: ModelQuery, state: PagerState, replace: boolean) =>
      void navigate({ search: fleetQueryToParams(next, params).toString() }, { replace, state }),
    [navigate, params],
  );
  const onFilters = useCallback(
    (change: Partial<ModelQuery>) =>
      go(withFilters(query, change), { previousCursors: [], firstRow: 0 }, 'search' in change),
    [go, query],
  );
  const onSort = (field: ModelSortField): void => {
    const direction = sort.field === field && sort.direction === 'asc' ? 'desc' : 'asc';
    onFilters({ sort: { field, direction } });
  };

  const rows = page.data?.items ?? [];
  const onNext = (): void => {
    if (!page.data?.nextCursor) return;
    go(
      { ...query, cursor: page.data.nextCursor },
      {
        previousCursors: [...pager.previousCursors, query.cursor ?? null],
        firstRow: pager.firstRow + rows.length,
      },
      false,
    );
  };
  const onPrevious = (): void => {
    const previous = pager.previousCursors.at(-1);
    go(
      { ...query, cursor: previous ?? undefined },
      {
        previousCursors: pager.previousCursors.slice(0, -1),
        firstRow: Math.max(0, pager.firstRow - query.limit),
      },
      false,
    );
  };
  const countText = (data: { items: unknown[]; total?: number; nextCursor?: string }): string => {
    const matched = countFromPage(data, pager.firstRow + data.items.length);
    const all =
      isFiltered(query) && everything.data
        ? countFromPage(everything.data, everything.data.items.length)
        : undefined;
    const searched = query.search ? ` match “${query.search}” in ${searchMatches}` : '';
    return modelCountText(matched, all) + searched;
  };
  const linkSearch = params.get('range') ? `?range=${params.get('range') ?? ''}` : '';

  return (
    <div className="stack">
      <div className="row">
        <PageTitle title="Models" />
        <span className="spacer" />
        <button
          type="button"
          className="button"
          disabled={rows.length === 0}
          onClick={() => downloadText('sightline-models.csv', fleetCsv(rows))}
        >
          Export CSV
        </button>
      </div>
      <FleetFilters query={query} facets={facets.data} searchMatches={searchMatches} onChange={onFilters} />
      <QueryState
        query={page}
        what="load the models"
        skeleton={<SkeletonLines lines={10} height={40} label="Loading models" />}
        empty={(data) =>
          data.items.length === 0 && data.nextCursor ? (
            <EmptyState title="No matches in the part of the registry read so far.">
              The registry cannot filter this server-side, so Sightline reads it page by page.{' '}
              <button type="button" className="button button--small" onClick={onNext}>
                Keep searching
              </button>
            </EmptyState>
          ) : data.items.length === 0 ? (
            <EmptyState title="No models match these filters.">
              {query.search ||
              query.health?.length ||
              query.teams?.length ||
              query.stages?.length ||
              query.tag
                ? 'Clear a filter or search for something else.'
                : 'The registry has no models yet. Register one in your model registry, or check Settings → Connections.'}
            </EmptyState>
          ) : undefined
        }
      >
        {(data) => (
          <>
            <p className="muted" aria-live="polite">
              {countText(data)}
            </p>
            {unsortableAsked && (
              <p className="muted" role="note">
                Sorted by name: this registry cannot sort by {SORT_WORDS[query.sort.field]}.
              </p>
            )}
            <FleetTable
              rows={data.items}
              sort={sort}
              onSort={onSort}
              sortableBy={sortableBy}
              now={now}
              linkSearch={linkSearch}
              firstRowIndex={pager.firstRow}
              totalRows={data.total}
              busy={page.isFetching}
            />
            <FleetPager
              firstRow={pager.firstRow}
              rowsOnPage={data.items.length}
              total={data.total}
              pageSize={query.limit}
              hasPrevious={Boolean(query.cursor)}
              hasNext={Boolean(data.nextCursor)}
              onFirst={() => go({ ...query, cursor: undefined }, { previousCursors: [], firstRow: 0 }, false)}
              onPrevious={onPrevious}
              onNext={onNext}
              onPageSize={(size) => onFilters({ limit: size })}
            />
          </>
        )}
      </QueryState>
    </div>
  );
}
