import type { ModelQuery } from '../../domain/fleet';
import type { ModelSummary } from '../../domain/model';
import type { MlflowOptions } from './options';
import { UNASSIGNED_TEAM } from './to-domain';

/**
 * The fleet query in MLflow's search grammar (`SearchModelUtils`): clauses
 * joined by AND only (no OR, no IN for tags), `name` and `tags.<key>` with
 * `= != LIKE ILIKE`. Whatever it cannot say is checked in the browser by
 * `matchesQuery`, which re-checks every filter so a wider server filter is safe.
 */

export type SearchFilterOptions = Pick<MlflowOptions, 'teamTag' | 'healthTag' | 'caseInsensitiveSearch'>;

/**
 * A string literal MLflow reads back unchanged. Its parser strips the outer
 * quotes and unescapes nothing, so a value with `'` goes in double quotes; a
 * value with both kinds, or with a backslash (which the tokenizer reads as an
 * escape, and PostgreSQL's LIKE too), cannot be written (undefined).
 */
export function quoteValue(value: string): string | undefined {
  if (value.includes('\\')) return undefined;
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  return undefined;
}

/** `tags.team`, or `tags.\`sightline.health\`` for keys that are not plain identifiers. */
export function tagIdentifier(key: string): string | undefined {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return `tags.${key}`;
  return key.includes('`') ? undefined : `tags.\`${key}\``;
}

/** Quotes and backslashes become `_`, LIKE's any-one-character. */
const unquotable = (value: string): string => value.replace(/['"\\]/g, '_');

/**
 * `identifier = 'value'`; when the value cannot be quoted, a LIKE whose `_`
 * stands for each quote or backslash (it may match a little more: the browser re-checks).
 */
export function equalsClause(identifier: string, value: string): string {
  const quoted = quoteValue(value);
  if (quoted) return `${identifier} = ${quoted}`;
  return `${identifier} LIKE '${unquotable(value)}'`;
}

/**
 * Substring search on the name. `%` and `_` typed by the user stay wildcards
 * (MLflow's LIKE has no ESCAPE): the server may return a little more, which
 * `matchesQuery` removes.
 */
export function nameSearchClause(text: string, caseInsensitive: boolean): string {
  const operator = caseInsensitive ? 'ILIKE' : 'LIKE';
  const pattern = `%${text}%`;
  return `name ${operator} ${quoteValue(pattern) ?? `'${unquotable(pattern)}'`}`;
}

export function parseTagFilter(tag: string | undefined): { key: string; value?: string } | undefined {
  const text = tag?.trim();
  if (!text) return undefined;
  const at = text.indexOf('=');
  return at === -1 ? { key: text } : { key: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

/** The `filter` for `registered-models/search`, or undefined when nothing narrows the fleet. */
export function modelsFilter(query: ModelQuery, options: SearchFilterOptions): string | undefined {
  const clauses: string[] = [];
  const search = query.search?.trim();
  if (search) clauses.push(nameSearchClause(search, options.caseInsensitiveSearch));

  const teams = query.teams ?? [];
  const team = teams[0];
  const teamTag = tagIdentifier(options.teamTag);
  // One team is a tag clause; several would need OR, and "Unassigned" means the tag is missing.
  if (teams.length === 1 && team !== undefined && team !== UNASSIGNED_TEAM && teamTag) {
    clauses.push(equalsClause(teamTag, team));
  }

  const health = query.health ?? [];
  const healthTag = tagIdentifier(options.healthTag);
  // "unknown" is mostly the absence of the tag, which MLflow cannot ask for.
  if (health.length === 1 && health[0] !== undefined && health[0] !== 'unknown' && healthTag) {
    clauses.push(equalsClause(healthTag, health[0]));
  }

  const tag = parseTagFilter(query.tag);
  const tagKey = tag ? tagIdentifier(tag.key) : undefined;
  if (tag && tagKey) {
    // `LIKE '%'` matches every value, so it asks "has this tag".
    clauses.push(tag.value === undefined ? `${tagKey} LIKE '%'` : equalsClause(tagKey, tag.value));
  }
  // Stages come from aliases and version stages, which this search cannot see: checked in the browser.
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

/**
 * `order_by` for `registered-models/search`. MLflow sorts registered models
 * by `name` and `last_updated_timestamp` only; team, health, stage, open
 * alerts and last deploy are not stored on the model, so those sorts fall back
 * to name ascending (sorting one page in the browser would mislead across pages).
 */
export function modelsOrderBy(sort: ModelQuery['sort']): { orderBy: string[]; honoured: boolean } {
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  if (sort.field === 'name') return { orderBy: [`name ${direction}`], honoured: true };
  if (sort.field === 'updatedAt') {
    return { orderBy: [`last_updated_timestamp ${direction}`, 'name ASC'], honoured: true };
  }
  return { orderBy: ['name ASC'], honoured: false };
}

/**
 * Whether `modelsFilter` leaves part of the query to the browser, so that
 * MLflow's pages may hold models the fleet page drops.
 */
export function filtersInBrowser(query: ModelQuery, options: SearchFilterOptions): boolean {
  const teams = query.teams ?? [];
  const health = query.health ?? [];
  const tag = parseTagFilter(query.tag);
  return (
    (query.stages?.length ?? 0) > 0 ||
    teams.length > 1 ||
    teams.includes(UNASSIGNED_TEAM) ||
    (teams.length > 0 && tagIdentifier(options.teamTag) === undefined) ||
    health.length > 1 ||
    health.includes('unknown') ||
    (health.length > 0 && tagIdentifier(options.healthTag) === undefined) ||
    (tag !== undefined && tagIdentifier(tag.key) === undefined)
  );
}

/** Every filter of the query, checked on a mapped model: the exact answer whatever the server did. */
export function matchesQuery(model: ModelSummary, query: ModelQuery, options: SearchFilterOptions): boolean {
  const search = query.search?.trim();
  if (search) {
    const found = options.caseInsensitiveSearch
      ? model.name.toLowerCase().includes(search.toLowerCase())
      : model.name.includes(search);
    if (!found) return false;
  }
  if (query.teams?.length && !query.teams.includes(model.team)) return false;
  if (query.health?.length && !query.health.includes(model.health.status)) return false;
  if (query.stages?.length && !query.stages.includes(model.stage)) return false;
  const tag = parseTagFilter(query.tag);
  if (tag) {
    const value = model.tags[tag.key];
    if (value === undefined || (tag.value !== undefined && value !== tag.value)) return false;
  }
  return true;
}

/** `name = '…'` for `model-versions/search`; the caller keeps only exact names (see equalsClause). */
export function versionsFilter(name: string): string {
  return equalsClause('name', name);
}
