import type { FleetFacets } from '../../domain/fleet';
import type { ModelSummary } from '../../domain/model';

/** The values the fleet filters offer: teams, and every tag as `key` and as `key=value`. */
export function fleetFacets(models: readonly ModelSummary[]): FleetFacets {
  const teams = new Set<string>();
  const tags = new Set<string>();
  for (const model of models) {
    teams.add(model.team);
    for (const [key, value] of Object.entries(model.tags)) {
      tags.add(key);
      tags.add(`${key}=${value}`);
    }
  }
  return { teams: [...teams].sort(), tags: [...tags].sort() };
}
