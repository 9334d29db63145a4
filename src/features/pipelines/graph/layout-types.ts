/** What the layout worker is asked and answers. */
export interface LayoutRequest {
  key: string;
  nodes: readonly { id: string; width: number; height: number }[];
  edges: readonly { id: string; from: string; to: string }[];
}

export interface LaidOutEdge {
  id: string;
  points: readonly { x: number; y: number }[];
}

export interface Layout {
  key: string;
  width: number;
  height: number;
  nodes: ReadonlyMap<string, { x: number; y: number }>;
  edges: readonly LaidOutEdge[];
  /** How long the layout took, for the benchmark and the page's footnote. */
  ms: number;
}

export interface LayoutReply {
  key: string;
  width: number;
  height: number;
  nodes: [string, { x: number; y: number }][];
  edges: LaidOutEdge[];
  ms: number;
  error?: string;
}

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 56;
