import type { PipelineStep } from './types';

export type GraphProblem =
  | { kind: 'duplicate'; id: string; message: string }
  | { kind: 'unknown-dependency'; id: string; dependency: string; message: string }
  | { kind: 'cycle'; cycle: readonly string[]; message: string };

export type GraphCheck =
  { ok: true; order: readonly string[] } | { ok: false; problems: readonly GraphProblem[] };

/**
 * Checks a pipeline graph before anything draws it: duplicate ids, dependencies on steps that
 * do not exist, and cycles (a pipeline is a DAG; a cycle is named step by step, so it can be
 * fixed). On success, a topological order (Kahn's algorithm, ties in declaration order).
 */
export function checkGraph(steps: readonly PipelineStep[]): GraphCheck {
  const problems: GraphProblem[] = [];
  const byId = new Map<string, PipelineStep>();
  for (const step of steps) {
    if (byId.has(step.id)) {
      problems.push({ kind: 'duplicate', id: step.id, message: `Two steps have the id "${step.id}".` });
    } else byId.set(step.id, step);
  }
  for (const step of byId.values()) {
    for (const dependency of step.dependsOn) {
      if (!byId.has(dependency))
        problems.push({
          kind: 'unknown-dependency',
          id: step.id,
          dependency,
          message: `Step "${step.id}" depends on "${dependency}", which is not a step of this pipeline.`,
        });
    }
  }
  const order = topologicalOrder(byId);
  if (order.length < byId.size) {
    const cycle = findCycle(byId, new Set(order));
    problems.push({ kind: 'cycle', cycle, message: `The steps form a cycle: ${cycle.join(' → ')}.` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, order };
}

function topologicalOrder(byId: ReadonlyMap<string, PipelineStep>): string[] {
  const waiting = new Map<string, number>();
  const dependants = new Map<string, string[]>();
  for (const step of byId.values()) {
    const known = step.dependsOn.filter((d) => byId.has(d));
    waiting.set(step.id, new Set(known).size);
    for (const dependency of new Set(known)) {
      const list = dependants.get(dependency) ?? [];
      list.push(step.id);
      dependants.set(dependency, list);
    }
  }
  const ready = [...byId.keys()].filter((id) => waiting.get(id) === 0);
  const order: string[] = [];
  for (let i = 0; i < ready.length; i += 1) {
    const id = ready[i] as string;
    order.push(id);
    for (const next of dependants.get(id) ?? []) {
      const left = (waiting.get(next) ?? 0) - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return order;
}

/** A cycle among the steps Kahn's algorithm could not order, first step repeated at the end. */
function findCycle(byId: ReadonlyMap<string, PipelineStep>, ordered: ReadonlySet<string>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 'open');
    path.push(id);
    for (const dependency of byId.get(id)?.dependsOn ?? []) {
      if (!byId.has(dependency) || ordered.has(dependency)) continue;
      if (state.get(dependency) === 'open') {
        // The path runs against the arrows (step → what it waits for): read it forwards.
        const loop = path.slice(path.indexOf(dependency)).reverse();
        return [...loop, loop[0] as string];
      }
      if (!state.has(dependency)) {
        const found = visit(dependency);
        if (found) return found;
      }
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of byId.keys()) {
    if (ordered.has(id) || state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return [];
}
