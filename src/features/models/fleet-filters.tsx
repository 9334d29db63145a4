import { useEffect, useState, type ReactNode } from 'react';
import { HEALTH_STATUSES, type HealthStatus } from '../../domain/health';
import type { FleetFacets, ModelQuery } from '../../domain/fleet';
import { MODEL_STAGES, type ModelStage } from '../../domain/model';
import { StatusIcon } from '../../ui/status-icon';
import { statusLabel } from '../../ui/status-badge';
import { STAGE_LABELS } from './fleet-columns';

export interface FleetFiltersProps {
  query: ModelQuery;
  facets: FleetFacets | undefined;
  /** What the registry's search matches, in words (Registry.searchMatches). */
  searchMatches: string;
  onChange: (change: Partial<ModelQuery>) => void;
}

const SEARCH_DEBOUNCE_MS = 250;

/** The Sightline REST contract's `search`: name, team, owner and tags. */
export const DEFAULT_SEARCH_MATCHES = 'name, team, owner or tag';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Search, health, team, stage and tag: each change asks the backend again from the first page. */
export function FleetFilters({ query, facets, searchMatches, onChange }: FleetFiltersProps): ReactNode {
  const [search, setSearch] = useState(query.search ?? '');
  const [syncedSearch, setSyncedSearch] = useState(query.search ?? '');

  // Follow the URL when it changes from outside (back button, pasted link).
  if ((query.search ?? '') !== syncedSearch) {
    setSyncedSearch(query.search ?? '');
    setSearch(query.search ?? '');
  }

  useEffect(() => {
    if (search === (query.search ?? '')) return;
    const timer = setTimeout(() => onChange({ search: search || undefined }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, query.search, onChange]);

  const toggleHealth = (status: HealthStatus): void => {
    const current = query.health ?? [];
    onChange({
      health: current.includes(status) ? current.filter((s) => s !== status) : [...current, status],
    });
  };

  return (
    <div className="fleet-toolbar" role="search" aria-label="Filter models">
      <label className="field">
        <span>Search</span>
        <input
          type="search"
          className="input"
          data-primary-search
          placeholder={`${capitalised(searchMatches)}  ( / )`}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      <div className="field">
        <span id="health-filter-label">Health</span>
        <div className="toggle-group" role="group" aria-labelledby="health-filter-label">
          {HEALTH_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              className="toggle"
              aria-pressed={query.health?.includes(status) ?? false}
              onClick={() => toggleHealth(status)}
            >
              <span className={`status--${status}`} style={{ background: 'none', display: 'inline-flex' }}>
                <StatusIcon status={status} />
              </span>
              {statusLabel(status)}
            </button>
          ))}
        </div>
      </div>
      <label className="field">
        <span>Team</span>
        <select
          className="select"
          value={query.teams?.[0] ?? ''}
          onChange={(event) => onChange({ teams: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">All teams</option>
          {facets?.teams.map((team) => (
            <option key={team} value={team}>
              {team}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Stage</span>
        <select
          className="select"
          value={query.stages?.[0] ?? ''}
          onChange={(event) =>
            onChange({ stages: event.target.value ? [event.target.value as ModelStage] : [] })
          }
        >
          <option value="">All stages</option>
          {MODEL_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Tag</span>
        <select
          className="select"
          value={query.tag ?? ''}
          onChange={(event) => onChange({ tag: event.target.value || undefined })}
        >
          <option value="">Any tag</option>
          {facets?.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
