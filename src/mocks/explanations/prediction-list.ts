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

/** Each prediction's outcome and segment as small codes: the index a backend filters on. */
interface PredictionIndex {
  outcome: Uint8Array;
  segment: Uint8Array;
  segments: string[];
}

/**
 * Pages through the model's predictions as a backend with an index would: a page builds only its
 * own rows; filters scan a compact index of outcome and segment codes (built once per model),
 * never the 100,000 predictions themselves.
 */
export function createPredictionList(seed: number, now: number) {
  const indexes = createLru<string, PredictionIndex>(8);

  function indexOf(plan: ExplainPlan): PredictionIndex {
    return indexes.get(plan.model, () => {
      const outcome = new Uint8Array(PREDICTION_COUNT);
      const segment = new Uint8Array(PREDICTION_COUNT);
      const segments = [...plan.segments];
      for (let i = 0; i < PREDICTION_COUNT; i++) {
        const p = predictionAt(plan, seed, now, i);
        outcome[i] = p.outcome === plan.outcomes[0] ? 0 : 1;
        let s = segments.indexOf(p.segment);
        if (s === -1) s = segments.push(p.segment) - 1;
        segment[i] = s;
      }
      return { outcome, segment, segments };
    });
  }

  return function page(plan: ExplainPlan, query: PredictionQuery): PageResult {
    const key = `${plan.model}|${query.outcome ?? ''}|${query.segment ?? ''}`;
    let offset = 0;
    if (query.cursor) {
      const decoded = decodeCursor(query.cursor, key);
      if (!decoded.ok) return decoded;
      offset = decoded.offset;
    }
    const outcomeCode = query.outcome === undefined ? -1 : plan.outcomes.indexOf(query.outcome);
    const knownSegment = query.segment === undefined || plan.segments.includes(query.segment);
    if ((query.outcome !== undefined && outcomeCode === -1) || !knownSegment)
      return { ok: true, items: [], total: 0 };
    const items: DemoPrediction[] = [];
    if (query.outcome === undefined && query.segment === undefined) {
      for (let i = offset; i < Math.min(PREDICTION_COUNT, offset + query.limit); i++)
        items.push(predictionAt(plan, seed, now, i));
      const next = offset + items.length;
      return {
        ok: true,
        items,
        total: PREDICTION_COUNT,
        ...(next < PREDICTION_COUNT && { nextCursor: encodeCursor(next, key) }),
      };
    }
    const index = indexOf(plan);
    const segmentCode = query.segment === undefined ? -1 : index.segments.indexOf(query.segment);
    const matches = (i: number): boolean =>
      (outcomeCode === -1 || index.outcome[i] === outcomeCode) &&
      (segmentCode === -1 || index.segment[i] === segmentCode);
    let total = 0;
    for (let i = 0; i < PREDICTION_COUNT; i++) if (matches(i)) total++;
    let i = offset;
    for (; i < PREDICTION_COUNT && items.length < query.limit; i++)
      if (matches(i)) items.push(predictionAt(plan, seed, now, i));
    return { ok: true, items, total, ...(i < PREDICTION_COUNT && { nextCursor: encodeCursor(i, key) }) };
  };
}
