import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const PREDICTION_PARAM = 'prediction';
export const OUTCOME_PARAM = 'outcome';
export const SEGMENT_PARAM = 'segment';
export const CURSOR_PARAM = 'after';

/** Sets (or with undefined, removes) URL params, keeping the rest: the tab's view state lives there. */
export function useSetParams(): (changes: Record<string, string | undefined>) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (changes) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );
}

/** The link to one prediction's explanation, keeping the list's filters and page. */
export function predictionHref(params: URLSearchParams, predictionId: string): string {
  const next = new URLSearchParams(params);
  next.set(PREDICTION_PARAM, predictionId);
  return `?${next.toString()}`;
}
