import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { PipelineRun } from '../../domain/pipelines/types';
import { SkeletonLines } from '../../ui/skeleton';
import { PipelineGraph } from './graph/pipeline-graph';
import { NODE_HEIGHT, NODE_WIDTH } from './graph/layout-types';
import type { Layout } from './graph/layout-types';
import { useLayout } from './graph/use-layout';
import { BIG_GRAPH, visibleSteps, type RunModel } from './run-model';

const DEPTHS = [1, 2, 3, 4, 6, 8];

/**
 * The graph of a run. A big one (over 150 steps) opens on the failing step's neighbourhood,
 * `depth` hops around it, with the full graph a click away; the depth is in the URL.
 */
export function RunGraph({
  model,
  run,
  pipelineId,
  selected,
  onSelect,
}: {
  model: Extract<RunModel, { ok: true }>;
  run: PipelineRun;
  pipelineId: string;
  selected?: string;
  onSelect: (id: string) => void;
}): ReactNode {
  const [params, setParams] = useSearchParams();
  const depth = Number(params.get('depth') ?? 2) || 2;
  const full = params.get('graph') === 'full';
  const big = model.steps.length > BIG_GRAPH;
  const focus = model.failing ?? selected;
  const visible = useMemo(() => visibleSteps(model, focus, depth, full), [model, focus, depth, full]);
  const nodes = useMemo(() => model.steps.filter((s) => visible.ids.has(s.id)), [model, visible]);
  const edges = useMemo(
    () => run.edges.filter((e) => visible.ids.has(e.from) && visible.ids.has(e.to)),
    [run, visible],
  );
  const request = useMemo(
    () => ({
      key: `${pipelineId}|${run.id}|${full ? 'full' : `${focus ?? ''}|${depth}`}|${nodes.length}`,
      nodes: nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
      edges: edges.map((e) => ({ id: `${e.from}->${e.to}`, from: e.from, to: e.to })),
    }),
    [pipelineId, run.id, full, focus, depth, nodes, edges],
  );
  const layout = useLayout(request);
  const set = (key: string, value: string | undefined): void => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const counts = {
    failed: model.steps.filter((s) => s.health.status === 'critical').length,
    skipped: model.steps.filter((s) => s.health.word === 'Skipped').length,
  };
  return (
    <div className="stack" style={{ gap: 8 }}>
      {big && (
        <div className="row pipeline-graph__controls" style={{ gap: 12 }}>
          <p className="muted" data-testid="graph-scope">
            {full
              ? `All ${model.steps.length.toLocaleString()} steps.`
              : `${nodes.length} of ${model.steps.length.toLocaleString()} steps: ${depth} hops around ${focus ?? 'the first step'}${visible.truncated ? ' (capped at 150)' : ''}. ${counts.failed} failed, ${counts.skipped.toLocaleString()} skipped in all.`}
          </p>
          {!full && (
            <label className="field field--inline">
              <span>Depth</span>
              <select className="input" value={depth} onChange={(e) => set('depth', e.target.value)}>
                {DEPTHS.map((d) => (
                  <option key={d} value={d}>
                    {d} hop{d === 1 ? '' : 's'}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button
            type="button"
            className="button button--small"
            onClick={() => set('graph', full ? undefined : 'full')}
          >
            {full ? 'Back to the neighbourhood' : `Lay out all ${model.steps.length.toLocaleString()} steps`}
          </button>
        </div>
      )}
      {layout.status === 'pending' && <SkeletonLines lines={4} height={48} label="Laying out the graph" />}
      {layout.status === 'error' && (
        <p className="callout callout--warning">
          ELK could not lay the graph out ({layout.message}); a plain layered layout is shown.
        </p>
      )}
      {(layout.status === 'ready' || (layout.status === 'error' && layout.fallback)) && (
        <>
          <PipelineGraph
            layout={layout.status === 'ready' ? layout.layout : (layout.fallback as Layout)}
            nodes={nodes.map((s) => ({
              step: { id: s.id, name: s.name, dependsOn: [] },
              health: s.health,
              duration: s.duration,
            }))}
            edges={edges}
            selected={selected}
            onSelect={onSelect}
          />
          <p className="muted pipeline-graph__legend">
            Edges: solid green, the data contract held; thick red, broken; dashed grey, not checked.{' '}
            <span data-testid="layout-note">
              {layout.status === 'ready' && !layout.provisional
                ? `Laid out by ELK in ${Math.round(layout.layout.ms).toLocaleString()} ms.`
                : 'A quick layout while ELK lays the graph out…'}
            </span>
          </p>
        </>
      )}
    </div>
  );
}
