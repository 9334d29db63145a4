import type { Alert, AlertInterval } from '../../../domain/alert';
import type { Point, Unit } from '../../../domain/series';
import type { ServingSignal } from '../../../sources/capabilities';
import { ALERT_INTERVALS, DEPLOYMENTS, SEED_END_MS } from '../../../../scripts/backends/story.mjs';

/**
 * Serving metrics and alerts, as domain objects, that the parity tests serve as the Sightline
 * contract and as Prometheus to check that both sources map them back to the same objects. The
 * deployment and the alert are the real backends' (scripts/backends/story.mjs), at its end.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const END = SEED_END_MS;

const PRODUCTION = DEPLOYMENTS.find((d) => d.deployment === 'dynamic-pricing-production');
if (!PRODUCTION) throw new Error('The real backends serve no dynamic-pricing-production.');

export const STEP_SECONDS = 60;
/** Ten minutes at one point a minute, ending where both stories end. */
export const SERIES_WINDOW = { from: END - 10 * MINUTE, to: END };

export const SERIES_UNITS: Record<ServingSignal, Unit> = {
  latency_p50: 'seconds',
  latency_p95: 'seconds',
  latency_p99: 'seconds',
  throughput: 'requests_per_second',
  error_rate: 'ratio',
};

export interface SeriesFacts {
  target: { model: string; deployment: string };
  signal: ServingSignal;
  /** Epoch ms, every STEP_SECONDS over SERIES_WINDOW; `null` where there is no data. */
  points: Point[];
}

const minutes = (values: (number | null)[]): Point[] =>
  values.map((v, i) => [SERIES_WINDOW.from + i * MINUTE, v]);

/** p95 latency and throughput of dynamic-pricing's production deployment; one scrape missed. */
export const SERIES_FACTS: readonly SeriesFacts[] = [
  {
    target: { model: PRODUCTION.model, deployment: PRODUCTION.deployment },
    signal: 'latency_p95',
    points: minutes([0.12, 0.12, 0.121, 0.119, null, 0.12, 0.118, 0.12, 0.122, 0.12, 0.12]),
  },
  {
    target: { model: PRODUCTION.model, deployment: PRODUCTION.deployment },
    signal: 'throughput',
    points: minutes([50, 49.5, 50.25, 50, null, 51, 50, 49.75, 50, 50.5, 50]),
  },
];

/** FeatureDriftHigh on churn-predictor: firing since 12 hours before the end, and still firing. */
const drift = ALERT_INTERVALS.drift;
const DRIFT_LABELS = {
  alertname: drift.name,
  model: 'churn-predictor',
  feature: 'tenure_months',
  severity: 'warning',
};

export const ALERT_FACTS: readonly Alert[] = [
  {
    id: 'FeatureDriftHigh/churn-predictor/tenure_months',
    name: drift.name,
    severity: 'warning',
    state: 'firing',
    summary: 'Drift of tenure_months on churn-predictor above 0.2',
    description: 'PSI of tenure_months has been above 0.2 for 30 minutes.',
    model: 'churn-predictor',
    startsAt: drift.from,
    labels: DRIFT_LABELS,
    url: 'http://alerts.example/FeatureDriftHigh',
    silencedBy: [],
  },
];

/** What fired over the window, as the incident timeline reads it. */
export const HISTORY_WINDOW = { from: END - DAY, to: END };
export const EVALUATION_SECONDS = 60;

export const HISTORY_FACTS: readonly AlertInterval[] = [
  { name: drift.name, severity: 'warning', model: 'churn-predictor', from: drift.from, labels: DRIFT_LABELS },
];
