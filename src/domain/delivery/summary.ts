import { DORA_2024_BANDS, leadTimeBand, type Band, type BandSet } from './bands';
import { durationInWords } from './duration-words';
import type { RegistryEvent } from './events';
import {
  DEFAULT_DELIVERY_OPTIONS,
  deliveryMetrics,
  metricsByTeam,
  monthWindows,
  type DeliveryMetrics,
  type DeliveryOptions,
  type TeamMetrics,
  type Window,
} from './metrics';
import { blockedVersions, releaseFate, type BlockedVersion, type ReleaseFate } from './release-fate';
import { slowestStageInWords, stageTimes, type StageTime } from './stages';
import { versionPaths, type PathStep, type VersionPath } from './version-path';

export interface Release {
  path: VersionPath;
  shippedAt: number;
  fate: ReleaseFate;
}

/** Everything the Time to deploy view and the reports say, from one log and one window. */
export interface DeliverySummary {
  window: Window;
  bands: BandSet;
  paths: VersionPath[];
  metrics: DeliveryMetrics;
  /** The window of the same length just before, for trends. */
  previous: DeliveryMetrics;
  band?: Band;
  byTeam: TeamMetrics[];
  byMonth: (DeliveryMetrics & { label: string })[];
  stages: StageTime[];
  slowestStage: string;
  blocked: BlockedVersion[];
  /** Versions registered in the window that never reached production, by the step where they stopped. */
  stoppedAt: { step: PathStep; count: number }[];
  /** Versions whose log leaves out steps before the furthest one reached. */
  incomplete: VersionPath[];
  /** Releases to production in the window, newest first, each with what became of it. */
  releases: Release[];
  answer: string;
}

export interface SummaryOptions extends DeliveryOptions {
  bands: BandSet;
}

const inWindow = (at: number | undefined, w: Window): boolean =>
  at !== undefined && at >= w.from && at < w.to;

export function summariseDelivery(
  events: readonly RegistryEvent[],
  window: Window,
  options: SummaryOptions = { ...DEFAULT_DELIVERY_OPTIONS, bands: DORA_2024_BANDS },
): DeliverySummary {
  const paths = versionPaths(events);
  const length = window.to - window.from;
  const metrics = deliveryMetrics(events, paths, window, options);
  const previous = deliveryMetrics(events, paths, { from: window.from - length, to: window.from }, options);
  const shipped = paths.filter((p) => inWindow(p.at.production, window));
  const stages = stageTimes(shipped);
  const stopped = new Map<PathStep, number>();
  for (const p of paths)
    if (p.stoppedAt && inWindow(p.at.registered ?? p.at[p.stoppedAt], window))
      stopped.set(p.stoppedAt, (stopped.get(p.stoppedAt) ?? 0) + 1);
  const band =
    metrics.medianLeadMs === undefined ? undefined : leadTimeBand(options.bands, metrics.medianLeadMs);
  return {
    window,
    bands: options.bands,
    paths,
    metrics,
    previous,
    band,
    byTeam: metricsByTeam(events, paths, window, options),
    byMonth: monthWindows(window.from, window.to).map((w) => ({
      ...deliveryMetrics(events, paths, w, options),
      label: w.label,
    })),
    stages,
    slowestStage: slowestStageInWords(stages, metrics.medianLeadMs),
    blocked: blockedVersions(paths),
    stoppedAt: [...stopped].map(([step, count]) => ({ step, count })).sort((a, b) => b.count - a.count),
    incomplete: paths.filter((p) => p.missing.length > 0),
    releases: shipped
      .map((path) => ({
        path,
        shippedAt: path.at.production ?? 0,
        fate: releaseFate(paths, path.modelName, path.version),
      }))
      .sort((a, b) => b.shippedAt - a.shippedAt),
    answer: answerOf(metrics, band, options.bands),
  };
}

function answerOf(metrics: DeliveryMetrics, band: Band | undefined, bands: BandSet): string {
  if (metrics.medianLeadMs === undefined || metrics.p90LeadMs === undefined) {
    return metrics.deployments === 0
      ? 'No model version reached production in this period, so there is no time to deploy to show.'
      : `${metrics.deployments} ${metrics.deployments === 1 ? 'version reached' : 'versions reached'} production in this period, but the log does not say when their training ended, so no time to deploy can be measured.`;
  }
  const bandWords = band ? ` That is the “${band.label}” band for lead time in ${bands.name}.` : '';
  return `A trained model took a median of ${durationInWords(metrics.medianLeadMs)} to reach production; 9 in 10 made it within ${durationInWords(metrics.p90LeadMs)}.${bandWords}`;
}
