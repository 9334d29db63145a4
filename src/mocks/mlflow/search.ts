import { invalidParameter, MlflowApiError } from './errors';
import { compareString, parseFilter, type Comparison } from './filter';
import type { StoredModel, StoredVersion } from './store';

/** MLflow's page token: base64 of `{"offset": n}` (`SearchUtils.create_page_token`); opaque to clients. */
export function pageToken(offset: number): string {
  return btoa(JSON.stringify({ offset }));
}

export function parsePageToken(token: string | null): number {
  if (!token) return 0;
  let decoded: unknown;
  try {
    decoded = JSON.parse(atob(token));
  } catch {
    throw invalidParameter('Invalid page token, could not base64-decode');
  }
  const offset = (decoded as { offset?: unknown } | null)?.offset;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw invalidParameter(`Invalid page token, decoded value=${JSON.stringify(decoded)}`);
  }
  return offset;
}

/** `max_results`: MLflow's default when absent; positive and at most `threshold`. */
export function parseMaxResults(raw: string | null, fallback: number, threshold: number): number {
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw invalidParameter(`Invalid value for max_results. It must be a positive integer, but got ${raw}`);
  }
  if (value > threshold) {
    throw invalidParameter(
      `Invalid value for request parameter max_results. It must be at most ${threshold}, but got value ${value}`,
    );
  }
  return value;
}

type Order<T> = { key: string; ascending: boolean; value: (item: T) => string | number };

function parseOrderBy<T>(clauses: string[], keys: Record<string, (item: T) => string | number>): Order<T>[] {
  return clauses.map((clause) => {
    const match = /^\s*`?([A-Za-z_.]+)`?\s*(ASC|DESC)?\s*$/i.exec(clause);
    if (!match) throw invalidParameter(`Invalid order_by clause '${clause}'. Could not be parsed.`);
    const key = (match[1] ?? '').replace(/^attributes?\./, '');
    const value = keys[key];
    if (!value) {
      throw invalidParameter(
        `Invalid order by key '${key}' specified. Valid keys are '${Object.keys(keys).join("', '")}'`,
      );
    }
    return { key, ascending: (match[2] ?? 'ASC').toUpperCase() === 'ASC', value };
  });
}

function sortBy<T>(items: T[], orders: Order<T>[]): T[] {
  return items.sort((a, b) => {
    for (const { ascending, value } of orders) {
      const x = value(a);
      const y = value(b);
      if (x !== y) return (x < y ? -1 : 1) * (ascending ? 1 : -1);
    }
    return 0;
  });
}

function page<T>(items: T[], maxResults: number, token: string | null): { items: T[]; next?: string } {
  const offset = parsePageToken(token);
  const slice = items.slice(offset, offset + maxResults);
  return {
    items: slice,
    next: offset + maxResults < items.length ? pageToken(offset + maxResults) : undefined,
  };
}

const STRING_COMPARATORS = ['=', '!=', 'LIKE', 'ILIKE'];

function checkComparator(comparison: Comparison, allowed: string[]): void {
  if (!allowed.includes(comparison.comparator)) {
    const what = comparison.type === 'tag' ? 'tag' : 'attribute';
    throw invalidParameter(`Invalid comparator for ${what}: ${comparison.comparator}`);
  }
}

/** A tag comparison: like MLflow's SQL join, a model without the tag never matches. */
function tagMatches(tags: Record<string, string>, comparison: Comparison): boolean {
  const value = tags[comparison.key];
  return value !== undefined && compareString(value, comparison);
}

/** `registered-models/search`: filter on `name` and tags, order by name or last update, then page. */
export function searchModels(
  models: readonly StoredModel[],
  params: { filter: string | null; orderBy: string[]; maxResults: number; pageToken: string | null },
): { items: StoredModel[]; next?: string } {
  const comparisons = parseFilter(params.filter);
  for (const c of comparisons) {
    if (c.type === 'attribute' && c.key !== 'name')
      throw invalidParameter(`Invalid attribute name: ${c.key}`);
    checkComparator(c, STRING_COMPARATORS);
  }
  const orders = parseOrderBy<StoredModel>(params.orderBy, {
    name: (m) => m.name,
    timestamp: (m) => m.lastUpdatedTime,
    last_updated_timestamp: (m) => m.lastUpdatedTime,
  });
  if (!orders.some((o) => o.key === 'name'))
    orders.push({ key: 'name', ascending: true, value: (m) => m.name });
  const matching = models.filter((m) =>
    comparisons.every((c) => (c.type === 'tag' ? tagMatches(m.tags, c) : compareString(m.name, c))),
  );
  return page(sortBy(matching, orders), params.maxResults, params.pageToken);
}

const VERSION_ATTRIBUTES: Record<string, (v: StoredVersion) => string | number> = {
  name: (v) => v.name,
  run_id: (v) => v.runId ?? '',
  source_path: (v) => v.source,
  version_number: (v) => v.version,
};

function versionMatches(version: StoredVersion, c: Comparison): boolean {
  if (c.type === 'tag') return tagMatches(version.tags, c);
  const read = VERSION_ATTRIBUTES[c.key];
  if (!read) throw invalidParameter(`Invalid attribute name: ${c.key}`);
  if (c.key !== 'version_number') return compareString(String(read(version)), c);
  const [actual, expected] = [version.version, Number(c.value)];
  const ops: Record<string, boolean> = {
    '=': actual === expected,
    '!=': actual !== expected,
    '>': actual > expected,
    '>=': actual >= expected,
    '<': actual < expected,
    '<=': actual <= expected,
  };
  const result = ops[c.comparator];
  if (result === undefined)
    throw new MlflowApiError(
      'INVALID_PARAMETER_VALUE',
      `Invalid comparator for attribute version_number: ${c.comparator}`,
    );
  return result;
}

/** `model-versions/search`: MLflow's default order is newest update first, then name, then version. */
export function searchVersions(
  models: readonly StoredModel[],
  params: { filter: string | null; orderBy: string[]; maxResults: number; pageToken: string | null },
): { items: { model: StoredModel; version: StoredVersion }[]; next?: string } {
  const comparisons = parseFilter(params.filter);
  type Item = { model: StoredModel; version: StoredVersion };
  const orderBy =
    params.orderBy.length > 0
      ? params.orderBy
      : ['last_updated_timestamp DESC', 'name ASC', 'version_number DESC'];
  const orders = parseOrderBy<Item>(orderBy, {
    name: (i) => i.version.name,
    version_number: (i) => i.version.version,
    creation_timestamp: (i) => i.version.creationTime,
    last_updated_timestamp: (i) => i.version.lastUpdatedTime,
  });
  if (!orders.some((o) => o.key === 'name'))
    orders.push({ key: 'name', ascending: true, value: (i) => i.version.name });
  if (!orders.some((o) => o.key === 'version_number'))
    orders.push({ key: 'version_number', ascending: false, value: (i) => i.version.version });
  // A name filter narrows to one model first, so a search for one model's versions stays cheap.
  const named = comparisons.find((c) => c.type === 'attribute' && c.key === 'name' && c.comparator === '=');
  const candidates = named ? models.filter((m) => m.name === named.value) : models;
  const matching = candidates.flatMap((model) =>
    model.versions
      .filter((v) => comparisons.every((c) => versionMatches(v, c)))
      .map((version) => ({ model, version })),
  );
  return page(sortBy(matching, orders), params.maxResults, params.pageToken);
}
