import { createRng } from '../fleet/prng';
import { EXPLAINED_COUNT, PREDICTION_COUNT, PREDICTION_SPAN, type ExplainPlan } from './explain-plan';

export interface DemoPrediction {
  index: number;
  predictionId: string;
  at: number;
  version: string;
  prediction: number;
  outcome: string;
  segment: string;
  explained: boolean;
  values: (string | number)[];
  contributions: number[];
}

const SPACING = PREDICTION_SPAN / PREDICTION_COUNT;

/** A standard normal draw (Box–Muller). */
function normal(next: () => number): number {
  const u = Math.max(next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** Prediction ids count up with time, so the newest has the highest number. */
export const predictionId = (index: number): string =>
  `p${String(PREDICTION_COUNT - index).padStart(6, '0')}`;

export function indexOfPrediction(id: string): number | undefined {
  const match = /^p(\d{6})$/.exec(id);
  if (!match) return undefined;
  const index = PREDICTION_COUNT - Number(match[1]);
  return index >= 0 && index < PREDICTION_COUNT ? index : undefined;
}

/**
 * The `index`-th newest prediction, drawn from its own stream so any page is made without the
 * others. Contributions are scaled when the sum would leave (0, 1), so they always add up.
 */
export function predictionAt(plan: ExplainPlan, seed: number, now: number, index: number): DemoPrediction {
  const rng = createRng(seed, 'prediction', plan.model, index);
  const values: (string | number)[] = [];
  const raw: number[] = [];
  for (const feature of plan.features) {
    if (feature.categories) {
      const position = rng.int(0, feature.categories.length - 1);
      const mid = (feature.categories.length - 1) / 2;
      values.push(feature.categories[position] ?? '');
      raw.push(feature.sign * feature.weight * (mid === 0 ? 0 : ((position - mid) / mid) * 1.2));
    } else {
      const z = Math.max(
        -2.5,
        Math.min(
          2.5,
          normal(() => rng.next()),
        ),
      );
      values.push(Math.max(0, round(feature.centre + feature.spread * z, feature.digits)));
      raw.push(feature.sign * feature.weight * z);
    }
  }
  const sum = raw.reduce((a, b) => a + b, 0);
  const classifier = plan.task === 'classification';
  // A probability stays inside (0.01, 0.99): the sum is squashed with tanh towards the room left,
  // and every contribution scaled by the same factor, so they still add up.
  const room = sum > 0 ? 0.99 - plan.baseValue : plan.baseValue - 0.01;
  const scale = classifier && sum !== 0 ? (room * Math.tanh(Math.abs(sum) / room)) / Math.abs(sum) : 1;
  const contributions = raw.map((c) => round(c * scale, 5));
  const prediction = round(
    contributions.reduce((a, b) => a + b, plan.baseValue),
    5,
  );
  const threshold = classifier ? 0.5 : plan.baseValue;
  const at = now - (index + 1) * SPACING;
  const segment = plan.segmentFeature
    ? String(values[plan.features.findIndex((f) => f.name === plan.segmentFeature)])
    : (plan.segments[rng.int(0, plan.segments.length - 1)] ?? '');
  return {
    index,
    predictionId: predictionId(index),
    at,
    version: String(
      at >= plan.productionSince ? plan.productionVersion : Math.max(1, plan.productionVersion - 1),
    ),
    prediction,
    outcome: prediction >= threshold ? plan.outcomes[0] : plan.outcomes[1],
    segment,
    explained: index < EXPLAINED_COUNT,
    values,
    contributions,
  };
}
