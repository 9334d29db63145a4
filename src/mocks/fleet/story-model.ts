import type { Health } from '../../domain/health';
import type { ModelTask } from '../../domain/model';
import type { Framework } from './training-params';
import type { TeamName } from './teams';

/**
 * What happened to a story model, with the numbers later generators need
 * (drift profiles, metric series, incidents). Times are milliseconds before
 * `now`, so the story stays "two days ago" in a live demo.
 */
export type StoryEpisode =
  | {
      kind: 'gradual-drift';
      features: readonly { name: string; psi: number }[];
      startedAgo: number;
      /** The quality metric follows the inputs with a lag. */
      metric: string;
      baseline: number;
      current: number;
      metricLagAgo: number;
    }
  | {
      kind: 'abrupt-drift';
      feature: string;
      newCategory: string;
      startedAgo: number;
      cause: string;
      /** Share of live traffic carrying the unseen category. */
      unseenShare: number;
    }
  | {
      kind: 'latency-incident';
      badVersion: string;
      goodVersion: string;
      deployedAgo: number;
      durationMs: number;
      latencyFactor: number;
      peakErrorRate: number;
      alert: string;
      rolledBackBy: string;
    }
  | {
      kind: 'fairness-gap';
      attribute: string;
      groups: readonly [string, string];
      approvalRates: readonly [number, number];
      /** Ratio of the lower to the higher approval rate (four-fifths rule). */
      disparateImpact: number;
    }
  | { kind: 'pipeline-failure'; step: string; failingSinceAgo: number; message: string }
  | { kind: 'error-budget-burn'; slo: string; burnRate: number; budgetLeft: number; startedAgo: number }
  | { kind: 'label-delay'; delayDays: number }
  | { kind: 'stable' };

export interface StoryModel {
  name: string;
  team: TeamName;
  owner: string;
  task: ModelTask;
  framework: Framework;
  dataset: string;
  sourceFile: string;
  features: readonly string[];
  tags: { domain: string; tier: 'tier-1' | 'tier-2' | 'tier-3'; pii: boolean };
  description: string;
  versionCount: number;
  productionVersion: number;
  challengerVersion?: number;
  /** Ages of the newest versions, newest first; older ones are spaced out at random. */
  versionAgos: readonly number[];
  /** When production last changed (a deploy or a rollback). */
  lastDeployedAgo: number;
  deployedBy: string;
  /** Versions that failed, with the message their registration carries. */
  failedVersions?: Readonly<Record<number, string>>;
  /** Earlier production arrivals still worth listing under "recently shipped". */
  alsoShipped?: readonly { version: number; ago: number }[];
  openAlerts: number;
  /** 0–1: evaluation quality of the newest version (classification accuracy ≈ 0.78 + 0.18 × quality). */
  quality: number;
  episode: StoryEpisode;
  health(now: number): Health;
}
