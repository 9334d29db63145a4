// Writes the seeded week (story.mjs) as OpenMetrics text with a timestamp on
// every sample, for `promtool tsdb create-blocks-from openmetrics`.
import { closeSync, openSync, writeSync } from 'node:fs';
import {
  ALERT_SERIES,
  BUCKETS,
  DEPLOYMENTS,
  DRIFT_FEATURES,
  SCRAPE_SECONDS,
  SEED_END_MS,
  SEED_START_MS,
  STORY,
  inIncident,
  latencyCdf,
  latencyMean,
} from './story.mjs';

const INCIDENT_LATENCY_SCALE = 4;

function labelText(labels) {
  return Object.entries(labels)
    .map(([name, value]) => `${name}="${value}"`)
    .join(',');
}

function* times() {
  for (let t = SEED_START_MS; t <= SEED_END_MS; t += SCRAPE_SECONDS * 1000) yield t;
}

const ts = (t) => String(t / 1000);
/** Four decimals: exact enough for rates, and no float noise (300.00000000000006) in the file. */
const num = (x) => String(Number(x.toFixed(4)));

/** Cumulative counters of one deployment, advanced one scrape at a time. */
function* servingSamples(d) {
  const perScrape = d.rps * SCRAPE_SECONDS;
  const buckets = new Array(BUCKETS.length + 1).fill(0);
  let sum = 0;
  let ok = 0;
  let failed = 0;
  for (const t of times()) {
    const incident = d.incident && inIncident(t);
    const scale = incident ? INCIDENT_LATENCY_SCALE : 1;
    const errorRatio = incident ? STORY.incidentErrorRatio : STORY.normalErrorRatio;
    BUCKETS.forEach((le, i) => (buckets[i] += perScrape * latencyCdf(le, scale)));
    buckets[BUCKETS.length] += perScrape;
    sum += perScrape * latencyMean(scale);
    failed += perScrape * errorRatio;
    ok += perScrape * (1 - errorRatio);
    yield { t, buckets: [...buckets], count: buckets[BUCKETS.length], sum, ok, failed };
  }
}

export function writeOpenMetrics(file) {
  const fd = openSync(file, 'w');
  const write = (text) => writeSync(fd, text);
  try {
    write('# HELP model_request_duration_seconds Time to answer a prediction request.\n');
    write('# TYPE model_request_duration_seconds histogram\n');
    write('# UNIT model_request_duration_seconds seconds\n');
    for (const d of DEPLOYMENTS) {
      const base = labelText({ model: d.model, deployment: d.deployment, version: d.version });
      const lines = [];
      for (const s of servingSamples(d)) {
        BUCKETS.forEach((le, i) => {
          lines.push(
            `model_request_duration_seconds_bucket{${base},le="${le}"} ${num(s.buckets[i])} ${ts(s.t)}\n`,
          );
        });
        lines.push(`model_request_duration_seconds_bucket{${base},le="+Inf"} ${num(s.count)} ${ts(s.t)}\n`);
        lines.push(`model_request_duration_seconds_count{${base}} ${num(s.count)} ${ts(s.t)}\n`);
        lines.push(`model_request_duration_seconds_sum{${base}} ${num(s.sum)} ${ts(s.t)}\n`);
      }
      write(lines.join(''));
    }

    write('# HELP model_requests Prediction requests by HTTP status.\n# TYPE model_requests counter\n');
    for (const d of DEPLOYMENTS) {
      for (const code of ['200', '500']) {
        const base = labelText({ model: d.model, deployment: d.deployment, code });
        const lines = [];
        for (const s of servingSamples(d)) {
          lines.push(`model_requests_total{${base}} ${num(code === '200' ? s.ok : s.failed)} ${ts(s.t)}\n`);
        }
        write(lines.join(''));
      }
    }

    write('# HELP model_feature_drift_score Drift of a feature against its reference.\n');
    write('# TYPE model_feature_drift_score gauge\n');
    for (const f of DRIFT_FEATURES) {
      const base = labelText({ model: f.model, feature: f.feature });
      const lines = [];
      for (const t of times()) lines.push(`model_feature_drift_score{${base}} ${num(f.score(t))} ${ts(t)}\n`);
      write(lines.join(''));
    }

    write('# TYPE ALERTS gauge\n');
    for (const a of ALERT_SERIES) {
      const base = labelText(a.labels);
      const lines = [];
      for (const t of times()) if (a.active(t)) lines.push(`ALERTS{${base}} 1 ${ts(t)}\n`);
      write(lines.join(''));
    }
    write('# EOF\n');
  } finally {
    closeSync(fd);
  }
}
