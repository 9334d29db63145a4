import { MAX_POINTS_PER_SERIES } from '../../domain/step';
import type { TimeWindow } from '../../domain/time-range';
import { DAY } from '../fleet/time';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MAX_WINDOW = 400 * DAY;

/** `start` and `end` (ISO-8601), required, `start` < `end`, at most 400 days apart. */
export function parseWindow(params: URLSearchParams): Parsed<TimeWindow> {
  const from = Date.parse(params.get('start') ?? '');
  const to = Date.parse(params.get('end') ?? '');
  if (Number.isNaN(from) || Number.isNaN(to)) {
    return {
      ok: false,
      message: '"start" and "end" must be ISO-8601 date-times, e.g. 2026-11-27T10:00:00Z.',
    };
  }
  if (from >= to) return { ok: false, message: '"end" must come after "start".' };
  if (to - from > MAX_WINDOW) return { ok: false, message: 'The window may span at most 400 days.' };
  return { ok: true, value: { from, to } };
}

/** `step` in whole seconds, at least 60, and at most 11,000 buckets in the window. */
export function parseStep(params: URLSearchParams, window: TimeWindow): Parsed<number> {
  const text = params.get('step') ?? '';
  const step = Number(text);
  if (!/^\d+$/.test(text) || step < 60)
    return { ok: false, message: '"step" must be a whole number of seconds, at least 60.' };
  if ((window.to - window.from) / (step * 1000) > MAX_POINTS_PER_SERIES) {
    return { ok: false, message: `"step" ${step} s would make more than ${MAX_POINTS_PER_SERIES} buckets.` };
  }
  return { ok: true, value: step };
}

/** `limit`: 1–100, default 10. */
export function parseLimit(params: URLSearchParams): Parsed<number> {
  const text = params.get('limit');
  if (text === null) return { ok: true, value: 10 };
  const limit = Number(text);
  if (!/^\d+$/.test(text) || limit < 1 || limit > 100)
    return { ok: false, message: '"limit" must be between 1 and 100.' };
  return { ok: true, value: limit };
}
