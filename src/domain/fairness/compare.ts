import { isNotDefined, notDefined, type NotDefined } from '../drift/not-defined';
import { type Rate, type RateOrNot, Z_95 } from './rates';

/** A ratio or difference of two rates, with its interval and the name of the method behind it. */
export interface Comparison {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
  readonly method: string;
}

export type ComparisonOrNot = Comparison | NotDefined;

export const LOG_RATIO_METHOD = 'delta method on the log ratio (Katz et al. 1978)';
export const NEWCOMBE_METHOD = "Newcombe's hybrid score interval (method 10, 1998)";

/**
 * The ratio of two rates a/b (the disparate impact ratio when b is the reference group), with the
 * interval from the delta method on log(a/b) (Katz, Baptista, Azen & Pike, "Obtaining confidence
 * intervals for the risk ratio in cohort studies", Biometrics 34, 1978):
 *
 *   SE(log r) = √(1/x₁ − 1/n₁ + 1/x₂ − 1/n₂),  r · exp(±z · SE).
 *
 * A zero count makes SE infinite, so the interval adds ½ to every cell (Haldane's correction) and
 * is then widened to hold the estimate. A reference rate of 0 gives no ratio: NotDefined.
 */
export function rateRatio(a: RateOrNot, b: RateOrNot, z = Z_95): ComparisonOrNot {
  if (isNotDefined(a)) return a;
  if (isNotDefined(b)) return b;
  if (b.successes === 0)
    return notDefined('the reference group has a rate of 0, so a ratio to it is not defined');
  const value = a.value / b.value;
  const zero = a.successes === 0 || a.successes === a.trials || b.successes === b.trials;
  const [x1, n1, x2, n2] = zero
    ? [a.successes + 0.5, a.trials + 1, b.successes + 0.5, b.trials + 1]
    : [a.successes, a.trials, b.successes, b.trials];
  const centre = Math.log(x1 / n1 / (x2 / n2));
  const se = Math.sqrt(Math.max(0, 1 / x1 - 1 / n1 + 1 / x2 - 1 / n2));
  return {
    value,
    lower: Math.min(value, Math.exp(centre - z * se)),
    upper: Math.max(value, Math.exp(centre + z * se)),
    method: LOG_RATIO_METHOD,
  };
}

/**
 * The difference of two rates a − b with Newcombe's hybrid score interval, method 10 of Newcombe,
 * "Interval estimation for the difference between independent proportions: comparison of eleven
 * methods", Stat. Med. 17, 1998: from the Wilson intervals (l, u) of each rate,
 *
 *   L = d − √((p₁ − l₁)² + (u₂ − p₂)²),  U = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 */
export function rateDifference(a: RateOrNot, b: RateOrNot): ComparisonOrNot {
  if (isNotDefined(a)) return a;
  if (isNotDefined(b)) return b;
  const value = a.value - b.value;
  return {
    value,
    lower: Math.max(-1, value - Math.hypot(a.value - a.lower, b.upper - b.value)),
    upper: Math.min(1, value + Math.hypot(a.upper - a.value, b.value - b.lower)),
    method: NEWCOMBE_METHOD,
  };
}

export function isRate(value: RateOrNot): value is Rate {
  return !isNotDefined(value);
}
