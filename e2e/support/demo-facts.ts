import { resolveFleetOptions } from '../../src/mocks/demo-defaults';
import { createDemoFleet } from '../../src/mocks/fleet/fleet';

export interface LineageFacts {
  version: string;
  runId: string;
  datasets: { name: string; digest: string }[];
  commit: string;
}

/**
 * What the demo's seeded generator says about a model's production version:
 * the truth the lineage page must show. Ids, digests and commits depend only
 * on the seed, never on the clock.
 */
export function productionLineage(modelName: string): LineageFacts {
  const fleet = createDemoFleet(resolveFleetOptions());
  const model = fleet.models().find((m) => m.name === modelName);
  const version = fleet.versions(modelName)?.find((v) => v.version === model?.productionVersion);
  const run = version?.runId === undefined ? undefined : fleet.run(version.runId);
  if (!version || !run?.codeCommit) throw new Error(`The demo has no production run for ${modelName}.`);
  return {
    version: version.version,
    runId: run.id,
    datasets: run.datasets.map((d) => ({ name: d.name, digest: d.digest })),
    commit: run.codeCommit,
  };
}
