import type { Pipelines } from '../pipelines-capability';
import type { RestClient } from './rest-client';

/** Schemas and mappers load with the first pipelines question, not on the landing route. */
const wire = async () => {
  const [schemas, mappers] = await Promise.all([
    import('./pipelines-schemas'),
    import('./pipelines-to-domain'),
  ]);
  return { ...schemas, ...mappers };
};

const enc = encodeURIComponent;

/** The pipelines part of the contract: `/pipelines`, `/datasets`, `/lineage`. */
export function createRestPipelines(client: RestClient): Pipelines {
  return {
    async listPipelines(signal) {
      const { pipelineListWire, toPipelineSummary } = await wire();
      return (await client.get('/pipelines', pipelineListWire, signal)).items.map(toPipelineSummary);
    },
    async getPipeline(id, signal) {
      const { pipelineDetailWire, toPipelineDetail } = await wire();
      return toPipelineDetail(await client.get(`/pipelines/${enc(id)}`, pipelineDetailWire, signal));
    },
    async getRun(pipelineId, runId, signal) {
      const { pipelineRunWire, toPipelineRun } = await wire();
      const path = `/pipelines/${enc(pipelineId)}/runs/${enc(runId)}`;
      return toPipelineRun(await client.get(path, pipelineRunWire, signal));
    },
    async listDatasets(signal) {
      const { datasetListWire, toDatasetSummary } = await wire();
      return (await client.get('/datasets', datasetListWire, signal)).items.map(toDatasetSummary);
    },
    async datasetVersions(dataset, signal) {
      const { datasetVersionListWire, toDatasetVersion } = await wire();
      const path = `/datasets/${enc(dataset)}/versions`;
      return (await client.get(path, datasetVersionListWire, signal)).items.map(toDatasetVersion);
    },
    async consumptions(filter, signal) {
      const { consumptionListWire, toConsumption } = await wire();
      const query = new URLSearchParams();
      if (filter.model) query.set('model', filter.model);
      if (filter.modelVersion) query.set('modelVersion', filter.modelVersion);
      return (await client.get('/lineage/consumptions', consumptionListWire, signal, query)).items.map(
        toConsumption,
      );
    },
    async impact(ref, signal) {
      const { impactWire, toImpact } = await wire();
      const query = new URLSearchParams({ dataset: ref.dataset, version: ref.version });
      return toImpact(await client.get('/lineage/impact', impactWire, signal, query));
    },
  };
}
