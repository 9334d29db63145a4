import { versionKey, type RegistryEvent } from './events';

/** The path of a model version to production, in order. */
export const PATH_STEPS = ['trained', 'registered', 'staging', 'approved', 'production'] as const;
export type PathStep = (typeof PATH_STEPS)[number];

export const STEP_WORDS: Record<PathStep, string> = {
  trained: 'training run ended',
  registered: 'registered',
  staging: 'deployed to staging',
  approved: 'approved',
  production: 'deployed to production',
};

/** Steps a version cannot skip on its way to production; approval is optional in some registries. */
const REQUIRED: readonly PathStep[] = ['trained', 'registered', 'staging'];

export interface Blocker {
  kind: 'validation-failed' | 'approval-requested' | 'incident-opened';
  since: number;
  reason: string;
  unblockedBy?: string;
}

export interface VersionPath {
  modelName: string;
  team: string;
  version: string;
  /** When each step happened (the first time); a step not in the log has no entry. */
  at: Partial<Record<PathStep, number>>;
  /** Training-run end to each step, in ms, where both ends are known. */
  toRegistration?: number;
  toStaging?: number;
  toProduction?: number;
  /** The furthest step reached, when the version never reached production. */
  stoppedAt?: PathStep;
  /** What holds it there, when something does. */
  blocker?: Blocker;
  /** Steps before the furthest one reached that the log does not date. */
  missing: PathStep[];
  /** Production deploy followed by a rollback of this version. */
  rolledBackAt?: number;
}

const since = (from: number | undefined, to: number | undefined): number | undefined =>
  from === undefined || to === undefined ? undefined : to - from;

function stepOf(event: RegistryEvent): PathStep | undefined {
  switch (event.kind) {
    case 'registered':
      return 'registered';
    case 'approved':
      return 'approved';
    case 'deployed':
      return event.environment === 'production' ? 'production' : 'staging';
    default:
      return undefined;
  }
}

/** The open blocker of a version: the latest blocking event that a later step or resolution has not cleared. */
function openBlocker(events: readonly RegistryEvent[]): Blocker | undefined {
  let blocker: Blocker | undefined;
  for (const e of events) {
    if (e.kind === 'validation-failed' || e.kind === 'approval-requested' || e.kind === 'incident-opened')
      blocker = { kind: e.kind, since: e.at, reason: e.reason ?? '', unblockedBy: e.unblockedBy };
    else if (e.kind === 'approved' && blocker?.kind === 'approval-requested') blocker = undefined;
    else if (e.kind === 'incident-resolved' && blocker?.kind === 'incident-opened') blocker = undefined;
    else if (e.kind === 'deployed' && e.environment === 'production') blocker = undefined;
  }
  return blocker;
}

/** One path per version in the log, in the log's order of first appearance. */
export function versionPaths(events: readonly RegistryEvent[]): VersionPath[] {
  const byVersion = new Map<string, RegistryEvent[]>();
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    const key = versionKey(e);
    const list = byVersion.get(key);
    if (list) list.push(e);
    else byVersion.set(key, [e]);
  }
  return [...byVersion.values()].map((list) => pathOf(list));
}

function pathOf(events: readonly RegistryEvent[]): VersionPath {
  const first = events[0] as RegistryEvent;
  const at: Partial<Record<PathStep, number>> = {};
  let rolledBackAt: number | undefined;
  for (const e of events) {
    if (e.kind === 'registered' && e.runEndedAt !== undefined) at.trained ??= e.runEndedAt;
    const step = stepOf(e);
    if (step) at[step] ??= e.at;
    if (e.kind === 'rolled-back' && e.environment === 'production' && at.production !== undefined)
      rolledBackAt ??= e.at;
  }
  const reached = PATH_STEPS.filter((s) => at[s] !== undefined);
  const furthest = reached.at(-1);
  const furthestIndex = furthest ? PATH_STEPS.indexOf(furthest) : -1;
  const missing = REQUIRED.filter((s) => PATH_STEPS.indexOf(s) < furthestIndex && at[s] === undefined);
  const inProduction = at.production !== undefined;
  return {
    modelName: first.modelName,
    team: first.team,
    version: first.version,
    at,
    toRegistration: since(at.trained, at.registered),
    toStaging: since(at.trained, at.staging),
    toProduction: since(at.trained, at.production),
    stoppedAt: inProduction ? undefined : furthest,
    blocker: inProduction ? undefined : openBlocker(events),
    missing,
    rolledBackAt,
  };
}
