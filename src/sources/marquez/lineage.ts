import type { MarquezLineage } from './schemas';

/**
 * The nodes downstream of `start` in Marquez's lineage graph (`outEdges`), breadth first. A
 * cycle (a job that writes back what it reads) is walked once: each node is visited once.
 */
export function downstreamOf(lineage: MarquezLineage, start: string): string[] {
  const byId = new Map(lineage.graph.map((node) => [node.id, node]));
  const seen = new Set([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    for (const edge of byId.get(queue[i] as string)?.outEdges ?? []) {
      if (seen.has(edge.destination)) continue;
      seen.add(edge.destination);
      queue.push(edge.destination);
    }
  }
  return queue.slice(1);
}
