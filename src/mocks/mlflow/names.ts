import type { ModelTask } from '../../domain/model';
import { createRng, shuffled } from '../fleet/prng';

/** Business areas and the task their models do. */
const AREAS: readonly (readonly [string, ModelTask])[] = [
  ['fraud', 'classification'],
  ['churn', 'classification'],
  ['credit-risk', 'classification'],
  ['chargeback', 'classification'],
  ['spam', 'classification'],
  ['toxicity', 'classification'],
  ['payment-risk', 'classification'],
  ['seller-trust', 'classification'],
  ['lead-scoring', 'classification'],
  ['cart-abandon', 'classification'],
  ['ltv', 'regression'],
  ['demand', 'regression'],
  ['eta', 'regression'],
  ['pricing', 'regression'],
  ['inventory', 'regression'],
  ['delivery-delay', 'regression'],
  ['promo-uplift', 'regression'],
  ['returns', 'regression'],
  ['search', 'ranking'],
  ['recsys', 'ranking'],
  ['ads-ctr', 'ranking'],
  ['support-routing', 'ranking'],
  ['listing-quality', 'ranking'],
  ['feed', 'ranking'],
];

const PURPOSES: Record<ModelTask, readonly string[]> = {
  classification: ['detector', 'scorer', 'classifier'],
  regression: ['forecaster', 'estimator', 'model'],
  ranking: ['ranker', 'reranker', 'retriever'],
};

const REGIONS = ['eu', 'us', 'apac', 'latam', 'uk', 'ca'] as const;
const SEGMENTS = ['smb', 'enterprise', 'mobile', 'web'] as const;
const VARIANTS: readonly string[] = [
  '',
  ...REGIONS.map((r) => `-${r}`),
  ...SEGMENTS.map((s) => `-${s}`),
  ...REGIONS.flatMap((r) => SEGMENTS.map((s) => `-${r}-${s}`)),
];

export interface GeneratedName {
  name: string;
  task: ModelTask;
  area: string;
}

/**
 * Names real registries hold, including the awkward ones a client must
 * quote or escape: an apostrophe, spaces and capitals, a `%`, an underscore.
 */
export const AWKWARD_NAMES: readonly GeneratedName[] = [
  { name: "o'reilly-book-recs", task: 'ranking', area: 'recsys' },
  { name: 'Fraud Detector (legacy)', task: 'classification', area: 'fraud' },
  { name: 'promo-uplift-50%-off', task: 'regression', area: 'promo-uplift' },
  { name: 'churn_scorer_v2', task: 'classification', area: 'churn' },
];

const bases = (seed: number): readonly GeneratedName[] =>
  shuffled(
    AREAS.flatMap(([area, task]) =>
      PURPOSES[task].map((purpose) => ({ name: `${area}-${purpose}`, task, area })),
    ),
    createRng(seed, 'mlflow-names'),
  );

/** `count` unique names: plain first, then market variants, then numbered; some teams write snake_case. */
export function generateNames(seed: number, count: number): GeneratedName[] {
  const pool = bases(seed);
  const names: GeneratedName[] = AWKWARD_NAMES.slice(0, count);
  for (let ordinal = 0; names.length < count; ordinal++) {
    const base = pool[ordinal % pool.length] as GeneratedName;
    const round = Math.floor(ordinal / pool.length);
    const variant = VARIANTS[round % VARIANTS.length] ?? '';
    const number = Math.floor(round / VARIANTS.length);
    const name = `${base.name}${variant}${number === 0 ? '' : `-${number + 1}`}`;
    // Hyphens never meet underscores, so the snake_case spelling stays unique.
    const snake = createRng(seed, 'snake', ordinal).chance(0.2);
    names.push({ ...base, name: snake ? name.replaceAll('-', '_') : name });
  }
  return names;
}
