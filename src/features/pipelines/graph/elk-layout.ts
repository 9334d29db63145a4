import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { LayoutReply, LayoutRequest } from './layout-types';

const elk = new ELK();

/** ELK's layered algorithm, left to right, edges routed orthogonally. Runs inside the worker. */
export async function elkLayout(request: LayoutRequest): Promise<LayoutReply> {
  const started = performance.now();
  const input: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.nodeNode': '20',
      // Large graphs: the cheaper strategies keep 2,000 steps well under two seconds.
      ...(request.nodes.length > 500
        ? {
            'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
            'elk.layered.nodePlacement.strategy': 'SIMPLE',
            'elk.layered.thoroughness': '1',
          }
        : {}),
    },
    children: request.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: request.edges.map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  };
  const graph = await elk.layout(input);
  const nodes: [string, { x: number; y: number }][] = (graph.children ?? []).map((c) => [
    c.id,
    { x: c.x ?? 0, y: c.y ?? 0 },
  ]);
  const edges = (graph.edges ?? []).map((e) => {
    const section = e.sections?.[0];
    return {
      id: e.id,
      points: section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [],
    };
  });
  return {
    key: request.key,
    width: graph.width ?? 0,
    height: graph.height ?? 0,
    nodes,
    edges,
    ms: performance.now() - started,
  };
}
