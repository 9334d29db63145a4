import type { RelativeRange, TimeRangeSpec } from '../time-range';

/**
 * What Explore shows, all of it in the URL so a link reproduces it. The layout follows
 * Grafana Explore's (`/explore?schemaVersion=1&panes={"a":{"datasource":…,"queries":[{"refId":"A",
 * "expr":…}],"range":{"from":"now-1h","to":"now"}}}`), so moving a link between Grafana and
 * Sightline is a change of host (and of the data source's id).
 * https://grafana.com/docs/grafana/latest/explore/get-started-with-explore/#share-explore-urls
 */
export interface ExploreQuery {
  refId: string;
  expr: string;
  /** An instant query (one value a series) rather than a range query. */
  instant: boolean;
  /** A step chosen by the user, in seconds (Grafana's `interval`); absent: from the chart's width. */
  stepSeconds?: number;
}

export interface ExplorePane {
  /** The connection's id (Grafana: the data source's uid); absent: whichever answers Explore. */
  datasource?: string;
  /**
   * The pane asks for logs in LogQL rather than metrics in PromQL. On the wire each query names
   * its data source's type, as Grafana's do (`"datasource":{"type":"loki"}`).
   */
  logs?: boolean;
  queries: ExploreQuery[];
}

export interface ExploreState {
  /** One pane, or two side by side (split view). */
  panes: ExplorePane[];
  range: TimeRangeSpec;
}

export const EXPLORE_SCHEMA_VERSION = 1;
export const MAX_PANES = 2;
const PANE_KEYS = ['a', 'b'] as const;

/** Grafana's type name for a Loki data source, which marks a pane of logs. */
const LOKI_TYPE = 'loki';

export const emptyQuery = (refId = 'A'): ExploreQuery => ({ refId, expr: '', instant: false });

export function defaultExploreState(range: TimeRangeSpec): ExploreState {
  return { panes: [{ queries: [emptyQuery()] }], range };
}

/** Grafana's relative forms for our ranges; `now-1d` is Grafana's own spelling of 24 h. */
const RELATIVE_FROM: Record<string, RelativeRange> = {
  'now-1h': '1h',
  'now-60m': '1h',
  'now-24h': '24h',
  'now-1d': '24h',
  'now-7d': '7d',
  'now-30d': '30d',
};

export function rangeToWire(range: TimeRangeSpec): { from: string; to: string } {
  return range.kind === 'relative'
    ? { from: `now-${range.range}`, to: 'now' }
    : { from: String(range.from), to: String(range.to) };
}

export function rangeFromWire(value: unknown): TimeRangeSpec | undefined {
  if (!isRecord(value)) return undefined;
  const { from, to } = value;
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  const relative = RELATIVE_FROM[from];
  if (relative && to === 'now') return { kind: 'relative', range: relative };
  const fromMs = /^\d{10,14}$/.test(from) ? Number(from) : Date.parse(from);
  const toMs = /^\d{10,14}$/.test(to) ? Number(to) : Date.parse(to);
  if (Number.isFinite(fromMs) && Number.isFinite(toMs) && fromMs < toMs)
    return { kind: 'absolute', from: fromMs, to: toMs };
  return undefined;
}

/** Grafana writes a minimum step as `interval: "60s"` (also `1m`, `1h`). */
function stepFromWire(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value.trim());
  if (!match) return undefined;
  const factor = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
  const seconds = Number(match[1]) * factor;
  return seconds > 0 ? seconds : undefined;
}

function queryFromWire(value: unknown, index: number): ExploreQuery | undefined {
  if (!isRecord(value)) return undefined;
  const refId =
    typeof value.refId === 'string' && value.refId ? value.refId : String.fromCharCode(65 + index);
  const expr = typeof value.expr === 'string' ? value.expr : '';
  // Grafana sends `instant: true, range: false` for an instant query (both may be true: we draw the range).
  const instant = value.instant === true && value.range !== true;
  const stepSeconds = stepFromWire(value.interval);
  return stepSeconds === undefined ? { refId, expr, instant } : { refId, expr, instant, stepSeconds };
}

function paneFromWire(value: unknown): ExplorePane | undefined {
  if (!isRecord(value)) return undefined;
  const datasource =
    typeof value.datasource === 'string'
      ? value.datasource
      : isRecord(value.datasource) && typeof value.datasource.uid === 'string'
        ? value.datasource.uid
        : undefined;
  const raw = Array.isArray(value.queries) ? value.queries : [];
  const queries = raw.map(queryFromWire).filter((q): q is ExploreQuery => q !== undefined);
  const pane: ExplorePane = { queries: queries.length > 0 ? queries : [emptyQuery()] };
  if (datasource) pane.datasource = datasource;
  if (raw.some((q) => isRecord(q) && isRecord(q.datasource) && q.datasource.type === LOKI_TYPE))
    pane.logs = true;
  return pane;
}

export interface ParsedExplore {
  state: ExploreState;
  /** Why part of the link was not understood, in words for the page. */
  problem?: string;
}

/**
 * Reads Explore's state from the URL's search params. `fallbackRange` (the global time range)
 * applies when no pane names one; a `panes` that is not JSON leaves a fresh Explore and says so.
 */
export function parseExploreParams(params: URLSearchParams, fallbackRange: TimeRangeSpec): ParsedExplore {
  const raw = params.get('panes');
  if (!raw) return { state: defaultExploreState(fallbackRange) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      state: defaultExploreState(fallbackRange),
      problem: 'The link’s "panes" is not valid JSON, so Explore starts empty.',
    };
  }
  if (!isRecord(parsed))
    return { state: defaultExploreState(fallbackRange), problem: 'The link’s "panes" holds no pane.' };
  const values = Object.values(parsed);
  const panes = values
    .slice(0, MAX_PANES)
    .map(paneFromWire)
    .filter((p): p is ExplorePane => p !== undefined);
  const range =
    values.map((v) => (isRecord(v) ? rangeFromWire(v.range) : undefined)).find((r) => r !== undefined) ??
    fallbackRange;
  return {
    state: { panes: panes.length > 0 ? panes : [{ queries: [emptyQuery()] }], range },
    problem:
      values.length > MAX_PANES
        ? `Explore shows ${MAX_PANES} panes; the link had ${values.length}.`
        : undefined,
  };
}

function queryToWire(query: ExploreQuery, pane: ExplorePane): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    refId: query.refId,
    expr: query.expr,
    range: !query.instant,
    instant: query.instant,
  };
  if (query.stepSeconds !== undefined) wire.interval = `${query.stepSeconds}s`;
  if (pane.logs) {
    wire.datasource = { type: LOKI_TYPE, ...(pane.datasource ? { uid: pane.datasource } : {}) };
    wire.queryType = 'range';
  }
  return wire;
}

/** The `panes` JSON: one key per pane, each with the shared range (Grafana keeps one per pane). */
export function panesToWire(state: ExploreState): Record<string, unknown> {
  const range = rangeToWire(state.range);
  return Object.fromEntries(
    state.panes.slice(0, MAX_PANES).map((pane, i): [string, unknown] => [
      PANE_KEYS[i] ?? `p${i}`,
      {
        ...(pane.datasource ? { datasource: pane.datasource } : {}),
        queries: pane.queries.map((q) => queryToWire(q, pane)),
        range,
      },
    ]),
  );
}

/** Writes the state into `params` (keeping any others, such as the global `range`). */
export function writeExploreParams(state: ExploreState, params = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('schemaVersion', String(EXPLORE_SCHEMA_VERSION));
  next.set('panes', JSON.stringify(panesToWire(state)));
  return next;
}

/**
 * A link to Explore with a chart's queries over its range: what "Open in Explore" opens. `model`
 * names the model in context, for the templates.
 */
export function exploreHref(
  exprs: readonly string[],
  range: TimeRangeSpec,
  options: { datasource?: string; model?: string } = {},
  path = '/explore',
): string {
  const pane: ExplorePane = {
    queries: (exprs.length > 0 ? exprs : ['']).map((expr, i) => ({
      refId: String.fromCharCode(65 + i),
      expr,
      instant: false,
    })),
  };
  if (options.datasource) pane.datasource = options.datasource;
  const params = writeExploreParams({ panes: [pane], range });
  if (options.model) params.set('model', options.model);
  return `${path}?${params.toString()}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
