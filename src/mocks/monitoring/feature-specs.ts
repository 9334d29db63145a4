import { createRng, type Rng } from '../fleet/prng';

/** A numeric feature's reference distribution: normal(mean, sd), counted on `edges`. */
export interface NumericSpec {
  kind: 'numeric';
  name: string;
  mean: number;
  sd: number;
  edges: readonly number[];
}

/** A categorical feature's reference distribution: category → weight (normalised on use). */
export interface CategoricalSpec {
  kind: 'categorical';
  name: string;
  weights: Readonly<Record<string, number>>;
}

export type FeatureSpec = NumericSpec | CategoricalSpec;

/** `count` equal bins from `lo` to `hi`. */
export function equalEdges(lo: number, hi: number, count: number): number[] {
  const width = (hi - lo) / count;
  const edges: number[] = [];
  // Rounded so 0.05-wide bins read 0.15, not 0.15000000000000002.
  for (let i = 0; i <= count; i += 1) edges.push(Math.round((lo + i * width) * 1e9) / 1e9);
  return edges;
}

export const numeric = (
  name: string,
  mean: number,
  sd: number,
  lo: number,
  hi: number,
  bins = 20,
): NumericSpec => ({
  kind: 'numeric',
  name,
  mean,
  sd,
  edges: equalEdges(lo, hi, bins),
});

export const categorical = (name: string, weights: Record<string, number>): CategoricalSpec => ({
  kind: 'categorical',
  name,
  weights,
});

const CATEGORY_SETS: readonly [RegExp, readonly string[]][] = [
  [/_flag$|^is_|^has_/, ['true', 'false']],
  [/region/, ['emea', 'amer', 'apac', 'latam']],
  [/country/, ['DE', 'FR', 'GB', 'US', 'NL', 'ES']],
  [/device/, ['mobile', 'desktop', 'tablet']],
  [/tier|plan/, ['free', 'basic', 'pro', 'enterprise']],
  [/channel/, ['web', 'app', 'email', 'partner']],
  [/age_group/, ['18-25', '26-39', '40-60', '60+']],
];

const CATEGORICAL_NAME =
  /(_type|_tier|_id|_group|_bucket|_method|_channel|_country|_flag|region|category|channel|plan|segment|device)/;

/** Whether a feature is categorical, judged from its name as a data scientist would. */
export function isCategoricalName(name: string): boolean {
  return CATEGORICAL_NAME.test(name);
}

const guessed = new Map<string, FeatureSpec>();

/**
 * A plausible distribution for a feature known only by its name. The same name means the same
 * column (order_amount is order_amount in every model of the fleet), so specs are keyed by
 * seed and name and kept: a 10,000-model fleet has a few hundred distinct features.
 */
export function specFor(name: string, seed: number): FeatureSpec {
  const key = `${seed}|${name}`;
  let spec = guessed.get(key);
  if (!spec) {
    spec = guessSpec(name, createRng(seed, 'feature-spec', name));
    guessed.set(key, spec);
  }
  return spec;
}

function guessSpec(name: string, rng: Rng): FeatureSpec {
  if (isCategoricalName(name)) {
    const set = CATEGORY_SETS.find(([pattern]) => pattern.test(name))?.[1];
    const categories =
      set ?? Array.from({ length: rng.int(3, 6) }, (_, i) => `${name.replace(/_.*$/, '')}-${i + 1}`);
    return categorical(name, Object.fromEntries(categories.map((c) => [c, rng.float(0.5, 3)])));
  }
  if (/ratio|rate|score|share|confidence|similarity|pct|index$/.test(name)) {
    const mean = rng.float(0.35, 0.7);
    return numeric(name, mean, rng.float(0.08, 0.18), 0, 1);
  }
  const mean = Math.round(rng.float(5, 500));
  const sd = Math.max(1, Math.round(mean * rng.float(0.2, 0.45)));
  return numeric(name, mean, sd, Math.max(0, mean - 4 * sd), mean + 4 * sd);
}
