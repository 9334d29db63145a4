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
export const TIME_TO_DEPLOY_PATH = '/delivery';
export const REPORTS_PATH = '/reports';

/** A report's link: the model (absent for the whole portfolio) and the period reproduce it. */
export function reportPath(options: { model?: string; period?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.model) params.set('model', options.model);
  if (options.period) params.set('period', options.period);
  const query = params.toString();
  return query ? `${REPORTS_PATH}?${query}` : REPORTS_PATH;
}

export function evidencePackPath(id: string): string {
  return `${REPORTS_PATH}/evidence/${encodeURIComponent(id)}`;
}

export const PIPELINES_PATH = '/pipelines';

/** A pipeline's run page; `step` selects a node, `run` defaults to the latest. */
export function pipelinePath(id: string, view: { step?: string; run?: string } = {}): string {
  const query = new URLSearchParams();
  if (view.run && view.run !== 'latest') query.set('run', view.run);
  if (view.step) query.set('step', view.step);
  const search = query.toString();
  return `${PIPELINES_PATH}/${encodeURIComponent(id)}${search ? `?${search}` : ''}`;
}

export function datasetPath(name: string): string {
  return `/datasets/${encodeURIComponent(name)}`;
}
