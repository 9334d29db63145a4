import { checkGraph, type GraphProblem } from '../../domain/pipelines/graph';
import { adjacency, neighbourhood, NEIGHBOURHOOD_CAP } from '../../domain/pipelines/neighbourhood';
import { deriveSkipped } from '../../domain/pipelines/skipped';
import { stepHealth, type StepHealth } from '../../domain/pipelines/step-health';
import type { PipelineDetail, PipelineRun, StepRun, StepRunState } from '../../domain/pipelines/types';
import { formatDuration } from '../../ui/format';

export interface RunStep {
  id: string;
  name: string;
  health: StepHealth;
  run?: StepRun;
  duration?: string;
  blockedBy?: readonly string[];
}

export type RunModel =
  | { ok: false; problems: readonly GraphProblem[] }
  | { ok: true; steps: RunStep[]; order: readonly string[]; failing?: string; links: Map<string, string[]> };

/** Every step of a run with its one health, in topological order; skipped steps name their blockers. */
export function runModel(pipeline: PipelineDetail, run: PipelineRun, now: number): RunModel {
  const graph = checkGraph(pipeline.steps);
  if (!graph.ok) return { ok: false, problems: graph.problems };
  const runs = new Map(run.steps.map((s) => [s.stepId, s]));
  const states = new Map<string, StepRunState>(run.steps.map((s) => [s.stepId, s.state]));
  const derived = deriveSkipped(pipeline.steps, graph.order, states);
  const byId = new Map(pipeline.steps.map((s) => [s.id, s]));
  const last = graph.order.at(-1);
  const steps = graph.order.map((id) => {
    const stepRun = runs.get(id);
    const state = derived.get(id);
    // Freshness is the pipeline's promise about its final output.
    const freshness =
      id === last && pipeline.freshnessSlaMs !== undefined
        ? { lastWrittenAt: pipeline.lastSuccessAt, slaMs: pipeline.freshnessSlaMs, now }
        : undefined;
    const health = stepHealth({
      state: state?.state ?? 'not-run',
      checks: stepRun?.checks ?? [],
      blockedBy: state?.blockedBy,
      freshness,
    });
    const duration =
      stepRun?.startedAt !== undefined && stepRun.endedAt !== undefined
        ? formatDuration(stepRun.endedAt - stepRun.startedAt)
        : stepRun?.startedAt !== undefined && stepRun.state === 'running'
          ? `running ${formatDuration(now - stepRun.startedAt)}`
          : undefined;
    return {
      id,
      name: byId.get(id)?.name ?? id,
      health,
      run: stepRun,
      duration,
      blockedBy: state?.blockedBy,
    };
  });
  const failing =
    steps.find((s) => s.run?.state === 'failed')?.id ?? steps.find((s) => s.health.status === 'critical')?.id;
  return { ok: true, steps, order: graph.order, failing, links: adjacency(pipeline.steps) };
}

export const BIG_GRAPH = NEIGHBOURHOOD_CAP;

/** The steps to draw: all of a small graph; around the focus, `depth` hops, in a big one. */
export function visibleSteps(
  model: Extract<RunModel, { ok: true }>,
  focus: string | undefined,
  depth: number,
  full: boolean,
): { ids: ReadonlySet<string>; truncated: boolean } {
  if (full || model.steps.length <= BIG_GRAPH || !focus)
    return { ids: new Set(model.order), truncated: false };
  const hood = neighbourhood(model.links, focus, depth);
  return { ids: hood.ids, truncated: hood.truncated };
}
