import { datasetKey, type Consumption, type DatasetVersionInfo } from '../../domain/pipelines/types';
import type { DatasetSummary } from '../../sources/pipelines-capability';
import type { DemoFleet } from '../fleet/fleet';
import { generatedPipelineSpec } from './generated-pipeline';
import type { PipelineSpec } from './pipeline-spec';
import { simulatePipeline, type SimulatedPipeline } from './simulate';
import { DEMAND_PIPELINE, HEALTHY_PIPELINES, SEARCH_PIPELINE } from './story-pipelines';

export interface PipelineDemoOptions {
  /** `?pipeline-steps=N`: add a generated pipeline of N steps. */
  pipelineSteps?: number;
}

export interface PipelineStore {
  pipelines: readonly SimulatedPipeline[];
  find(id: string): SimulatedPipeline | undefined;
  datasets: readonly DatasetSummary[];
  versions(dataset: string): DatasetVersionInfo[] | undefined;
  allVersions: readonly DatasetVersionInfo[];
  consumptions: readonly Consumption[];
}

/** Which model versions read what: training reads the newest version before the model version was made. */
function consumptionsOf(spec: PipelineSpec, simulated: SimulatedPipeline, fleet: DemoFleet): Consumption[] {
  if (!spec.trains) return [];
  const { model, dataset } = spec.trains;
  const versions = fleet.versions(model) ?? [];
  const written = (name: string) =>
    simulated.versions.filter((v) => v.dataset === name).sort((a, b) => b.createdAt - a.createdAt);
  const features = written(dataset);
  // A version whose training never got its features read what the validation refused.
  const raw = written(
    spec.steps.find((s) => s.outputs?.length && s.id.startsWith('join'))?.outputs?.[0] ?? dataset,
  );
  const out: Consumption[] = [];
  for (const version of versions) {
    const pool = version.status === 'failed' ? raw : features;
    const read = pool.find((v) => v.createdAt <= version.createdAt);
    if (read) out.push({ model, modelVersion: version.version, use: 'training', dataset: read });
  }
  const production = versions.find((v) => v.stage === 'production');
  const deployment = fleet.deployments(model)?.find((d) => d.environment === 'production');
  const newest = raw[0] ?? features[0];
  if (production && newest)
    out.push({
      model,
      modelVersion: production.version,
      use: 'serving',
      dataset: newest,
      deployment: deployment?.id,
    });
  return out.map((c) => ({ ...c, dataset: { dataset: c.dataset.dataset, version: c.dataset.version } }));
}

function summarise(pipeline: SimulatedPipeline): DatasetSummary[] {
  const names = [...new Set(pipeline.versions.map((v) => v.dataset))];
  const latestRun = pipeline.runs[0];
  return names.map((name) => {
    const newest = pipeline.versions
      .filter((v) => v.dataset === name)
      .sort((a, b) => b.createdAt - a.createdAt)[0];
    const failedChecks =
      latestRun?.steps.flatMap((s) => s.checks).filter((c) => c.dataset === name && c.result === 'fail')
        .length ?? 0;
    return {
      name,
      pipelineId: pipeline.detail.id,
      latestVersion: newest?.version,
      updatedAt: newest?.createdAt,
      freshnessSlaMs: pipeline.detail.freshnessSlaMs,
      failedChecks,
    };
  });
}

/** The demo's pipelines, built once per demo backend from the story and the fleet's models. */
export function createPipelineStore(
  fleet: DemoFleet,
  now: number,
  options: PipelineDemoOptions = {},
): PipelineStore {
  const specs = [DEMAND_PIPELINE, SEARCH_PIPELINE, ...HEALTHY_PIPELINES].filter(
    (s) => !s.trains || fleet.findPlan(s.trains.model) !== undefined,
  );
  if (options.pipelineSteps) specs.push(generatedPipelineSpec(options.pipelineSteps));
  const simulated = specs.map((spec) => simulatePipeline(spec, now));
  const consumptions = specs.flatMap((spec, i) =>
    consumptionsOf(spec, simulated[i] as SimulatedPipeline, fleet),
  );
  const allVersions = simulated.flatMap((p) => p.versions);
  const byDataset = new Map<string, DatasetVersionInfo[]>();
  for (const v of [...allVersions].sort((a, b) => b.createdAt - a.createdAt)) {
    const list = byDataset.get(v.dataset) ?? [];
    list.push(v);
    byDataset.set(v.dataset, list);
  }
  const keys = new Set(allVersions.map(datasetKey));
  return {
    pipelines: simulated,
    find: (id) => simulated.find((p) => p.detail.id === id),
    // The generated pipeline's thousands of datasets would drown the story's.
    datasets: simulated.filter((p) => p.detail.id !== 'generated-scale').flatMap(summarise),
    versions: (dataset) => byDataset.get(dataset),
    allVersions,
    consumptions: consumptions.filter((c) => keys.has(datasetKey(c.dataset))),
  };
}
