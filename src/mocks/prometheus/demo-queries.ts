import type { MetricsTarget, ServingSignal } from '../../sources/capabilities';
import { parsePrometheusOptions } from '../../sources/prometheus/options';
import { servingQuery } from '../../sources/prometheus/queries';
import { DEMO_SCRAPE_SECONDS } from './demo-series';

const parsed = parsePrometheusOptions({ scrapeIntervalSeconds: DEMO_SCRAPE_SECONDS });
if (!parsed.ok) throw new Error(parsed.message);
const settings = parsed.settings;

/**
 * The PromQL behind a demo chart, as the demo's Prometheus (`/__demo/prometheus`) answers it: the
 * REST demo sends it with each series, so "Open in Explore" starts from the chart's own query.
 */
export function demoServingQuery(target: MetricsTarget, signal: ServingSignal, stepSeconds: number): string {
  return servingQuery(settings, target, signal, stepSeconds).query;
}
