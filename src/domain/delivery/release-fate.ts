import { STEP_WORDS, type Blocker, type VersionPath } from './version-path';

export type ReleaseFate =
  | { kind: 'rolled-back'; afterMs: number; at: number }
  | { kind: 'live' }
  | { kind: 'replaced'; byVersion: string }
  | { kind: 'unknown' };

/**
 * What became of a version that reached production: rolled back (and how soon), replaced by a
 * later release of the same model, or still live. Unknown when the log never saw it ship.
 */
export function releaseFate(paths: readonly VersionPath[], modelName: string, version: string): ReleaseFate {
  const path = paths.find((p) => p.modelName === modelName && p.version === version);
  const shipped = path?.at.production;
  if (!path || shipped === undefined) return { kind: 'unknown' };
  if (path.rolledBackAt !== undefined)
    return { kind: 'rolled-back', afterMs: path.rolledBackAt - shipped, at: path.rolledBackAt };
  const later = paths
    .filter(
      (p) =>
        p.modelName === modelName && (p.at.production ?? -Infinity) > shipped && p.rolledBackAt === undefined,
    )
    .sort((a, b) => (a.at.production ?? 0) - (b.at.production ?? 0))[0];
  return later ? { kind: 'replaced', byVersion: later.version } : { kind: 'live' };
}

export interface BlockedVersion {
  path: VersionPath;
  /** Undefined when the version stopped with no blocker in the log. */
  blocker?: Blocker;
}

/**
 * Versions waiting on their way to production: each model's newest version that stopped at
 * staging or approval, or earlier with a blocker (a failed validation), and that no later
 * release of the model has overtaken (those were left behind, not blocked). Most pressing first: an
 * open incident, then a failed validation, then a wait for approval, then nothing recorded; within
 * each, longest waiting first.
 */
export function blockedVersions(paths: readonly VersionPath[]): BlockedVersion[] {
  const newest = new Map<string, VersionPath>();
  for (const p of paths) {
    if (!p.stoppedAt) continue;
    const waiting = p.stoppedAt === 'staging' || p.stoppedAt === 'approved' || p.blocker !== undefined;
    const reachedAt = p.at[p.stoppedAt] ?? 0;
    const overtaken = paths.some(
      (o) => o.modelName === p.modelName && (o.at.production ?? -Infinity) > reachedAt,
    );
    const current = newest.get(p.modelName);
    if (waiting && !overtaken && (!current || (current.at.registered ?? 0) < (p.at.registered ?? 0)))
      newest.set(p.modelName, p);
  }
  const since = (b: BlockedVersion): number =>
    b.blocker?.since ?? b.path.at[b.path.stoppedAt ?? 'registered'] ?? 0;
  const rank = (b: BlockedVersion): number => (b.blocker ? BLOCKER_RANK[b.blocker.kind] : 3);
  return [...newest.values()]
    .map((path) => ({ path, blocker: path.blocker }))
    .sort((a, b) => rank(a) - rank(b) || since(a) - since(b));
}

const BLOCKER_RANK: Record<Blocker['kind'], number> = {
  'incident-opened': 0,
  'validation-failed': 1,
  'approval-requested': 2,
};

export const BLOCKER_WORDS: Record<Blocker['kind'], string> = {
  'validation-failed': 'Failed validation',
  'approval-requested': 'Awaiting approval',
  'incident-opened': 'Open incident',
};

/** Versions that never reached production, each with the step where it stopped, in words. */
export function stoppedInWords(path: VersionPath): string {
  if (!path.stoppedAt) return 'reached production';
  return `stopped after it was ${STEP_WORDS[path.stoppedAt]}`;
}
