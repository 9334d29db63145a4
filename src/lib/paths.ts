export const MODELS_PATH = '/models';

export function modelPath(name: string, tab?: string): string {
  const base = `${MODELS_PATH}/${encodeURIComponent(name)}`;
  return tab ? `${base}/${tab}` : base;
}

export const CONNECTIONS_PATH = '/settings/connections';

/** Keeps the global time range when following an in-app link. */
export function withRange(path: string, params: URLSearchParams): string {
  const range = params.get('range');
  if (!range) return path;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}range=${encodeURIComponent(range)}`;
}

export const INCIDENTS_PATH = '/incidents';

export function incidentPath(id: string): string {
  return `${INCIDENTS_PATH}/${encodeURIComponent(id)}`;
}

export const EXPLORE_PATH = '/explore';
