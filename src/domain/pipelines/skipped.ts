import type { PipelineStep, StepRunState } from './types';

export interface DerivedState {
  state: StepRunState;
  /** The failed steps upstream that kept it from running. */
  blockedBy?: readonly string[];
}

/**
 * Which steps were skipped because an upstream step failed: a step that did not run
 * (`not-run`, `queued` or `skipped`) with a failed step among its ancestors is `skipped`,
 * blocked by those failed ancestors. Steps are taken in topological `order` (graph.ts), so an
 * ancestor's own blockers are known before its dependants are reached.
 */
export function deriveSkipped(
  steps: readonly PipelineStep[],
  order: readonly string[],
  states: ReadonlyMap<string, StepRunState>,
): Map<string, DerivedState> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const failedAncestors = new Map<string, Set<string>>();
  const out = new Map<string, DerivedState>();
  for (const id of order) {
    const step = byId.get(id);
    if (!step) continue;
    const ancestors = new Set<string>();
    for (const dependency of step.dependsOn) {
      if (states.get(dependency) === 'failed') ancestors.add(dependency);
      for (const a of failedAncestors.get(dependency) ?? []) ancestors.add(a);
    }
    failedAncestors.set(id, ancestors);
    const state = states.get(id) ?? 'not-run';
    const didNotRun = state === 'not-run' || state === 'queued' || state === 'skipped';
    out.set(
      id,
      didNotRun && ancestors.size > 0 ? { state: 'skipped', blockedBy: [...ancestors].sort() } : { state },
    );
  }
  return out;
}
