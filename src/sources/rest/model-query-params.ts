import type { ModelQuery } from '../../domain/fleet';

/** The fleet table's query as the contract's query string (GET /registry/models). */
export function modelQueryParams(query: ModelQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search?.trim()) params.set('q', query.search.trim());
  for (const team of query.teams ?? []) params.append('team', team);
  for (const health of query.health ?? []) params.append('health', health);
  for (const stage of query.stages ?? []) params.append('stage', stage);
  if (query.tag?.trim()) params.set('tag', query.tag.trim());
  params.set('sort', query.sort.field);
  params.set('order', query.sort.direction);
  params.set('limit', String(query.limit));
  if (query.cursor) params.set('cursor', query.cursor);
  return params;
}
