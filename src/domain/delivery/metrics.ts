import type { RegistryEvent } from './events';
import { median, p90 } from './quantile';
import type { VersionPath } from './version-path';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

export interface Window {
  from: number;
  to: number;
}

export interface DeliveryOptions {
  /** A production deploy followed within this long by a rollback or an incident counts as failed. */
  failureWindowMs: number;
}
export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = { failureWindowMs: 7 * DAY };

/** DORA's four keys and rework rate, over ML model versions instead of code commits. */
export interface DeliveryMetrics {
  window: Window;
  /** Production deploys in the window. */
  deployments: number;
  /** Production deploys per week. */
  perWeek: number;
  /** Training-run end to production, ms, of the versions that reached production in the window. */
  leadTimes: number[];
  medianLeadMs?: number;
  p90LeadMs?: number;
  /** Deploys followed by a rollback or an incident within the failure window. */
  failedDeployments: number;
  changeFailureRate?: number;
  /** Failure start (the incident, else the deploy) to restore (rollback or resolution), ms. */
  restoreTimes: number[];
  medianRestoreMs?: number;
  /** Failed deploys with nothing in the log saying service was restored. */
  unrestored: number;
  /** Deploys marked as unplanned fixes. */
  reworkDeployments: number;
  reworkRate?: number;
}

const inWindow = (at: number, w: Window): boolean => at >= w.from && at < w.to;
const isProductionDeploy = (e: RegistryEvent): boolean =>
  e.kind === 'deployed' && e.environment === 'production';

interface Failure {
  start: number;
  end?: number;
}

/** Whether a deploy failed, and when service came back: DORA's change failure and recovery time. */
function failureOf(
  deploy: RegistryEvent,
  events: readonly RegistryEvent[],
  options: DeliveryOptions,
): Failure | undefined {
  const next = events.find(
    (e) => isProductionDeploy(e) && e.modelName === deploy.modelName && e.at > deploy.at,
  );
  const limit = Math.min(deploy.at + options.failureWindowMs, next?.at ?? Infinity);
  const after = events.filter((e) => e.modelName === deploy.modelName && e.at >= deploy.at && e.at <= limit);
  const rollback = after.find(
    (e) => e.kind === 'rolled-back' && e.environment === 'production' && e.version === deploy.version,
  );
  const incident = after.find((e) => e.kind === 'incident-opened');
  if (!rollback && !incident) return undefined;
  const resolved = incident
    ? events.find(
        (e) => e.kind === 'incident-resolved' && e.incidentId === incident.incidentId && e.at >= incident.at,
      )
    : undefined;
  const start = incident && (!rollback || incident.at < rollback.at) ? incident.at : deploy.at;
  const ends = [rollback?.at, resolved?.at].filter((t): t is number => t !== undefined);
  return { start, end: ends.length > 0 ? Math.min(...ends) : undefined };
}

const ratio = (n: number, d: number): number | undefined => (d > 0 ? n / d : undefined);

export function deliveryMetrics(
  events: readonly RegistryEvent[],
  paths: readonly VersionPath[],
  window: Window,
  options: DeliveryOptions = DEFAULT_DELIVERY_OPTIONS,
): DeliveryMetrics {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const deploys = sorted.filter((e) => isProductionDeploy(e) && inWindow(e.at, window));
  const failures = deploys
    .map((d) => failureOf(d, sorted, options))
    .filter((f): f is Failure => f !== undefined);
  const restoreTimes = failures.flatMap((f) => (f.end === undefined ? [] : [f.end - f.start]));
  const leadTimes = paths.flatMap((p) =>
    p.at.production !== undefined && p.toProduction !== undefined && inWindow(p.at.production, window)
      ? [p.toProduction]
      : [],
  );
  const rework = deploys.filter((d) => d.unplanned).length;
  return {
    window,
    deployments: deploys.length,
    perWeek: (deploys.length * WEEK) / Math.max(1, window.to - window.from),
    leadTimes,
    medianLeadMs: median(leadTimes),
    p90LeadMs: p90(leadTimes),
    failedDeployments: failures.length,
    changeFailureRate: ratio(failures.length, deploys.length),
    restoreTimes,
    medianRestoreMs: median(restoreTimes),
    unrestored: failures.length - restoreTimes.length,
    reworkDeployments: rework,
    reworkRate: ratio(rework, deploys.length),
  };
}

export interface TeamMetrics {
  team: string;
  metrics: DeliveryMetrics;
}

/** The same figures per team, teams with the slowest median lead time first (unknown last). */
export function metricsByTeam(
  events: readonly RegistryEvent[],
  paths: readonly VersionPath[],
  window: Window,
  options: DeliveryOptions = DEFAULT_DELIVERY_OPTIONS,
): TeamMetrics[] {
  const teams = [...new Set(events.map((e) => e.team))];
  return teams
    .map((team) => ({
      team,
      metrics: deliveryMetrics(
        events.filter((e) => e.team === team),
        paths.filter((p) => p.team === team),
        window,
        options,
      ),
    }))
    .sort(
      (a, b) =>
        (b.metrics.medianLeadMs ?? -1) - (a.metrics.medianLeadMs ?? -1) || a.team.localeCompare(b.team),
    );
}

/** Calendar months (UTC) from the month of `from` to the month before `to`'s, for trends. */
export function monthWindows(from: number, to: number): (Window & { label: string })[] {
  const windows: (Window & { label: string })[] = [];
  const start = new Date(from);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  for (;;) {
    const wFrom = Date.UTC(year, month, 1);
    const wTo = Date.UTC(year, month + 1, 1);
    if (wFrom >= to) break;
    windows.push({ from: wFrom, to: Math.min(wTo, to), label: new Date(wFrom).toISOString().slice(0, 7) });
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return windows;
}
