import { keepPreviousData, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type {
  ExplanationDrift,
  ExplanationDriftRanking,
  GlobalExplanation,
  LocalExplanation,
  PredictionFilter,
  PredictionPage,
} from '../../../domain/explanations/explanation';
import type { TimeWindow } from '../../../domain/time-range';
import { useRequiredCapability } from '../../../lib/capability';
import { explanationsKeys } from '../../../lib/query-keys';
import type { ExplanationTarget, Explanations } from '../../../sources/explanations-capability';

export const globalOptions = (explanations: Explanations, sourceKey: string, target: ExplanationTarget) =>
  queryOptions({
    queryKey: explanationsKeys.global(sourceKey, target),
    queryFn: ({ signal }) => explanations.globalAttributions(target, signal),
    staleTime: 5 * 60_000,
  });

/** Mean |attribution| per feature of a version (the production one when left out). */
export function useGlobalAttributions(
  target: ExplanationTarget,
  enabled = true,
): UseQueryResult<GlobalExplanation> {
  const { capability, source } = useRequiredCapability('explanations');
  return useQuery({ ...globalOptions(capability, source.cacheKey, target), enabled });
}

/** One page of recent predictions, newest first; the last page stays on screen while the next loads. */
export function usePredictions(model: string, filter: PredictionFilter): UseQueryResult<PredictionPage> {
  const { capability, source } = useRequiredCapability('explanations');
  return useQuery({
    queryKey: explanationsKeys.predictions(source.cacheKey, model, filter),
    queryFn: ({ signal }) => capability.listPredictions(model, filter, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export const CONTRIBUTIONS_SHOWN = 8;

export function useLocalExplanation(model: string, predictionId: string): UseQueryResult<LocalExplanation> {
  const { capability, source } = useRequiredCapability('explanations');
  return useQuery({
    queryKey: explanationsKeys.local(source.cacheKey, model, predictionId, CONTRIBUTIONS_SHOWN),
    queryFn: ({ signal }) => capability.localExplanation(model, predictionId, CONTRIBUTIONS_SHOWN, signal),
    staleTime: Infinity,
  });
}

export function useExplanationDrift(
  model: string,
  window: TimeWindow,
  stepSeconds: number,
): UseQueryResult<ExplanationDrift> {
  const { capability, source } = useRequiredCapability('explanations');
  return useQuery({
    queryKey: explanationsKeys.drift(source.cacheKey, model, window, stepSeconds),
    queryFn: ({ signal }) => capability.explanationDrift(model, { window, stepSeconds }, signal),
    staleTime: 5 * 60_000,
  });
}

export function useExplanationDriftRanking(
  window: TimeWindow,
  limit: number,
): UseQueryResult<ExplanationDriftRanking> {
  const { capability, source } = useRequiredCapability('explanations');
  return useQuery({
    queryKey: explanationsKeys.driftRanking(source.cacheKey, window, limit),
    queryFn: ({ signal }) => capability.explanationDriftRanking(window, limit, signal),
    staleTime: 5 * 60_000,
  });
}
