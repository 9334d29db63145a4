import type { LayoutReply, LayoutRequest } from './layout-types';

const GAP_X = 64;
const GAP_Y = 24;

/**
 * A plain layered layout (longest path from the sources, left to right, in input order): what
 * the page shows where no Web Worker runs (tests, very old browsers). ELK's layered algorithm,
 * in the worker, is the real one (fewer crossings).
 */
export function layeredLayout(request: LayoutRequest): LayoutReply {
  const started = performance.now();
  const incoming = new Map<string, string[]>(request.nodes.map((n) => [n.id, []]));
  for (const edge of request.edges) incoming.get(edge.to)?.push(edge.from);
  const layer = new Map<string, number>();
  const visit = (id: string, depth: number): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (depth > request.nodes.length) return 0;
    const value = Math.max(-1, ...(incoming.get(id) ?? []).map((from) => visit(from, depth + 1))) + 1;
    layer.set(id, value);
    return value;
  };
  for (const node of request.nodes) visit(node.id, 0);
  const rows = new Map<number, number>();
  const positions: [string, { x: number; y: number }][] = [];
  let width = 0;
  let height = 0;
  for (const node of request.nodes) {
    const column = layer.get(node.id) ?? 0;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    const x = column * (node.width + GAP_X);
    const y = row * (node.height + GAP_Y);
    positions.push([node.id, { x, y }]);
    width = Math.max(width, x + node.width);
    height = Math.max(height, y + node.height);
  }
  const at = new Map(positions);
  const size = new Map(request.nodes.map((n) => [n.id, n]));
  const edges = request.edges.map((edge) => {
    const from = at.get(edge.from) ?? { x: 0, y: 0 };
    const to = at.get(edge.to) ?? { x: 0, y: 0 };
    const a = size.get(edge.from);
    const b = size.get(edge.to);
    return {
      id: edge.id,
      points: [
        { x: from.x + (a?.width ?? 0), y: from.y + (a?.height ?? 0) / 2 },
        { x: to.x, y: to.y + (b?.height ?? 0) / 2 },
      ],
    };
  });
  return { key: request.key, width, height, nodes: positions, edges, ms: performance.now() - started };
}
