import type { DemoFleet } from '../fleet/fleet';
import { noise, serviceProfile } from '../operations/service-profile';
import { servingValue } from '../operations/serving-series';

/** A log line the demo's Loki holds: its stream's labels, its time (ms) and nanoseconds, the text. */
export interface StoredLine {
  labels: Record<string, string>;
  t: number;
  ns: string;
  line: string;
}

export interface LogStream {
  labels: Record<string, string>;
  /** The stream's lines in one minute (starting at `minute`, epoch ms), oldest first. */
  linesIn(minute: number): StoredLine[];
  /** How many lines that minute holds, without writing them. */
  countIn(minute: number): number;
}

const MINUTE = 60_000;
/** Models whose serving logs the demo keeps: a real Loki keeps what is shipped to it. */
const MAX_MODELS = 20;
/** How far back the demo's logs reach. */
export const LOG_RETENTION_MS = 30 * 86_400_000;

const LEVELS = ['info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The demo fleet's serving logs, as a Loki fed by its pods would hold them: one stream per
 * deployment and level (`{app="model-serving", model, deployment, version, level}`), lines in
 * logfmt. Their counts follow the same curves as the demo's serving metrics: errors rise with the
 * error rate (the latency incident's hour is loud), slow requests warn when p95 is high. Lines are
 * made for the minute asked, so any range costs what it reads.
 */
export function createDemoLogStore(fleet: DemoFleet): { streams(): LogStream[]; now: number } {
  const { seed, now } = fleet.options;
  let streams: LogStream[] | undefined;
  function build(): LogStream[] {
    const out: LogStream[] = [];
    for (const plan of fleet.plans().slice(0, MAX_MODELS)) {
      const model = plan.model.name;
      const profile = serviceProfile(plan, seed);
      for (const d of fleet.deployments(model) ?? []) {
        if (d.environment !== 'shadow' && d.trafficPercent <= 0) continue;
        const at = (signal: Parameters<typeof servingValue>[3], t: number): number =>
          servingValue(profile, d.id, seed, signal, t, now, Math.max(now, Date.now())) ?? 0;
        for (const level of LEVELS) {
          const labels = { app: 'model-serving', model, deployment: d.id, version: d.version, level };
          const key = `${model}|${d.id}|${level}`;
          const countIn = (minute: number): number =>
            minute < now - LOG_RETENTION_MS || minute > Math.max(now, Date.now())
              ? 0
              : linesPerMinute(level, at, minute, noise(seed, key, minute / MINUTE));
          out.push({
            labels,
            countIn,
            linesIn: (minute) => {
              const count = countIn(minute);
              const lines: StoredLine[] = [];
              for (let i = 0; i < count; i++) {
                const h = hash(`${key}|${minute}|${i}`);
                const offsetMs = Math.floor(((i + (h % 1000) / 1000) / count) * MINUTE);
                const t = minute + offsetMs;
                lines.push({
                  labels,
                  t,
                  ns: `${t}${String(h % 1_000_000).padStart(6, '0')}`,
                  line: text(level, d.version, h, at, t),
                });
              }
              return lines;
            },
          });
        }
      }
    }
    return out;
  }
  return { streams: () => (streams ??= build()), now };
}

function linesPerMinute(
  level: Level,
  at: (signal: 'throughput' | 'error_rate' | 'latency_p95', t: number) => number,
  t: number,
  wiggle: number,
): number {
  if (level === 'info') return Math.max(1, Math.round(3 + 2 * wiggle));
  if (level === 'warn') return at('latency_p95', t) > 0.5 ? 2 : wiggle > 0.8 ? 1 : 0;
  // Errors: one line per twenty failed requests (sampled logging), more in the incident's hour.
  const failedPerMinute = at('throughput', t) * at('error_rate', t) * 60;
  return Math.round(failedPerMinute / 20 + (at('error_rate', t) > 0.05 ? 1 : 0));
}

function text(
  level: Level,
  version: string,
  h: number,
  at: (signal: 'latency_p50' | 'latency_p95', t: number) => number,
  t: number,
): string {
  const request = (h % 0xffffff).toString(16).padStart(6, '0');
  if (level === 'error') {
    const cause = h % 3 === 0 ? 'model worker out of memory' : 'feature store timeout after 2000ms';
    return `level=error msg="prediction failed" version=${version} status=${h % 2 ? 503 : 500} error="${cause}" request_id=${request}`;
  }
  if (level === 'warn')
    return `level=warn msg="slow prediction" version=${version} latency_ms=${Math.round(at('latency_p95', t) * 1000)} request_id=${request}`;
  return `level=info msg="prediction served" version=${version} latency_ms=${Math.round(at('latency_p50', t) * 1000)} status=200 request_id=${request}`;
}
