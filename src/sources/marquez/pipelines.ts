import { checkGraph } from '../../domain/pipelines/graph';
import type {
  Consumption,
  EdgeContract,
  PipelineDetail,
  PipelineStep,
  QualityCheck,
  StepRun,
} from '../../domain/pipelines/types';
import type { Pipelines } from '../pipelines-capability';
import { SourceError } from '../source-error';
import { namespacePath, type MarquezClient } from './marquez-client';
import type { MarquezOptions } from './options';
import {
  datasetPageWire,
  datasetVersionPageWire,
  jobPageWire,
  lineageWire,
  type MarquezJob,
} from './schemas';
import { downstreamOf } from './lineage';
import { assertionChecks, marquezTime, toDatasetVersion, toRunState, toStepState } from './to-domain';

interface Grouped {
  id: string;
  jobs: MarquezJob[];
}

const enc = encodeURIComponent;

/** The pipelines capability over Marquez: jobs grouped by name prefix, checks from facets. */
export function createMarquezPipelines(
  client: MarquezClient,
  options: MarquezOptions & { name: string },
): Pipelines {
  const ns = options.namespace;
  const pipelineOf = (job?: string): string | undefined =>
    job === undefined ? undefined : job.split(options.pipelineSeparator)[0];

  const jobs = (signal: AbortSignal) =>
    client.all(namespacePath(ns, '/jobs'), jobPageWire, (p) => p.jobs, signal);

  async function grouped(signal: AbortSignal): Promise<Grouped[]> {
    const groups = new Map<string, MarquezJob[]>();
    for (const job of await jobs(signal)) {
      const id = pipelineOf(job.name) ?? job.name;
      groups.set(id, [...(groups.get(id) ?? []), job]);
    }
    return [...groups].map(([id, list]) => ({ id, jobs: list }));
  }

  /** B waits for A when B reads a dataset A writes (a job reading its own output is no dependency). */
  function stepsOf(group: Grouped): PipelineStep[] {
    const writers = new Map<string, string[]>();
    for (const job of group.jobs)
      for (const out of job.outputs) writers.set(out.name, [...(writers.get(out.name) ?? []), job.name]);
    return group.jobs.map((job) => ({
      id: job.name,
      name: job.name.slice(group.id.length + options.pipelineSeparator.length) || job.name,
      dependsOn: [...new Set(job.inputs.flatMap((i) => writers.get(i.name) ?? []))].filter(
        (w) => w !== job.name,
      ),
      inputs: job.inputs.map((i) => i.name),
      outputs: job.outputs.map((o) => o.name),
    }));
  }

  function stepRuns(group: Grouped): { steps: StepRun[]; notes: string[] } {
    const notes: string[] = [];
    const steps = group.jobs.map((job) => {
      const run = job.latestRun;
      const checks: QualityCheck[] = (run?.inputDatasetVersions ?? []).flatMap((input) => {
        const dataset = input.datasetVersionId.name;
        const read = assertionChecks(input.facets, dataset, `${dataset} as ${job.name} read it`);
        return read.checks;
      });
      return {
        stepId: job.name,
        state: toStepState(run),
        startedAt: marquezTime(run?.startedAt),
        endedAt: marquezTime(run?.endedAt),
        checks,
      };
    });
    return { steps, notes };
  }

  function detailOf(group: Grouped): PipelineDetail {
    const steps = stepsOf(group);
    const { steps: runs } = stepRuns(group);
    const started = runs.flatMap((r) => (r.startedAt === undefined ? [] : [r.startedAt]));
    const ended = runs.flatMap((r) => (r.endedAt === undefined ? [] : [r.endedAt]));
    const state = toRunState(runs.map((r) => r.state));
    const startedAt = started.length ? Math.min(...started) : undefined;
    const endedAt = state === 'succeeded' || state === 'failed' ? Math.max(...ended) : undefined;
    const lastRun =
      startedAt === undefined
        ? undefined
        : {
            runId: 'latest',
            startedAt,
            state,
            durationMs: endedAt === undefined ? undefined : endedAt - startedAt,
          };
    return {
      id: group.id,
      name: group.id,
      description: group.jobs.find((j) => j.description)?.description ?? undefined,
      lastSuccessAt: state === 'succeeded' ? endedAt : undefined,
      lastRun,
      recentRuns: lastRun ? [lastRun] : [],
      failedChecks: runs.flatMap((r) => r.checks).filter((c) => c.result === 'fail').length,
      models: [
        ...new Set(
          group.jobs.flatMap((j) =>
            j.outputs.filter((o) => o.namespace === options.modelNamespace).map((o) => o.name),
          ),
        ),
      ],
      stepCount: steps.length,
      steps,
    };
  }

  async function findGroup(id: string, signal: AbortSignal): Promise<Grouped> {
    const group = (await grouped(signal)).find((g) => g.id === id);
    if (!group)
      throw new SourceError({
        kind: 'http',
        status: 404,
        source: options.name,
        endpoint: `GET ${namespacePath(ns, '/jobs')}`,
        message: `${options.name} has no jobs named "${id}${options.pipelineSeparator}…" in namespace "${ns}".`,
        hint: 'Check the namespace and the pipeline/step separator on the connection.',
      });
    return group;
  }

  function acyclic(group: Grouped, steps: PipelineStep[]): void {
    const check = checkGraph(steps);
    if (check.ok) return;
    const problem = check.problems[0];
    throw new SourceError({
      kind: 'schema',
      source: options.name,
      endpoint: `GET ${namespacePath(ns, '/jobs')}`,
      message: `${options.name}'s lineage of pipeline "${group.id}" cannot be drawn: ${problem?.message ?? 'it is not a graph'}`,
      hint: 'A pipeline is drawn as a graph without cycles: a job that writes back a dataset an earlier job of the pipeline reads makes one. Give the rewritten dataset its own name.',
    });
  }

  return {
    async listPipelines(signal) {
      return (await grouped(signal)).map((g) => {
        const { steps: _steps, ...summary } = detailOf(g);
        return summary;
      });
    },
    async getPipeline(id, signal) {
      const group = await findGroup(id, signal);
      const detail = detailOf(group);
      acyclic(group, [...detail.steps]);
      return detail;
    },
    async getRun(pipelineId, runId, signal) {
      const group = await findGroup(pipelineId, signal);
      if (runId !== 'latest')
        throw new SourceError({
          kind: 'unsupported',
          source: options.name,
          endpoint: `GET ${namespacePath(ns, '/jobs')}`,
          message: `${options.name} keeps runs per job, not per pipeline: Sightline shows the latest run of each step, not run "${runId}".`,
        });
      const steps = stepsOf(group);
      acyclic(group, steps);
      const { steps: runs, notes } = stepRuns(group);
      const byId = new Map(runs.map((r) => [r.stepId, r]));
      const edges: EdgeContract[] = steps.flatMap((step) =>
        step.dependsOn.map((from) => {
          const dataset = steps.find((s) => s.id === from)?.outputs?.find((o) => step.inputs?.includes(o));
          const checks = (byId.get(step.id)?.checks ?? []).filter((c) => c.dataset === dataset);
          return {
            from,
            to: step.id,
            dataset,
            promised: dataset ? `${dataset} as ${from} wrote it` : 'completion of the upstream job',
            checked: checks.length ? checks.map((c) => `${c.name}: ${c.observed}`).join('; ') : 'not checked',
            result:
              checks.length === 0 ? 'unknown' : checks.some((c) => c.result === 'fail') ? 'fail' : 'pass',
          };
        }),
      );
      const started = runs.flatMap((r) => (r.startedAt === undefined ? [] : [r.startedAt]));
      const state = toRunState(runs.map((r) => r.state));
      const ended = runs.flatMap((r) => (r.endedAt === undefined ? [] : [r.endedAt]));
      return {
        id: 'latest',
        pipelineId,
        state,
        startedAt: started.length ? Math.min(...started) : 0,
        endedAt:
          (state === 'succeeded' || state === 'failed') && ended.length ? Math.max(...ended) : undefined,
        steps: runs,
        edges,
        notes,
      };
    },
    async listDatasets(signal) {
      const datasets = await client.all(
        namespacePath(ns, '/datasets'),
        datasetPageWire,
        (p) => p.datasets,
        signal,
      );
      return datasets.map((d) => ({
        name: d.name,
        latestVersion: d.currentVersion ?? undefined,
        updatedAt: marquezTime(d.lastModifiedAt ?? d.updatedAt),
        failedChecks: assertionChecks(d.facets, d.name, d.name).checks.filter((c) => c.result === 'fail')
          .length,
      }));
    },
    async datasetVersions(dataset, signal) {
      const path = namespacePath(ns, `/datasets/${enc(dataset)}/versions`);
      const versions = await client.all(path, datasetVersionPageWire, (p) => p.versions, signal);
      return versions.map((v) => toDatasetVersion(v, pipelineOf));
    },
    async consumptions(filter, signal) {
      const models = await client.all(
        namespacePath(options.modelNamespace, '/datasets'),
        datasetPageWire,
        (p) => p.datasets,
        signal,
      );
      const out: Consumption[] = [];
      for (const model of models.filter((m) => !filter.model || m.name === filter.model)) {
        const path = namespacePath(options.modelNamespace, `/datasets/${enc(model.name)}/versions`);
        const page = await client.get(
          path,
          { limit: String(options.pageSize), offset: '0' },
          datasetVersionPageWire,
          signal,
        );
        for (const version of page.versions) {
          const modelVersion =
            (version.facets?.version as { datasetVersion?: string } | undefined)?.datasetVersion ??
            version.version;
          if (filter.modelVersion && modelVersion !== filter.modelVersion) continue;
          for (const input of version.createdByRun?.inputDatasetVersions ?? [])
            out.push({
              model: model.name,
              modelVersion,
              use: 'training',
              dataset: { dataset: input.datasetVersionId.name, version: input.datasetVersionId.version },
            });
        }
      }
      return out;
    },
    async impact(ref, signal) {
      const nodeId = `dataset:${ns}:${ref.dataset}`;
      const lineage = await client.get(
        '/lineage',
        { nodeId, depth: String(options.lineageDepth) },
        lineageWire,
        signal,
      );
      const reached = downstreamOf(lineage, nodeId);
      const datasets = reached
        .filter((id) => id.startsWith('dataset:'))
        .map((id) => ({ dataset: id.slice(id.indexOf(':', 'dataset:'.length) + 1), version: 'current' }));
      const consumers: Consumption[] = reached
        .filter((id) => id.startsWith(`dataset:${options.modelNamespace}:`))
        .map((id) => ({
          model: id.slice(`dataset:${options.modelNamespace}:`.length),
          modelVersion: 'latest',
          use: 'training',
          dataset: ref,
        }));
      return { datasets: [ref, ...datasets.filter((d) => d.dataset !== ref.dataset)], consumers };
    },
  };
}
