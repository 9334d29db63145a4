import { decodeCursor, encodeCursor } from '../fleet/cursor';
import { createLru } from '../fleet/lru';
import { PREDICTION_COUNT, type ExplainPlan } from './explain-plan';
import { predictionAt, type DemoPrediction } from './predictions';

export interface PredictionQuery {
  outcome?: string;
  segment?: string;
  limit: number;
  cursor?: string;
}

export type PageResult =
  { ok: true; items: DemoPrediction[]; total: number; nextCursor?: string } | { ok: false; message: string };

const matches = (p: DemoPrediction, q: PredictionQuery): boolean =>
  (!q.outcome || p.outcome === q.outcome) && (!q.segment || p.segment === q.segment);

/**
 * Pages through the model's predictions as a backend with an index would: a page costs its own
 * rows (plus the skipped ones under a filter), never the 100,000; the filtered total is counted
 * once per filter and kept.
 */
export function createPredictionList(seed: number, now: number) {
  const totals = createLru<string, number>(32);

  return function page(plan: ExplainPlan, query: PredictionQuery): PageResult {
    const key = `${plan.model}|${query.outcome ?? ''}|${query.segment ?? ''}`;
    let offset = 0;
    if (query.cursor) {
      const decoded = decodeCursor(query.cursor, key);
      if (!decoded.ok) return decoded;
      offset = decoded.offset;
    }
    const filtered = Boolean(query.outcome || query.segment);
    const total = totals.get(key, () => {
      if (!filtered) return PREDICTION_COUNT;
      let count = 0;
      for (let i = 0; i < PREDICTION_COUNT; i++)
        if (matches(predictionAt(plan, seed, now, i), query)) count++;
      return count;
    });
    const items: DemoPrediction[] = [];
    let i = offset;
    for (; i < PREDICTION_COUNT && items.length < query.limit; i++) {
      const prediction = predictionAt(plan, seed, now, i);
      if (matches(prediction, query)) items.push(prediction);
    }
    const more = i < PREDICTION_COUNT;
    return { ok: true, items, total, ...(more && { nextCursor: encodeCursor(i, key) }) };
  };
}
