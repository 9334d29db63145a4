import { durationInWords } from './duration-words';
import type { PathStep, VersionPath } from './version-path';

/** A stretch of the path between two steps, named for what a person would say it is. */
export interface PathStage {
  id: 'registering' | 'to-staging' | 'approval' | 'rollout' | 'staging-to-production';
  from: PathStep;
  to: PathStep;
  words: string;
}

export const PATH_STAGES: readonly PathStage[] = [
  { id: 'registering', from: 'trained', to: 'registered', words: 'registering the trained model' },
  { id: 'to-staging', from: 'registered', to: 'staging', words: 'getting it onto staging' },
  { id: 'approval', from: 'staging', to: 'approved', words: 'waiting for approval' },
  { id: 'rollout', from: 'approved', to: 'production', words: 'rolling it out to production' },
];
/** Used when a version reached production with no approval in the log. */
const STAGING_TO_PRODUCTION: PathStage = {
  id: 'staging-to-production',
  from: 'staging',
  to: 'production',
  words: 'moving from staging to production',
};

export interface StageTime {
  stage: PathStage;
  /** Summed over the versions, ms. */
  totalMs: number;
  /** Of the summed time of every stage. */
  share: number;
  versions: number;
}

/** The stages of the versions that reached production, longest total first. */
export function stageTimes(paths: readonly VersionPath[]): StageTime[] {
  const totals = new Map<PathStage['id'], { stage: PathStage; totalMs: number; versions: number }>();
  for (const path of paths) {
    if (path.at.production === undefined) continue;
    const stages =
      path.at.approved === undefined ? [...PATH_STAGES.slice(0, 2), STAGING_TO_PRODUCTION] : PATH_STAGES;
    for (const stage of stages) {
      const from = path.at[stage.from];
      const to = path.at[stage.to];
      if (from === undefined || to === undefined) continue;
      const entry = totals.get(stage.id) ?? { stage, totalMs: 0, versions: 0 };
      entry.totalMs += Math.max(0, to - from);
      entry.versions += 1;
      totals.set(stage.id, entry);
    }
  }
  const sum = [...totals.values()].reduce((s, t) => s + t.totalMs, 0);
  return [...totals.values()]
    .map((t) => ({ ...t, share: sum > 0 ? t.totalMs / sum : 0 }))
    .sort((a, b) => b.totalMs - a.totalMs);
}

/** "most of the 41 days is waiting for approval": the slowest stage against the median lead time. */
export function slowestStageInWords(stages: readonly StageTime[], medianLeadMs: number | undefined): string {
  const slowest = stages[0];
  if (!slowest || medianLeadMs === undefined)
    return 'No version reached production with its steps dated, so no stage can be named the slowest.';
  const span = `the ${durationInWords(medianLeadMs)}`;
  const percent = Math.round(slowest.share * 100);
  return slowest.share > 0.5
    ? `Most of ${span} from trained model to production is ${slowest.stage.words} (${percent}% of the time).`
    : `The longest part of ${span} from trained model to production is ${slowest.stage.words} (${percent}% of the time).`;
}
