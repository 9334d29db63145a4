import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TimeWindow } from '../../../domain/time-range';
import { useNow } from '../../../lib/use-now';

export const FAIRNESS_WINDOWS = [7, 30, 90] as const;
export const DEFAULT_FAIRNESS_DAYS = 30;
export const FAIRNESS_WINDOW_PARAM = 'days';
const DAY = 86_400_000;

/**
 * Fairness is judged over whole days and more decisions than a dashboard's 24 hours hold: its own
 * window (`?days=`, 30 by default), ending at the current hour so the counts stay in the cache.
 */
export function fairnessWindow(days: number, now: number): TimeWindow {
  const to = Math.floor(now / 3_600_000) * 3_600_000;
  return { from: to - days * DAY, to };
}

export function parseFairnessDays(text: string | null): number {
  const days = Number(text);
  return (FAIRNESS_WINDOWS as readonly number[]).includes(days) ? days : DEFAULT_FAIRNESS_DAYS;
}

export function useFairnessWindow(): { days: number; window: TimeWindow } {
  const [params] = useSearchParams();
  const days = parseFairnessDays(params.get(FAIRNESS_WINDOW_PARAM));
  const now = useNow();
  const window = useMemo(() => fairnessWindow(days, now), [days, now]);
  return { days, window };
}
