import type { KeyboardEvent, ReactNode } from 'react';
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

function trim(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The steps as a directed graph, positioned by the layout worker. Each node says its status in
 * an icon and a word (and a border style: solid failed, dashed skipped), its duration and its
 * failed checks; each edge is coloured by its data contract's result and names it on hover.
 * Nodes are buttons: Tab reaches them, Enter or Space selects.
 */
export function PipelineGraph({ layout, nodes, edges, selected, onSelect }: PipelineGraphProps): ReactNode {
  const margin = 8;
  const width = layout.width + margin * 2;
  const height = layout.height + margin * 2;
  const onKey = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    }
  };
  const byEdge = new Map(edges.map((e) => [edgeId(e), e]));
  return (
    <div className="pipeline-graph scroll-x" data-testid="pipeline-graph">
      <svg
        width={width}
        height={height}
        viewBox={`${-margin} ${-margin} ${width} ${height}`}
        role="group"
        aria-label="Pipeline steps as a graph"
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
        <g aria-hidden="true">
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
        {nodes.map(({ step, health, duration }) => {
          const at = layout.nodes.get(step.id);
          if (!at) return null;
          const label = `${step.name}: ${health.word}${duration ? `, ${duration}` : ''}${
            health.failedChecks
              ? `, ${health.failedChecks} failed check${health.failedChecks === 1 ? '' : 's'}`
              : ''
          }`;
          return (
            <g
              key={step.id}
              transform={`translate(${at.x},${at.y})`}
              className={`pipeline-node pipeline-node--${health.status} pipeline-node--${health.word.toLowerCase().replace(/\s+/g, '-')}`}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={selected === step.id}
              data-step={step.id}
              onClick={() => onSelect(step.id)}
              onKeyDown={onKey(step.id)}
            >
              <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={6} className="pipeline-node__box" />
              <g transform="translate(10,10)" className={`status--${health.status} pipeline-node__icon`}>
                <StatusIcon status={health.status} size={14} />
              </g>
              <text x={30} y={21} className="pipeline-node__name">
                {trim(step.name, 24)}
              </text>
              <text x={10} y={42} className="pipeline-node__meta">
                {health.word}
                {duration ? ` · ${duration}` : ''}
              </text>
              {health.failedChecks > 0 && (
                <g transform={`translate(${NODE_WIDTH - 34},${NODE_HEIGHT - 22})`}>
                  <rect width={28} height={16} rx={8} className="pipeline-node__badge" />
                  <text x={14} y={12} textAnchor="middle" className="pipeline-node__badge-text">
                    ✕{health.failedChecks}
                  </text>
                </g>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
