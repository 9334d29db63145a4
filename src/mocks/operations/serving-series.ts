import type { Point } from '../../domain/series';
import type { ServingSignal } from '../../sources/capabilities';
import { HOUR, MINUTE } from '../fleet/time';
import { noise, type ServiceProfile } from './service-profile';

export interface SeriesWindow {
  /** Epoch ms, aligned to the step. */
  start: number;
  end: number;
  stepMs: number;
}

const DAY_MS = 24 * HOUR;

/** Daily traffic shape: a trough at night, a peak in the afternoon (local to UTC, for simplicity). */
function dailyLoad(t: number): number {
  const hour = ((t % DAY_MS) / HOUR + 24) % 24;
  return 1 + 0.4 * Math.sin(((hour - 9) / 24) * 2 * Math.PI);
}

const QUANTILE_FACTOR: Record<'latency_p50' | 'latency_p95' | 'latency_p99', number> = {
  latency_p50: 1,
  latency_p95: 2.6,
  latency_p99: 4.4,
};

/**
 * A serving signal at time t, for the deployment serving the model's live
 * traffic. The episode decides the story: the latency incident multiplies
 * latency and raises errors inside its hour; the error-budget burn pushes p95
 * over its objective in short bursts. `now` is the story's clock (the fleet's),
 * which places the episode; `until` is the last instant with data (the wall
 * clock in a live demo, which runs ahead of the story's whole hour).
 */
export function servingValue(
  profile: ServiceProfile,
  key: string,
  seed: number,
  signal: ServingSignal,
  t: number,
  now: number,
  until = now,
): number | null {
  if (t > until) return null;
  const minute = Math.floor(t / MINUTE);
  const n = noise(seed, `${key}|${signal}`, minute);
  const load = dailyLoad(t);
  const episode = profile.episode;
  const inIncident =
    episode?.kind === 'latency-incident' &&
    t >= now - episode.deployedAgo &&
    t < now - episode.deployedAgo + episode.durationMs;
  const incidentPhase =
    episode?.kind === 'latency-incident' ? (t - (now - episode.deployedAgo)) / episode.durationMs : 0;

  if (signal === 'throughput') return profile.throughput * load * (1 + 0.06 * n);
  if (signal === 'error_rate') {
    if (inIncident) {
      // Errors climb to the peak over the first third, hold, then ease as timeouts clear.
      const shape = Math.min(1, incidentPhase * 3, (1 - incidentPhase) * 4 + 0.5);
      return Math.max(0, episode.peakErrorRate * shape * (1 + 0.05 * n));
    }
    return Math.max(0, profile.errorRate * (1 + 0.5 * n) * (0.8 + 0.2 * load));
  }
  let latency = profile.p50 * QUANTILE_FACTOR[signal] * (1 + 0.08 * n) * (0.9 + 0.1 * load);
  if (inIncident) latency *= episode.latencyFactor;
  if (signal !== 'latency_p50' && burstAbove(profile, seed, key, t, now))
    latency = Math.max(latency, profile.sloP95 * (1.15 + 0.1 * Math.abs(n)));
  return latency;
}

/** Short bursts over the p95 objective: about 2 % of minutes while the burn lasts. */
function burstAbove(profile: ServiceProfile, seed: number, key: string, t: number, now: number): boolean {
  const episode = profile.episode;
  const since =
    episode?.kind === 'error-budget-burn'
      ? now - episode.startedAgo
      : profile.latencyBreach
        ? now - 90 * MINUTE
        : undefined;
  if (since === undefined || t < since) return false;
  const block = Math.floor(t / (10 * MINUTE));
  return noise(seed, `${key}|burst`, block) > 0.8;
}

/** A series sampled at the step; each point is the value at that instant (see `servingValue` for `now` and `until`). */
export function servingSeries(
  profile: ServiceProfile,
  key: string,
  seed: number,
  signal: ServingSignal,
  window: SeriesWindow,
  now: number,
  until = now,
): Point[] {
  const points: Point[] = [];
  for (let t = window.start; t <= window.end; t += window.stepMs) {
    const v = servingValue(profile, key, seed, signal, t, now, until);
    points.push([t, v]);
  }
  return points;
}
