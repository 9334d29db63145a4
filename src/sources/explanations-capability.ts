import type {
  CohortExplanation,
  ExplanationDrift,
  ExplanationDriftRanking,
  GlobalExplanation,
  LocalExplanation,
  PredictionFilter,
  PredictionPage,
  SampleMatrix,
} from '../domain/explanations/explanation';
import type { FairnessOverview, GroupCountsReport } from '../domain/fairness/report';
import type { TimeWindow } from '../domain/time-range';

/** Which model, and which version (the production one when left out). */
export interface ExplanationTarget {
  model: string;
  version?: string;
}

/**
 * Why a model decided, in tiers a backend can afford (global, cohort, local, a capped sample),
 * and per-group decision counts for fairness: the browser computes every rate and interval from
 * counts, never from rows. Answered by the REST contract's `/explanations` and `/fairness`.
 */
export interface Explanations {
  globalAttributions(target: ExplanationTarget, signal: AbortSignal): Promise<GlobalExplanation>;
  cohortAttributions(target: ExplanationTarget, by: string, signal: AbortSignal): Promise<CohortExplanation>;
  /** Newest first, paged by the backend. */
  listPredictions(model: string, filter: PredictionFilter, signal: AbortSignal): Promise<PredictionPage>;
  localExplanation(
    model: string,
    predictionId: string,
    k: number,
    signal: AbortSignal,
  ): Promise<LocalExplanation>;
  sampleMatrix(target: ExplanationTarget, limit: number, signal: AbortSignal): Promise<SampleMatrix>;
  explanationDrift(
    model: string,
    request: { window: TimeWindow; stepSeconds: number },
    signal: AbortSignal,
  ): Promise<ExplanationDrift>;
  /** Production models, lowest nDCG of their latest ranking against the training baseline first. */
  explanationDriftRanking(
    window: TimeWindow,
    limit: number,
    signal: AbortSignal,
  ): Promise<ExplanationDriftRanking>;
  groupCounts(target: ExplanationTarget, window: TimeWindow, signal: AbortSignal): Promise<GroupCountsReport>;
  fairnessOverview(window: TimeWindow, signal: AbortSignal): Promise<FairnessOverview>;
}
