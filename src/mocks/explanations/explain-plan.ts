import type { ModelPlan } from '../fleet/model-plan';
import { createRng } from '../fleet/prng';
import { DAY } from '../fleet/time';

/** How the demo explains one model: each feature's weight, how its values are drawn, the outcomes. */
export interface ExplainFeature {
  name: string;
  /** Contribution = sign · weight · z, z standard normal (or a category's position). */
  weight: number;
  sign: 1 | -1;
  categories?: readonly string[];
  centre: number;
  spread: number;
  digits: number;
}

export interface ExplainPlan {
  model: string;
  task: ModelPlan['model']['task'];
  method: string;
  outputSpace: string;
  baseValue: number;
  features: readonly ExplainFeature[];
  /** [favourable, unfavourable]: above and below 0.5 for a classifier, the base value otherwise. */
  outcomes: readonly [string, string];
  segmentFeature?: string;
  segments: readonly string[];
  productionVersion: number;
  /** When production last changed: older predictions were made by the version before. */
  productionSince: number;
}

/** Predictions the demo lists per model, newest first, and how many of the newest keep a local explanation. */
export const PREDICTION_COUNT = 100_000;
export const EXPLAINED_COUNT = 500;
/** The predictions span the last 30 days. */
export const PREDICTION_SPAN = 30 * DAY;

const CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  age_group: ['18-25', '26-39', '40-60', '60+'],
  payment_method: ['card', 'paypal', 'bank', 'bnpl'],
  contract_type: ['monthly', 'annual', 'two-year'],
  customer_tier: ['free', 'plus', 'pro'],
  channel: ['email', 'chat', 'phone'],
  promo_flag: ['no', 'yes'],
  price_bucket: ['low', 'mid', 'high'],
};

/** Plausible values for the story's numeric features: [centre, spread, digits]. */
const NUMERIC: Readonly<Record<string, readonly [number, number, number]>> = {
  annual_income: [62_000, 24_000, 0],
  debt_to_income: [0.31, 0.11, 2],
  credit_history_months: [84, 40, 0],
  employment_years: [6, 4, 0],
  tenure_months: [24, 15, 0],
  monthly_charges: [70, 25, 2],
  support_calls_90d: [2, 2, 0],
  order_amount: [120, 90, 2],
  account_age_days: [400, 300, 0],
  ip_reputation: [0.8, 0.15, 2],
  device_fingerprint_age_days: [200, 150, 0],
};

/** The story's weights, largest first; other models draw theirs. */
const STORY_WEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'credit-approval': {
    annual_income: 0.11,
    debt_to_income: -0.09,
    credit_history_months: 0.06,
    age_group: 0.045,
    employment_years: 0.03,
  },
  'churn-predictor': {
    tenure_months: -0.14,
    monthly_charges: 0.1,
    support_calls_90d: 0.07,
    contract_type: -0.05,
  },
  'transaction-fraud': {
    ip_reputation: -0.12,
    account_age_days: -0.08,
    order_amount: 0.07,
    payment_method: 0.05,
    device_fingerprint_age_days: -0.03,
  },
};

const OUTCOMES: Readonly<Record<string, readonly [string, string]>> = {
  'credit-approval': ['approved', 'referred'],
  'transaction-fraud': ['held', 'cleared'],
  'churn-predictor': ['will churn', 'will stay'],
};

const BASES: Readonly<Record<string, number>> = {
  'credit-approval': 0.5,
  'transaction-fraud': 0.08,
  'churn-predictor': 0.22,
};

const REGIONS = ['north', 'south', 'east', 'west'] as const;

/** The explanation plan of a model in production; undefined for one that makes no predictions. */
export function explainPlan(plan: ModelPlan, seed: number): ExplainPlan | undefined {
  if (plan.productionVersion === undefined) return undefined;
  const name = plan.model.name;
  const rng = createRng(seed, 'explain', name);
  const story = STORY_WEIGHTS[name];
  let weight = rng.float(0.08, 0.14);
  const features = plan.features.map((feature): ExplainFeature => {
    const drawn = weight * (rng.chance(0.7) ? 1 : -1);
    weight *= rng.float(0.55, 0.8);
    const w = story?.[feature] ?? drawn;
    const [centre, spread, digits] = NUMERIC[feature] ?? [rng.int(10, 500), rng.int(5, 100), 0];
    const categories = CATEGORIES[feature];
    return {
      name: feature,
      weight: Math.abs(w),
      sign: w < 0 ? -1 : 1,
      centre,
      spread,
      digits,
      ...(categories && { categories }),
    };
  });
  const classifier = plan.model.task === 'classification';
  const segmentFeature = features.find((f) => f.categories)?.name;
  return {
    model: name,
    task: plan.model.task,
    method: plan.framework === 'pytorch' ? 'integrated-gradients' : 'shap-tree',
    outputSpace: classifier ? 'probability' : 'score',
    baseValue: BASES[name] ?? (classifier ? 0.4 : 1),
    features: [...features].sort((a, b) => b.weight - a.weight),
    outcomes: OUTCOMES[name] ?? (classifier ? ['positive', 'negative'] : ['above average', 'below average']),
    segmentFeature,
    segments: segmentFeature ? (CATEGORIES[segmentFeature] ?? REGIONS) : REGIONS,
    productionVersion: plan.productionVersion,
    productionSince: plan.shipped[0]?.at ?? plan.versionTimes[plan.productionVersion - 1] ?? 0,
  };
}
