import type { DemoFleet } from '../fleet/fleet';
import { noise, serviceProfile } from '../operations/service-profile';
import { servingValue } from '../operations/serving-series';
import type { SeriesStore, StoredSeries } from './promql-eval';
import type { Matcher } from './promql-parse';

/** Histogram buckets of `model_request_duration_seconds`, as a client library's defaults. */
export const LATENCY_BUCKETS = [
  '0.005',
  '0.01',
  '0.025',
  '0.05',
  '0.1',
  '0.25',
  '0.5',
  '1',
  '2.5',
  '5',
  '+Inf',
];
/** The demo scrapes every 15 s. */
export const DEMO_SCRAPE_SECONDS = 15;
/** Models the demo's Prometheus holds: a real one keeps what it scrapes, not a 10,000-model fleet. */
const MAX_MODELS = 200;
/** Counters start this long before the story's clock (their value is what a scrape would read). */
const COUNTER_START_MS = 30 * 86_400_000;
const CODES: [code: string, share: (errorRate: number) => number][] = [
  ['200', (e) => 1 - e],
  ['500', (e) => e * 0.6],
  ['503', (e) => e * 0.4],
];

export interface MetricHelp {
  type: 'counter' | 'gauge' | 'histogram';
  help: string;
}

export const DEMO_METRICS: Record<string, MetricHelp> = {
  model_request_duration_seconds: { type: 'histogram', help: 'Time to answer a prediction request.' },
  model_requests_total: { type: 'counter', help: 'Prediction requests answered, by HTTP status code.' },
  model_feature_drift_score: {
    type: 'gauge',
    help: 'PSI of a feature’s live distribution against its reference.',
  },
  up: { type: 'gauge', help: 'Whether the last scrape of the target succeeded.' },
};

/** Φ, the standard normal CDF (Abramowitz & Stegun 26.2.17, error < 7.5e-8). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return x > 0 ? 1 - p : p;
}

const matches = (labels: Record<string, string>, m: Matcher): boolean => {
  const value = labels[m.name] ?? '';
  switch (m.op) {
    case '=':
      return value === m.value;
    case '!=':
      return value !== m.value;
    case '=~':
      return new RegExp(`^(?:${m.value})$`).test(value);
    case '!~':
      return !new RegExp(`^(?:${m.value})$`).test(value);
  }
};

/**
 * The demo fleet's serving as Prometheus would have scraped it, in Sightline's metric names
 * (the `sightline` preset): a latency histogram and a request counter per deployment (from the
 * same curves as the REST demo's serving charts, incidents included), a drift gauge per
 * feature, and `up`. Values are computed at the instant asked, so any step costs the same.
 */
export function createDemoSeriesStore(fleet: DemoFleet): SeriesStore & { all(): StoredSeries[] } {
  const { seed, now } = fleet.options;
  let series: StoredSeries[] | undefined;

  function build(): StoredSeries[] {
    const out: StoredSeries[] = [];
    for (const plan of fleet.plans().slice(0, MAX_MODELS)) {
      const model = plan.model.name;
      const profile = serviceProfile(plan, seed);
      const until = (): number => Math.max(now, Date.now());
      for (const d of fleet.deployments(model) ?? []) {
        const share = d.environment === 'shadow' ? 1 : d.trafficPercent / 100;
        if (share <= 0) continue;
        const base = { model, deployment: d.id, version: d.version };
        const at = (signal: Parameters<typeof servingValue>[3], t: number): number | null =>
          t < now - COUNTER_START_MS ? null : servingValue(profile, d.id, seed, signal, t, now, until());
        const throughput = (t: number): number | null => {
          const v = at('throughput', t);
          return v === null ? null : v * share;
        };
        const counter = (
          labels: Record<string, string>,
          rate: (t: number) => number | null,
        ): StoredSeries => ({
          labels,
          rateAt: rate,
          valueAt: (t) => {
            const r = rate(t);
            return r === null ? null : Math.round(r * ((t - (now - COUNTER_START_MS)) / 1000));
          },
        });
        for (const le of LATENCY_BUCKETS) {
          const bound = le === '+Inf' ? Infinity : Number(le);
          out.push(
            counter({ __name__: 'model_request_duration_seconds_bucket', ...base, le }, (t) => {
              const tp = throughput(t);
              const p50 = at('latency_p50', t);
              const p95 = at('latency_p95', t);
              if (tp === null || p50 === null || p95 === null) return null;
              // Log-normal through p50 and p95: σ = ln(p95 / p50) / z(0.95).
              const sigma = Math.max(0.05, Math.log(p95 / p50) / 1.6449);
              return bound === Infinity ? tp : tp * normalCdf((Math.log(bound) - Math.log(p50)) / sigma);
            }),
          );
        }
        out.push(counter({ __name__: 'model_request_duration_seconds_count', ...base }, throughput));
        for (const [code, share] of CODES) {
          out.push(
            counter({ __name__: 'model_requests_total', ...base, code }, (t) => {
              const tp = throughput(t);
              const errors = at('error_rate', t);
              return tp === null || errors === null ? null : tp * share(Math.min(1, errors));
            }),
          );
        }
        out.push({
          labels: { __name__: 'up', job: 'model-serving', instance: `${d.id}:8080`, model, deployment: d.id },
          valueAt: (t) => (t > until() || t < now - COUNTER_START_MS ? null : 1),
        });
      }
      const drifted = plan.model.drift?.topFeatures ?? [];
      for (const feature of plan.features) {
        const worst = drifted.indexOf(feature);
        out.push({
          labels: { __name__: 'model_feature_drift_score', model, feature },
          valueAt: (t) => {
            if (t > until() || t < now - COUNTER_START_MS) return null;
            const hour = Math.floor(t / 3_600_000);
            const baseline = 0.03 + 0.03 * Math.abs(noise(seed, `drift|${model}|${feature}`, 0));
            const wiggle = 0.01 * noise(seed, `drift|${model}|${feature}`, hour);
            // A drifted feature climbs over the last three days to well past PSI 0.2.
            const ramp =
              worst === -1 ? 0 : Math.max(0, 1 - (now - t) / (3 * 86_400_000)) * (0.35 - 0.05 * worst);
            return Math.max(0, baseline + wiggle + ramp);
          },
        });
      }
    }
    return out;
  }

  const all = (): StoredSeries[] => (series ??= build());
  return {
    scrapeIntervalSeconds: DEMO_SCRAPE_SECONDS,
    all,
    select: (matchers) => all().filter((s) => matchers.every((m) => matches(s.labels, m))),
  };
}
