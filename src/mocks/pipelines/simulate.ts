import { checkGraph } from '../../domain/pipelines/graph';
import { deriveSkipped } from '../../domain/pipelines/skipped';
import type {
  DatasetVersionInfo,
  DatasetVersionRef,
  EdgeContract,
  PipelineDetail,
  PipelineRun,
  PipelineRunState,
  QualityCheck,
  StepRun,
  StepRunState,
} from '../../domain/pipelines/types';
import { MINUTE } from '../fleet/time';
import type { PipelineSpec, RunTwist } from './pipeline-spec';

export interface SimulatedPipeline {
  detail: PipelineDetail;
  /** Newest first. */
  runs: PipelineRun[];
  versions: DatasetVersionInfo[];
}

const runId = (spec: PipelineSpec, age: number): string =>
  `${spec.id}-${String(spec.runCount - age).padStart(4, '0')}`;

/** The clean checks of a validation step: the row count of each dataset it reads. */
function baseChecks(spec: PipelineSpec, stepId: string, inputs: readonly string[]): QualityCheck[] {
  if (!stepId.startsWith('validate')) return [];
  return inputs.flatMap((dataset) => [
    {
      id: `${dataset}.row_count.${stepId}`,
      name: `${dataset} row count`,
      dataset,
      expected: `≥ ${Math.round((spec.rows[dataset] ?? 1000) * 0.9).toLocaleString('en-US')}`,
      observed: (spec.rows[dataset] ?? 1000).toLocaleString('en-US'),
      result: 'pass' as const,
    },
  ]);
}

function runState(steps: readonly StepRun[]): PipelineRunState {
  if (steps.some((s) => s.state === 'failed')) return 'failed';
  if (steps.some((s) => s.state === 'running')) return 'running';
  if (steps.some((s) => s.state === 'queued' || s.state === 'not-run')) return 'queued';
  return 'succeeded';
}

function edgeContracts(spec: PipelineSpec, steps: ReadonlyMap<string, StepRun>): EdgeContract[] {
  const byStep = new Map(spec.steps.map((s) => [s.id, s]));
  return spec.steps.flatMap((step) =>
    step.dependsOn.map((from) => {
      const producer = byStep.get(from);
      const dataset = producer?.outputs?.find((d) => step.inputs?.includes(d)) ?? producer?.outputs?.[0];
      const columns = dataset ? (spec.columns[dataset] ?? []) : [];
      const checks = (steps.get(step.id)?.checks ?? []).filter((c) => !dataset || c.dataset === dataset);
      const failed = checks.find((c) => c.result === 'fail');
      const warned = checks.find((c) => c.result === 'warn');
      const ran = steps.get(step.id)?.state !== 'skipped' && steps.get(step.id)?.state !== 'not-run';
      return {
        from,
        to: step.id,
        dataset,
        promised: dataset
          ? `${dataset}: ${columns.map((c) => `${c.name} ${c.type}`).join(', ')}`
          : 'completion of the upstream step',
        checked:
          checks.length > 0
            ? checks.map((c) => `${c.name} ${c.expected} (observed ${c.observed})`).join('; ')
            : 'not checked',
        result: !ran || checks.length === 0 ? 'unknown' : failed ? 'fail' : warned ? 'warn' : 'pass',
      };
    }),
  );
}

/**
 * Runs a demo pipeline's schedule: each run starts on its period, each step when what it
 * waits for has finished, a failure skips what follows, and every dataset written gets a
 * version carrying its schema, row count, null counts and the checks run on it.
 */
export function simulatePipeline(spec: PipelineSpec, now: number): SimulatedPipeline {
  const graph = checkGraph(spec.steps);
  if (!graph.ok) throw new Error(graph.problems.map((p) => p.message).join(' '));
  const runs: PipelineRun[] = [];
  const versions: DatasetVersionInfo[] = [];
  const byStep = new Map(spec.steps.map((s) => [s.id, s]));
  for (let age = 0; age < spec.runCount; age += 1) {
    const twist: RunTwist = spec.twist(age);
    const startedAt =
      now - age * spec.periodMs - (age === 0 ? 20 * MINUTE * (twist.slowdown ?? 1) : 0) - 90 * MINUTE;
    const ends = new Map<string, number>();
    const states = new Map<string, StepRunState>();
    const raw = new Map<string, StepRun>();
    for (const id of graph.order) {
      const step = byStep.get(id);
      if (!step) continue;
      const blocked = step.dependsOn.some((d) => states.get(d) !== 'succeeded');
      const state: StepRunState = twist.states?.[id] ?? (blocked ? 'not-run' : 'succeeded');
      states.set(id, state);
      const start = Math.max(startedAt, ...step.dependsOn.map((d) => ends.get(d) ?? startedAt));
      const wobble = 1 + (((age * 7 + id.length * 3) % 11) - 5) / 50;
      const end = start + step.minutes * MINUTE * (twist.slowdown ?? 1) * wobble;
      if (state === 'succeeded' || state === 'failed') ends.set(id, end);
      const checks = [
        ...baseChecks(spec, id, state === 'not-run' ? [] : (step.inputs ?? [])),
        ...(twist.checks?.[id] ?? []),
      ];
      raw.set(id, {
        stepId: id,
        state,
        startedAt: state === 'not-run' || state === 'queued' ? undefined : start,
        endedAt: state === 'succeeded' || state === 'failed' ? end : undefined,
        checks: state === 'not-run' || state === 'queued' ? [] : checks,
      });
    }
    const derived = deriveSkipped(spec.steps, graph.order, states);
    const steps = graph.order.map((id) => {
      const run = raw.get(id) as StepRun;
      return { ...run, state: derived.get(id)?.state ?? run.state };
    });
    const byId = new Map(steps.map((s) => [s.stepId, s]));
    const state = runState(steps);
    const endedAt = state === 'succeeded' || state === 'failed' ? Math.max(...ends.values()) : undefined;
    const id = runId(spec, age);
    runs.push({
      id,
      pipelineId: spec.id,
      state,
      startedAt,
      endedAt,
      steps,
      edges: edgeContracts(spec, byId),
    });
    versions.push(...writtenVersions(spec, age, id, twist, byId));
  }
  const detail: PipelineDetail = {
    id: spec.id,
    name: spec.name,
    owner: spec.owner,
    description: spec.description,
    freshnessSlaMs: spec.freshnessSlaMs,
    lastSuccessAt: runs.find((r) => r.state === 'succeeded')?.endedAt,
    lastRun: runs[0] && durationOf(runs[0]),
    recentRuns: runs.slice(0, 14).map(durationOf).reverse(),
    failedChecks: runs[0]?.steps.flatMap((s) => s.checks).filter((c) => c.result === 'fail').length ?? 0,
    models: spec.trains ? [spec.trains.model] : [],
    stepCount: spec.steps.length,
    steps: spec.steps.map(({ minutes: _minutes, ...step }) => step),
  };
  return { detail, runs, versions };
}

const durationOf = (run: PipelineRun) => ({
  runId: run.id,
  startedAt: run.startedAt,
  state: run.state,
  durationMs: run.endedAt === undefined ? undefined : run.endedAt - run.startedAt,
});

function writtenVersions(
  spec: PipelineSpec,
  age: number,
  id: string,
  twist: RunTwist,
  steps: ReadonlyMap<string, StepRun>,
): DatasetVersionInfo[] {
  const version = (dataset: string): DatasetVersionRef => ({ dataset, version: id });
  const checksOf = new Map<string, QualityCheck[]>();
  for (const check of [...steps.values()].flatMap((s) => s.checks)) {
    if (!check.dataset) continue;
    checksOf.set(check.dataset, [...(checksOf.get(check.dataset) ?? []), check]);
  }
  return spec.steps.flatMap((step) => {
    const run = steps.get(step.id);
    if (run?.state !== 'succeeded' && run?.state !== 'failed') return [];
    return (step.outputs ?? []).map((dataset) => {
      const rows = Math.round((spec.rows[dataset] ?? 1000) * (1 + ((age * 13) % 7) / 200));
      const columns = twist.columns?.[dataset] ?? spec.columns[dataset] ?? [];
      const checks = checksOf.get(dataset) ?? [];
      return {
        ...version(dataset),
        createdAt: run.endedAt ?? run.startedAt ?? 0,
        pipelineId: spec.id,
        runId: id,
        stepId: step.id,
        rowCount: rows,
        columns,
        columnStats: columns.map((c) => ({
          column: c.name,
          nullCount: Math.round(rows * (twist.nullShare?.[`${dataset}.${c.name}`] ?? 0.0004)),
          distinctCount: c.name.endsWith('_id') ? Math.round(Math.min(rows, 1_840)) : undefined,
        })),
        checks,
        inputs: (step.inputs ?? []).map(version),
      };
    });
  });
}
