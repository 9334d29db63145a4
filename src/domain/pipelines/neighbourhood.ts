import type { PipelineStep } from './types';

export const NEIGHBOURHOOD_CAP = 150;

export interface Neighbourhood {
  ids: ReadonlySet<string>;
  /** Hops actually reached: less than asked when the cap stopped the walk. */
  depth: number;
  /** Whether nodes within the asked depth were left out to keep under the cap. */
  truncated: boolean;
}

/** Both directions of every edge, built once per graph. */
export function adjacency(steps: readonly PipelineStep[]): Map<string, string[]> {
  const links = new Map<string, string[]>(steps.map((s) => [s.id, []]));
  for (const step of steps) {
    for (const dependency of step.dependsOn) {
      links.get(step.id)?.push(dependency);
      links.get(dependency)?.push(step.id);
    }
  }
  return links;
}

/**
 * The steps within `depth` hops of `start`, upstream and downstream, nearest first (breadth
 * first), never more than `cap`: a 10,000-step graph opens on what matters around the failure.
 */
export function neighbourhood(
  links: ReadonlyMap<string, readonly string[]>,
  start: string,
  depth: number,
  cap = NEIGHBOURHOOD_CAP,
): Neighbourhood {
  const ids = new Set<string>([start]);
  let frontier = [start];
  let reached = 0;
  let truncated = false;
  while (reached < depth && frontier.length > 0 && !truncated) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of links.get(id) ?? []) {
        if (ids.has(other)) continue;
        if (ids.size >= cap) {
          truncated = true;
          break;
        }
        ids.add(other);
        next.push(other);
      }
      if (truncated) break;
    }
    if (next.length > 0) reached += 1;
    frontier = next;
  }
  return { ids, depth: reached, truncated };
}
