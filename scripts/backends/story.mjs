// The seeded week the real Prometheus serves in tests: deterministic, and
// known to the tests as numbers a user would read off a chart.
//
// - dynamic-pricing (production v13, 50 req/s; canary v14, 5 req/s): p95
//   latency 0.12 s, 0.5 % errors; during INCIDENT (one hour) production
//   latencies are ×4 (p95 ≈ 0.5 s) and 15 % of requests fail. The
//   ModelLatencyHigh rule is pending for 4 minutes, then fires until the end
//   of the incident; ModelErrorRateHigh fires for 40 minutes inside it.
// - churn-predictor (production v7, 20 req/s): healthy serving; drift of
//   tenure_months and monthly_charges rises over the last 3 days, and
//   FeatureDriftHigh fires for the last 12 hours (still firing at the end).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The last sample: the tests query at (never after) this time. 2026-11-27 12:00 UTC. */
export const SEED_END_MS = Date.UTC(2026, 10, 27, 12, 0, 0);
export const SEED_START_MS = SEED_END_MS - 7 * DAY;
/** One sample a minute, like a 60 s scrape and rule evaluation interval. */
export const SCRAPE_SECONDS = 60;

/** Production latency ×4 and 15 % errors for samples in (from, to]. */
export const INCIDENT = { from: Date.UTC(2026, 10, 26, 14, 0, 0), to: Date.UTC(2026, 10, 26, 15, 0, 0) };

export const STORY = {
  /** p95 of the normal latency distribution, as histogram_quantile reads it from the buckets. */
  normalP95Seconds: 0.12,
  /** p95 during the incident: the distribution ×4, read from the same buckets. */
  incidentP95Seconds: 0.49925,
  normalErrorRatio: 0.005,
  incidentErrorRatio: 0.15,
  productionRps: 50,
  canaryRps: 5,
  churnRps: 20,
  driftRiseFrom: SEED_END_MS - 3 * DAY,
  /** tenure_months: 0.04 until driftRiseFrom, then linearly to 0.32 at the end. */
  tenureDrift: { before: 0.04, end: 0.32 },
  monthlyChargesDrift: { before: 0.03, end: 0.21 },
  contractTypeDrift: 0.02,
};

/** The firing intervals the ALERTS series hold, as a user would read them on a timeline. */
export const ALERT_INTERVALS = {
  latency: { name: 'ModelLatencyHigh', from: INCIDENT.from + 5 * MINUTE, to: INCIDENT.to },
  errors: { name: 'ModelErrorRateHigh', from: INCIDENT.from + 10 * MINUTE, to: INCIDENT.from + 50 * MINUTE },
  drift: { name: 'FeatureDriftHigh', from: SEED_END_MS - 12 * HOUR, to: undefined },
};

export const BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/**
 * The normal latency CDF at the bucket bounds (linear in between): p50 ≈ 0.059 s,
 * p95 = 0.12 s, p99 ≈ 0.37 s. Scaling latencies by k gives F(x / k).
 */
const CDF_KNOTS = [
  [0, 0],
  [0.025, 0.1],
  [0.05, 0.4],
  [0.1, 0.945],
  [0.25, 0.9825],
  [0.5, 0.998],
  [1, 0.9995],
  [2.5, 1],
];

export function latencyCdf(x, scale = 1) {
  const v = x / scale;
  for (let i = 1; i < CDF_KNOTS.length; i++) {
    const [x1, y1] = CDF_KNOTS[i];
    if (v <= x1) {
      const [x0, y0] = CDF_KNOTS[i - 1];
      return y0 + ((y1 - y0) * (v - x0)) / (x1 - x0);
    }
  }
  return 1;
}

/** Mean latency of the piecewise-uniform distribution, for `_sum`. */
export function latencyMean(scale = 1) {
  let mean = 0;
  for (let i = 1; i < CDF_KNOTS.length; i++) {
    const [x0, y0] = CDF_KNOTS[i - 1];
    const [x1, y1] = CDF_KNOTS[i];
    mean += (y1 - y0) * ((x0 + x1) / 2);
  }
  return mean * scale;
}

export const inIncident = (t) => t > INCIDENT.from && t <= INCIDENT.to;

export const DEPLOYMENTS = [
  {
    model: 'dynamic-pricing',
    deployment: 'dynamic-pricing-production',
    version: '13',
    rps: STORY.productionRps,
    incident: true,
  },
  {
    model: 'dynamic-pricing',
    deployment: 'dynamic-pricing-canary',
    version: '14',
    rps: STORY.canaryRps,
    incident: false,
  },
  {
    model: 'churn-predictor',
    deployment: 'churn-predictor-production',
    version: '7',
    rps: STORY.churnRps,
    incident: false,
  },
];

function rising({ before, end }) {
  return (t) =>
    t <= STORY.driftRiseFrom
      ? before
      : before + ((end - before) * (t - STORY.driftRiseFrom)) / (SEED_END_MS - STORY.driftRiseFrom);
}

export const DRIFT_FEATURES = [
  { model: 'churn-predictor', feature: 'tenure_months', score: rising(STORY.tenureDrift) },
  { model: 'churn-predictor', feature: 'monthly_charges', score: rising(STORY.monthlyChargesDrift) },
  { model: 'churn-predictor', feature: 'contract_type', score: () => STORY.contractTypeDrift },
  { model: 'dynamic-pricing', feature: 'competitor_price', score: () => 0.03 },
  { model: 'dynamic-pricing', feature: 'demand_index', score: () => 0.01 },
];

const between = (from, to) => (t) => t >= from && t <= to;

/** ALERTS series as Prometheus's rule evaluator writes them: 1 at each evaluation while pending or firing. */
export const ALERT_SERIES = [
  {
    labels: {
      alertname: 'ModelLatencyHigh',
      alertstate: 'pending',
      model: 'dynamic-pricing',
      deployment: 'dynamic-pricing-production',
      severity: 'critical',
    },
    active: between(INCIDENT.from + MINUTE, INCIDENT.from + 4 * MINUTE),
  },
  {
    labels: {
      alertname: 'ModelLatencyHigh',
      alertstate: 'firing',
      model: 'dynamic-pricing',
      deployment: 'dynamic-pricing-production',
      severity: 'critical',
    },
    active: between(ALERT_INTERVALS.latency.from, ALERT_INTERVALS.latency.to - MINUTE),
  },
  {
    labels: {
      alertname: 'ModelErrorRateHigh',
      alertstate: 'firing',
      model: 'dynamic-pricing',
      deployment: 'dynamic-pricing-production',
      severity: 'warning',
    },
    active: between(ALERT_INTERVALS.errors.from, ALERT_INTERVALS.errors.to - MINUTE),
  },
  {
    labels: {
      alertname: 'FeatureDriftHigh',
      alertstate: 'firing',
      model: 'churn-predictor',
      feature: 'tenure_months',
      severity: 'warning',
    },
    active: between(ALERT_INTERVALS.drift.from, SEED_END_MS),
  },
];
