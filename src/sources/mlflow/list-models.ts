import type { ModelQuery, Page } from '../../domain/fleet';
import type { ModelSummary } from '../../domain/model';
import { SourceError } from '../source-error';
import { decodeCursor, encodeCursor, type MlflowCursor } from './cursor';
import type { MlflowClient } from './mlflow-client';
import type { MlflowOptions } from './options';
import { searchRegisteredModelsWire } from './schemas';
import { filtersInBrowser, matchesQuery, modelsFilter, modelsOrderBy } from './search-filter';
import { toModelSummary } from './to-domain';

/** MLflow refuses `max_results` above 1,000 for registered models. */
export const MAX_RESULTS_LIMIT = 1000;
/** The MLflow page size while scanning for a filter the browser applies. */
const SCAN_PAGE_SIZE = 250;

function startCursor(query: ModelQuery, options: MlflowOptions & { name: string }): MlflowCursor {
  const limit = Math.min(Math.max(1, query.limit), MAX_RESULTS_LIMIT);
  if (query.cursor === undefined) {
    return { skip: 0, pageSize: filtersInBrowser(query, options) ? Math.max(limit, SCAN_PAGE_SIZE) : limit };
  }
  const cursor = decodeCursor(query.cursor);
  if (cursor) return cursor;
  throw new SourceError({
    kind: 'query',
    source: options.name,
    endpoint: 'GET registered-models/search',
    message: 'This page link is no longer valid.',
    hint: 'Go back to the first page of the fleet.',
  });
}

/**
 * One fleet page: MLflow searches, filters by name and tags, sorts and pages;
 * the browser checks what MLflow cannot (stages; several teams or health
 * statuses; the exact text of a LIKE). A page then may need several MLflow
 * pages: at most `maxScanPages`, after which it is returned short with a
 * cursor to continue, so a rare filter never reads the whole registry at once.
 * MLflow does not count matches, so `total` stays unknown.
 */
export async function listModels(
  client: MlflowClient,
  options: MlflowOptions & { name: string },
  query: ModelQuery,
  signal: AbortSignal,
): Promise<Page<ModelSummary>> {
  const limit = Math.min(Math.max(1, query.limit), MAX_RESULTS_LIMIT);
  const filter = modelsFilter(query, options);
  const { orderBy } = modelsOrderBy(query.sort);
  const start = startCursor(query, options);
  const pageSize = start.pageSize;
  let { token, skip } = start;
  const items: ModelSummary[] = [];

  for (let scanned = 0; scanned < options.maxScanPages; scanned++) {
    const page = await client.get(
      'registered-models/search',
      { filter, max_results: pageSize, order_by: orderBy, page_token: token },
      searchRegisteredModelsWire,
      signal,
    );
    const models = page.registered_models;
    const next = page.next_page_token || undefined;
    for (let i = skip; i < models.length; i++) {
      const model = toModelSummary(models[i] as (typeof models)[number], options);
      if (matchesQuery(model, query, options)) items.push(model);
      if (items.length === limit) {
        const rest: MlflowCursor | undefined =
          i + 1 < models.length
            ? { token, skip: i + 1, pageSize }
            : next
              ? { token: next, skip: 0, pageSize }
              : undefined;
        return { items, nextCursor: rest && encodeCursor(rest) };
      }
    }
    if (!next) return { items };
    token = next;
    skip = 0;
  }
  return { items, nextCursor: encodeCursor({ token, skip: 0, pageSize }) };
}
