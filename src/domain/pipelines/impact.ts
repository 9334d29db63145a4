import { datasetKey, type Consumption, type DatasetVersionInfo, type DatasetVersionRef } from './types';

export interface Impact {
  /** Dataset versions derived from the start, the start first. */
  datasets: readonly DatasetVersionRef[];
  /** Model versions that read any of them, by model then version. */
  consumers: readonly Consumption[];
}

/**
 * What a dataset version reaches downstream: the versions derived from it (transitively, via
 * each version's `inputs`) and the model versions whose training, evaluation or serving read
 * any of them.
 */
export function downstreamImpact(
  start: DatasetVersionRef,
  versions: readonly DatasetVersionInfo[],
  consumptions: readonly Consumption[],
): Impact {
  const derived = new Map<string, DatasetVersionRef[]>();
  for (const version of versions) {
    for (const input of version.inputs) {
      const list = derived.get(datasetKey(input)) ?? [];
      list.push({ dataset: version.dataset, version: version.version });
      derived.set(datasetKey(input), list);
    }
  }
  const seen = new Map<string, DatasetVersionRef>([[datasetKey(start), start]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    for (const next of derived.get(datasetKey(queue[i] as DatasetVersionRef)) ?? []) {
      if (seen.has(datasetKey(next))) continue;
      seen.set(datasetKey(next), next);
      queue.push(next);
    }
  }
  const consumers = consumptions
    .filter((c) => seen.has(datasetKey(c.dataset)))
    .sort(
      (a, b) =>
        a.model.localeCompare(b.model) ||
        b.modelVersion.localeCompare(a.modelVersion, undefined, { numeric: true }),
    );
  return { datasets: queue, consumers };
}

export interface Provenance {
  /** The dataset versions the model version read, then what they were derived from. */
  datasets: readonly DatasetVersionInfo[];
  /** The runs that wrote them. */
  runIds: readonly string[];
}

/** From a model version back to the dataset versions it read and the runs that produced them. */
export function upstreamOf(
  model: string,
  modelVersion: string,
  versions: readonly DatasetVersionInfo[],
  consumptions: readonly Consumption[],
): Provenance {
  const byKey = new Map(versions.map((v) => [datasetKey(v), v]));
  const queue = consumptions
    .filter((c) => c.model === model && c.modelVersion === modelVersion)
    .map((c) => c.dataset);
  const seen = new Set<string>();
  const datasets: DatasetVersionInfo[] = [];
  for (let i = 0; i < queue.length; i += 1) {
    const key = datasetKey(queue[i] as DatasetVersionRef);
    if (seen.has(key)) continue;
    seen.add(key);
    const info = byKey.get(key);
    if (!info) continue;
    datasets.push(info);
    queue.push(...info.inputs);
  }
  const runIds = [...new Set(datasets.flatMap((d) => (d.runId ? [d.runId] : [])))];
  return { datasets, runIds };
}
