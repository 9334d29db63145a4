import type { FleetFacets } from '../../domain/fleet';
import type { ModelSummary } from '../../domain/model';
import type { MlflowClient } from './mlflow-client';
import { searchRegisteredModelsWire, type RegisteredModelWire } from './schemas';

export interface FleetScan {
  models: RegisteredModelWire[];
  /** More models exist than the bound let us read. */
  truncated: boolean;
}

/**
 * MLflow has no aggregate endpoints: facets and counts come from reading the
 * registry itself, `max_results=1000` (its maximum) at a time, in name order,
 * for at most `maxPages` pages.
 */
export async function scanFleet(
  client: MlflowClient,
  maxPages: number,
  signal: AbortSignal,
): Promise<FleetScan> {
  const models: RegisteredModelWire[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = await client.get(
      'registered-models/search',
      { max_results: 1000, order_by: ['name ASC'], page_token: token },
      searchRegisteredModelsWire,
      signal,
    );
    models.push(...answer.registered_models);
    token = answer.next_page_token || undefined;
    if (!token) return { models, truncated: false };
  }
  return { models, truncated: true };
}

/** A tag offered as `key=value` only while it has at most this many values (free text would flood the list). */
const MAX_VALUES_PER_TAG = 25;

/** Teams, and tags as `key` and (for tags with few values) `key=value`, like the demo's facets. */
export function fleetFacets(models: readonly ModelSummary[]): FleetFacets {
  const teams = new Set<string>();
  const values = new Map<string, Set<string>>();
  for (const model of models) {
    teams.add(model.team);
    for (const [key, value] of Object.entries(model.tags)) {
      const seen = values.get(key) ?? new Set<string>();
      seen.add(value);
      values.set(key, seen);
    }
  }
  const tags = [...values].flatMap(([key, seen]) =>
    seen.size <= MAX_VALUES_PER_TAG ? [key, ...[...seen].map((value) => `${key}=${value}`)] : [key],
  );
  return { teams: [...teams].sort(), tags: tags.sort() };
}
