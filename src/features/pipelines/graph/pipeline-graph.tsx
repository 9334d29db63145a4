import { useEffect, useRef, type ReactNode } from 'react';
import type { StepHealth } from '../../../domain/pipelines/step-health';
import type { EdgeContract, PipelineStep } from '../../../domain/pipelines/types';
import { StatusIcon } from '../../../ui/status-icon';
import type { Layout } from './layout-types';
import { NODE_HEIGHT, NODE_WIDTH } from './layout-types';

export interface GraphNode {
  step: PipelineStep;
  health: StepHealth;
  duration?: string;
}

export interface PipelineGraphProps {
  layout: Layout;
  nodes: readonly GraphNode[];
  edges: readonly EdgeContract[];
  selected?: string;
  onSelect: (stepId: string) => void;
}

const edgeId = (e: EdgeContract): string => `${e.from}->${e.to}`;

const RESULT_WORD: Record<EdgeContract['result'], string> = {
  pass: 'contract held',
  warn: 'contract warned',
  fail: 'contract broken',
  unknown: 'contract not checked',
};

/**
 * The steps as a directed graph, positioned by the layout worker. Each node says its status in
 * an icon and a word (and a border style: solid failed, dashed skipped), its duration and its
 * failed checks; each edge is coloured by its data contract's result and names it on hover.
 * Nodes are buttons over the edges' SVG: Tab reaches them, Enter or Space selects, and each
 * one's name is its visible text.
 */
export function PipelineGraph({ layout, nodes, edges, selected, onSelect }: PipelineGraphProps): ReactNode {
  const margin = 8;
  const width = layout.width + margin * 2;
  const height = layout.height + margin * 2;
  const byEdge = new Map(edges.map((e) => [edgeId(e), e]));
  const box = useRef<HTMLDivElement>(null);
  // Open on the selected (by default the failing) step, even where the graph is wider than the screen.
  useEffect(() => {
    const node = box.current?.querySelector<HTMLElement>('[aria-pressed="true"]');
    // jsdom has no scrollIntoView.
    if (node && 'scrollIntoView' in node) node.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [layout, selected]);
  return (
    <div className="pipeline-graph" role="group" aria-label="Pipeline steps as a graph" ref={box}>
      <div className="pipeline-graph__canvas" style={{ width, height }}>
        <svg
          width={width}
          height={height}
          viewBox={`${-margin} ${-margin} ${width} ${height}`}
          aria-hidden="true"
          className="pipeline-graph__edges"
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0 0 8 4 0 8Z" fill="var(--border-strong)" />
            </marker>
          </defs>
          <g>
            {layout.edges.map((edge) => {
              const contract = byEdge.get(edge.id);
              const result = contract?.result ?? 'unknown';
              const d = edge.points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('');
              return (
                <path
                  key={edge.id}
                  d={d}
                  className={`pipeline-edge pipeline-edge--${result}`}
                  markerEnd="url(#arrow)"
                >
                  <title>
                    {contract
                      ? `${contract.from} → ${contract.to}: ${RESULT_WORD[result]}. Promised: ${contract.promised}. Checked: ${contract.checked}.`
                      : edge.id}
                  </title>
                </path>
              );
            })}
          </g>
        </svg>
        {nodes.map(({ step, health, duration }) => {
          const at = layout.nodes.get(step.id);
          if (!at) return null;
          return (
            <button
              key={step.id}
              type="button"
              style={{ left: at.x + margin, top: at.y + margin, width: NODE_WIDTH, height: NODE_HEIGHT }}
              className={`pipeline-node pipeline-node--${health.status} pipeline-node--${health.word.toLowerCase().replace(/\s+/g, '-')}`}
              aria-pressed={selected === step.id}
              data-step={step.id}
              onClick={() => onSelect(step.id)}
            >
              <span className={`pipeline-node__name status--${health.status}`}>
                <StatusIcon status={health.status} size={13} />
                <span className="pipeline-node__text">{step.name}</span>
              </span>
              <span className="pipeline-node__meta">
                {/* The leading space keeps the name and the status apart in the button's accessible name. */}
                {` ${health.word}${duration ? ` · ${duration}` : ''}`}
                {health.failedChecks > 0 && (
                  <span className="pipeline-node__badge"> ✕ {health.failedChecks} failed</span>
                )}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
