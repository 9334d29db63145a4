import type { ExploreResult } from '../../domain/explore/explore-result';
import type { Explore, MetricNameList } from '../explore-capability';
import { isSourceError } from '../source-error';
import { exploreTemplates } from './explore-templates';
import { exploreInstantWire, exploreRangeWire, stringListWire } from './explore-schemas';
import { instantToExplore, matrixToExplore } from './explore-to-domain';
import type { PrometheusSettings } from './options';
import type { PrometheusClient } from './prometheus-client';

const PURPOSE = { label: 'Explore' };
const seconds = (ms: number): string => String(ms / 1000);

/** `match[]={__name__="x"}`: metadata of one metric's series only. */
function matchMetric(metric: string | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (metric) params.set('match[]', `{__name__=${JSON.stringify(metric)}}`);
  return params;
}

/**
 * Explore against the Prometheus HTTP API: `query_range`, `query`, `labels` and `label/…/values`.
 * Prometheus's refusals keep its own words (with the position of a syntax error); a query that
 * runs out of time says how to make it cheaper.
 */
export function createPrometheusExplore(client: PrometheusClient, settings: PrometheusSettings): Explore {
  async function guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw explainExploreError(error, client.name);
    }
  }

  return {
    rangeQuery: (expr, window, stepSeconds, abort) =>
      guard(async (): Promise<ExploreResult> => {
        const params = new URLSearchParams({
          query: expr,
          start: seconds(window.from),
          end: seconds(window.to),
          step: String(stepSeconds),
        });
        const body = await client.ask('/api/v1/query_range', exploreRangeWire, abort, params, PURPOSE);
        return matrixToExplore(body.data.result, stepSeconds, body.warnings);
      }),
    instantQuery: (expr, timeMs, abort) =>
      guard(async (): Promise<ExploreResult> => {
        const params = new URLSearchParams({ query: expr, time: seconds(timeMs) });
        const body = await client.ask('/api/v1/query', exploreInstantWire, abort, params, PURPOSE);
        return instantToExplore(body.data, body.warnings);
      }),
    async metricNames(limit, abort): Promise<MetricNameList> {
      // `limit` (Prometheus ≥ 2.51) keeps a huge list off the wire; older servers ignore it, so cut here too.
      const params = new URLSearchParams({ limit: String(limit + 1) });
      try {
        const body = await client.ask('/api/v1/label/__name__/values', stringListWire, abort, params);
        return { names: body.data.slice(0, limit), truncated: body.data.length > limit };
      } catch (error) {
        if (isSourceError(error) && error.kind === 'http' && (error.status === 404 || error.status === 405))
          return {
            names: [],
            truncated: false,
            unavailable: `${client.name} lists no metric names (its /api/v1/label/__name__/values answered ${error.status}): completion offers functions and keywords only.`,
          };
        throw error;
      }
    },
    labelNames: async (abort, metric) =>
      (await client.ask('/api/v1/labels', stringListWire, abort, matchMetric(metric))).data,
    labelValues: async (label, abort, metric) =>
      (
        await client.ask(
          `/api/v1/label/${encodeURIComponent(label)}/values`,
          stringListWire,
          abort,
          matchMetric(metric),
        )
      ).data,
    templates: (model) => Promise.resolve(exploreTemplates(settings, model)),
  };
}

/** What to do about a query that failed, in the words of the panel that shows it. */
export function explainExploreError(error: unknown, name: string): unknown {
  if (!isSourceError(error)) return error;
  if (error.kind === 'timeout' || (error.kind === 'http' && /timed? ?out|timeout/i.test(error.message)))
    return error.with({
      kind: 'timeout',
      message: `${name} ran out of time on this query.`,
      hint: 'Make it cheaper: a shorter range, a larger step, or fewer series (add a label matcher such as {model="…"}).',
    });
  if (error.kind === 'query' && /parse error|unexpected|syntax/i.test(error.message))
    return error.with({ hint: 'Fix the expression where it is marked, then run it again.' });
  return error;
}
