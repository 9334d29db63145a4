import type { TimeWindow } from '../../domain/time-range';
import type { ExplanationTarget, Explanations } from '../explanations-capability';
import type { RestClient } from './rest-client';

/** Loaded with the first explanation question, never on the landing route. */
const wire = async () => {
  const [schemas, mappers] = await Promise.all([
    import('./explanations-schemas'),
    import('./explanations-to-domain'),
  ]);
  return { ...schemas, ...mappers };
};

const enc = encodeURIComponent;
const modelPath = (model: string, rest: string): string => `/explanations/models/${enc(model)}${rest}`;

function versionParams(target: ExplanationTarget): URLSearchParams {
  return new URLSearchParams(target.version ? { version: target.version } : {});
}

function windowParams(window: TimeWindow): URLSearchParams {
  return new URLSearchParams({
    start: new Date(window.from).toISOString(),
    end: new Date(window.to).toISOString(),
  });
}

/** The explanations part of the contract: `/explanations/*` and `/fairness/*`. */
export function createRestExplanations(client: RestClient): Explanations {
  return {
    async globalAttributions(target, signal) {
      const { toGlobalExplanation, globalAttributionsWire } = await wire();
      const path = modelPath(target.model, '/global');
      return toGlobalExplanation(
        await client.get(path, globalAttributionsWire, signal, versionParams(target)),
      );
    },
    async cohortAttributions(target, by, signal) {
      const { toCohortExplanation, cohortAttributionsWire } = await wire();
      const query = versionParams(target);
      query.set('by', by);
      const path = modelPath(target.model, '/cohorts');
      return toCohortExplanation(await client.get(path, cohortAttributionsWire, signal, query));
    },
    async listPredictions(model, filter, signal) {
      const { toPredictionPage, predictionPageWire } = await wire();
      const query = new URLSearchParams({ limit: String(filter.limit) });
      if (filter.cursor) query.set('cursor', filter.cursor);
      if (filter.outcome) query.set('outcome', filter.outcome);
      if (filter.segment) query.set('segment', filter.segment);
      const path = modelPath(model, '/predictions');
      return toPredictionPage(await client.get(path, predictionPageWire, signal, query));
    },
    async localExplanation(model, predictionId, k, signal) {
      const { toLocalExplanation, localExplanationWire } = await wire();
      const path = modelPath(model, `/predictions/${enc(predictionId)}`);
      const query = new URLSearchParams({ k: String(k) });
      return toLocalExplanation(await client.get(path, localExplanationWire, signal, query));
    },
    async sampleMatrix(target, limit, signal) {
      const { toSampleMatrix, sampleMatrixWire } = await wire();
      const query = versionParams(target);
      query.set('limit', String(limit));
      return toSampleMatrix(
        await client.get(modelPath(target.model, '/samples'), sampleMatrixWire, signal, query),
      );
    },
    async explanationDrift(model, request, signal) {
      const { toExplanationDrift, explanationDriftWire } = await wire();
      const query = windowParams(request.window);
      query.set('step', String(Math.round(request.stepSeconds)));
      return toExplanationDrift(
        await client.get(modelPath(model, '/drift'), explanationDriftWire, signal, query),
      );
    },
    async explanationDriftRanking(window, limit, signal) {
      const { toExplanationDriftRanking, explanationDriftRankingWire } = await wire();
      const query = windowParams(window);
      query.set('limit', String(limit));
      return toExplanationDriftRanking(
        await client.get('/explanations/drift-ranking', explanationDriftRankingWire, signal, query),
      );
    },
    async groupCounts(target, window, signal) {
      const { toGroupCountsReport, groupCountsReportWire } = await wire();
      const query = windowParams(window);
      if (target.version) query.set('version', target.version);
      const path = `/fairness/models/${enc(target.model)}/groups`;
      return toGroupCountsReport(await client.get(path, groupCountsReportWire, signal, query));
    },
    async fairnessOverview(window, signal) {
      const { toFairnessOverview, fairnessOverviewWire } = await wire();
      return toFairnessOverview(
        await client.get('/fairness/overview', fairnessOverviewWire, signal, windowParams(window)),
      );
    },
  };
}
