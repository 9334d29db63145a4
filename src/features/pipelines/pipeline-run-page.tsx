import { useMemo, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { PipelineDetail, PipelineRun } from '../../domain/pipelines/types';
import { PanelBoundary } from '../../lib/panel-boundary';
import { datasetPath, PIPELINES_PATH } from '../../lib/paths';
import { QueryState } from '../../lib/query-state';
import { useNow } from '../../lib/use-now';
import { ErrorState } from '../../ui/error-state';
import { PageTitle } from '../../ui/page-title';
import { Panel } from '../../ui/panel';
import { SkeletonLines } from '../../ui/skeleton';
import { usePipeline, usePipelineRun } from './api/pipelines';
import { RunGraph } from './run-graph';
import { runAnswer } from './run-answer';
import { runModel } from './run-model';
import { StepsTable } from './steps-table';
import { StepChecks } from './step-checks';
import { ImpactPanel } from './impact-panel';
import './pipelines.css';

/** A pipeline's run: the answer, the graph (or its failing neighbourhood), the selected step's checks and impact. */
export function PipelineRunPage(): ReactNode {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const runId = params.get('run') ?? 'latest';
  const pipeline = usePipeline(id);
  const run = usePipelineRun(id, runId);
  return (
    <div className="stack">
      <nav aria-label="Breadcrumb" className="muted">
        <Link to={PIPELINES_PATH}>Pipelines</Link> / {pipeline.data?.name ?? id}
      </nav>
      <PageTitle title={pipeline.data?.name ?? id} />
      <QueryState
        query={pipeline}
        what={`load pipeline ${id}`}
        skeleton={<SkeletonLines lines={6} height={40} label="Loading the pipeline" />}
      >
        {(detail) => (
          <QueryState
            query={run}
            what={`load the ${runId === 'latest' ? 'latest run' : `run ${runId}`} of ${detail.name}`}
            skeleton={<SkeletonLines lines={6} height={40} label="Loading the pipeline run" />}
          >
            {(loaded) => <RunView pipeline={detail} run={loaded} />}
          </QueryState>
        )}
      </QueryState>
    </div>
  );
}

function RunView({ pipeline, run }: { pipeline: PipelineDetail; run: PipelineRun }): ReactNode {
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const model = useMemo(() => runModel(pipeline, run, now), [pipeline, run, now]);
  if (!model.ok)
    return (
      <ErrorState
        title={`Cannot draw ${pipeline.name}.`}
        detail={model.problems.map((p) => p.message).join(' ')}
        hint="Fix the pipeline's definition in the backend; Sightline draws pipelines as graphs without cycles."
      />
    );
  const selectedId = params.get('step') ?? model.failing;
  const selected = model.steps.find((s) => s.id === selectedId);
  const failedCheck = selected?.run?.checks.find((c) => c.result === 'fail' && c.dataset);
  const select = (step: string): void => {
    const next = new URLSearchParams(params);
    next.set('step', step);
    setParams(next, { replace: true });
  };
  return (
    <>
      <header className="stack" style={{ gap: 8 }}>
        <p className="answer" data-testid="run-answer">
          {runAnswer(pipeline, model.steps)}
        </p>
        <p className="muted">
          Run {run.id} · {pipeline.stepCount.toLocaleString()} steps
          {pipeline.owner ? ` · owner ${pipeline.owner}` : ''}
        </p>
        {run.notes?.map((n) => (
          <p key={n} className="callout callout--warning">
            {n}
          </p>
        ))}
      </header>
      <Panel title="Steps">
        <RunGraph model={model} run={run} pipelineId={pipeline.id} selected={selectedId} onSelect={select} />
      </Panel>
      <div className="pipeline-layout">
        <Panel title="Selected step">
          {selected ? (
            <StepChecks step={selected} />
          ) : (
            <p className="muted">Select a step in the graph or the table to see its checks.</p>
          )}
        </Panel>
        {failedCheck?.dataset && (
          <Panel title="Impact">
            <PanelBoundary label="Impacted models">
              <ImpactPanel dataset={failedCheck.dataset} runId={run.id} />
            </PanelBoundary>
            <p>
              <Link to={datasetPath(failedCheck.dataset)}>Data quality of {failedCheck.dataset}</Link>
            </p>
          </Panel>
        )}
      </div>
      <Panel title="All steps" subtitle="The graph as a table">
        <StepsTable steps={model.steps} onSelect={select} selected={selectedId} />
      </Panel>
    </>
  );
}
