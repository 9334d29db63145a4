import { useEffect, useState, type ReactNode } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ModelQuery } from '../../domain/fleet';
import { MODELS_PATH, modelPath, withRange } from '../../lib/paths';
import { registryKeys } from '../../lib/query-keys';
import { useCapability } from '../../lib/sources-context';
import { statusLabel } from '../../ui/status-badge';
import { Combobox, type ComboboxOption } from '../../ui/combobox';

/** Long enough that a word typed at speed asks once; short enough to feel immediate. */
const SUGGEST_DEBOUNCE_MS = 200;
const SUGGESTION_LIMIT = 8;

function suggestionQuery(search: string): ModelQuery {
  return { search, sort: { field: 'name', direction: 'asc' }, limit: SUGGESTION_LIMIT };
}

/** The registry's own search, a moment after typing stops; nothing when no connection answers it. */
function useModelSuggestions(text: string): { options: ComboboxOption[]; status?: string } {
  const registry = useCapability('registry');
  const [search, setSearch] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), SUGGEST_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const query = suggestionQuery(search);
  const result = useQuery({
    queryKey: registryKeys.models(registry.ok ? registry.source.cacheKey : 'none', query),
    queryFn: ({ signal }) => {
      if (!registry.ok) throw new Error(registry.reason);
      return registry.capability.listModels(query, signal);
    },
    enabled: registry.ok && search !== '',
    placeholderData: keepPreviousData,
    retry: false,
  });
  if (!registry.ok) return { options: [], status: 'No registry connection: press Enter to search the list' };
  const options = (result.data?.items ?? []).map((model) => ({
    id: model.name,
    label: model.name,
    detail: [model.team, model.stage, statusLabel(model.health.status)].join(' · '),
  }));
  if (options.length > 0) return { options };
  if (result.isError)
    return { options, status: `${registry.source.name} did not answer: press Enter to search` };
  if (result.isFetching || search !== text.trim()) return { options, status: 'Searching…' };
  return { options, status: `No model matches “${text.trim()}”` };
}

/**
 * Find any model from anywhere: suggestions from the registry as the user types, Enter on one
 * opens that model, Enter on the text opens the fleet filtered by it. Not shown on the fleet
 * itself, whose own search box does the same job in place, so that page has one search.
 */
export function GlobalSearch(): ReactNode {
  const { pathname } = useLocation();
  if (pathname === MODELS_PATH) return null;
  return <ModelSearchBox />;
}

function ModelSearchBox(): ReactNode {
  const [text, setText] = useState('');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { options, status } = useModelSuggestions(text);
  const go = (path: string): void => {
    setText('');
    void navigate(withRange(path, params));
  };
  return (
    <div role="search" className="global-search">
      <Combobox
        inputId="global-search"
        inputData={{ 'data-global-search': true }}
        label="Find a model"
        placeholder="Find a model  ( / )"
        value={text}
        onValueChange={setText}
        options={options}
        status={status}
        onPick={(option) => go(modelPath(option.id))}
        onSubmit={(q) => go(q ? `${MODELS_PATH}?q=${encodeURIComponent(q)}` : MODELS_PATH)}
      />
    </div>
  );
}
