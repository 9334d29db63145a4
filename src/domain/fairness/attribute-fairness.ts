import { isNotDefined, notDefined } from '../drift/not-defined';
import { type ComparisonOrNot, rateDifference, rateRatio } from './compare';
import {
  DEFAULT_FAIRNESS_OPTIONS,
  type AttributeCounts,
  type FairnessOptions,
  type GroupCounts,
} from './group-counts';
import { confusionRates, type Rate, type RateOrNot, wilsonRate } from './rates';

export type GroupStatus = 'reference' | 'pass' | 'fail' | 'too-few' | 'not-defined';

export interface GroupResult {
  readonly group: string;
  readonly size: number;
  readonly selectionRate: RateOrNot;
  /** Absent while labels have not arrived. */
  readonly tpr?: RateOrNot;
  readonly fpr?: RateOrNot;
  readonly precision?: RateOrNot;
  /** Selection rate over the reference group's (the disparate impact ratio). */
  readonly ratio: ComparisonOrNot;
  readonly status: GroupStatus;
}

export type MetricId =
  | 'demographic-parity-difference'
  | 'equal-opportunity-difference'
  | 'equalized-odds-difference'
  | 'predictive-parity-difference';

export interface MetricResult {
  readonly id: MetricId;
  readonly label: string;
  /** max − min over the groups large enough to judge, with its interval. */
  readonly difference: ComparisonOrNot;
  /** The two groups the difference is between (highest first). */
  readonly between?: readonly [string, string];
  readonly threshold: number;
  readonly passes?: boolean;
}

export interface AttributeResult {
  readonly attribute: string;
  readonly reference?: string;
  readonly groups: readonly GroupResult[];
  /** The four-fifths verdict for the attribute. */
  readonly status: Exclude<GroupStatus, 'reference'>;
  /** The group furthest outside the band (or nearest its edge when all pass). */
  readonly worst?: GroupResult;
  readonly reason?: string;
  /** Lowest over highest selection rate, in [0, 1]. */
  readonly minMaxRatio: ComparisonOrNot;
  readonly metrics: readonly MetricResult[];
  readonly decisions: number;
}

const isRate = (value: RateOrNot | undefined): value is Rate => value !== undefined && !isNotDefined(value);

function pickReference(counts: AttributeCounts, judged: readonly GroupCounts[]): GroupCounts | undefined {
  if (counts.reference !== undefined) return counts.groups.find((g) => g.group === counts.reference);
  // Without a named privileged group, the four-fifths rule compares with the highest selection rate.
  return [...judged].sort((a, b) => b.selected / b.size - a.selected / a.size)[0];
}

function bandDistance(ratio: number, [low, high]: readonly [number, number]): number {
  // Positive outside the band, negative (the distance to the nearer edge) inside it.
  return Math.max(low - ratio, ratio - high);
}

type RateKey = 'selectionRate' | 'tpr' | 'fpr' | 'precision';

/** max − min of one rate over the judged groups (Fairlearn's `*_difference` with method 'between_groups'). */
/** The judged groups with a defined `key` rate, highest first. */
function ranked(groups: readonly GroupResult[], key: RateKey): { group: string; rate: Rate }[] {
  return groups
    .flatMap((g) => {
      const rate = g[key];
      return g.status !== 'too-few' && isRate(rate) ? [{ group: g.group, rate }] : [];
    })
    .sort((a, b) => b.rate.value - a.rate.value);
}

const TOO_FEW_GROUPS = 'fewer than two groups are large enough to compare';

/** max − min of one rate over the judged groups (Fairlearn's `*_difference` with method 'between_groups'). */
function spread(
  groups: readonly GroupResult[],
  key: RateKey,
): { difference: ComparisonOrNot; between?: [string, string] } {
  const sorted = ranked(groups, key);
  const high = sorted[0];
  const low = sorted.at(-1);
  if (!high || !low || sorted.length < 2) return { difference: notDefined(TOO_FEW_GROUPS) };
  return { difference: rateDifference(high.rate, low.rate), between: [high.group, low.group] };
}

function metric(
  id: MetricId,
  label: string,
  found: { difference: ComparisonOrNot; between?: [string, string] },
  threshold: number,
): MetricResult {
  const { difference, between } = found;
  return {
    id,
    label,
    difference,
    between,
    threshold,
    passes: isNotDefined(difference) ? undefined : difference.value <= threshold,
  };
}

/**
 * Group fairness metrics, as defined in Fairlearn's user guide ("Common fairness metrics") and
 * Hardt, Price & Srebro, "Equality of opportunity in supervised learning" (NeurIPS 2016):
 * demographic parity difference = max − min selection rate; equal opportunity difference = max −
 * min true-positive rate; equalized odds difference = the larger of the TPR and FPR differences;
 * predictive parity (Chouldechova, "Fair prediction with disparate impact", 2017) = max − min
 * precision.
 */
function attributeMetrics(groups: readonly GroupResult[], threshold: number): MetricResult[] {
  const tpr = spread(groups, 'tpr');
  const fpr = spread(groups, 'fpr');
  const odds =
    isNotDefined(tpr.difference) || isNotDefined(fpr.difference)
      ? isNotDefined(tpr.difference)
        ? tpr
        : fpr
      : tpr.difference.value >= fpr.difference.value
        ? tpr
        : fpr;
  return [
    metric(
      'demographic-parity-difference',
      'Demographic parity difference',
      spread(groups, 'selectionRate'),
      threshold,
    ),
    metric('equal-opportunity-difference', 'Equal opportunity difference', tpr, threshold),
    metric('equalized-odds-difference', 'Equalized odds difference', odds, threshold),
    metric(
      'predictive-parity-difference',
      'Predictive parity difference',
      spread(groups, 'precision'),
      threshold,
    ),
  ];
}

function minMax(groups: readonly GroupResult[]): ComparisonOrNot {
  const sorted = ranked(groups, 'selectionRate');
  const high = sorted[0];
  const low = sorted.at(-1);
  if (!high || !low || sorted.length < 2) return notDefined(TOO_FEW_GROUPS);
  return rateRatio(low.rate, high.rate);
}

function attributeStatus(
  groups: readonly GroupResult[],
  reference: GroupResult | undefined,
  minGroupSize: number,
): { status: AttributeResult['status']; reason?: string } {
  if (groups.some((g) => g.status === 'fail')) return { status: 'fail' };
  if (!reference) return { status: 'too-few', reason: `no group has ${minGroupSize} decisions or more` };
  if (isNotDefined(reference.selectionRate) || reference.selectionRate.successes === 0)
    return {
      status: 'not-defined',
      reason: `the reference group ${reference.group} has a selection rate of 0, so no ratio to it is defined`,
    };
  if (groups.some((g) => g.status === 'pass')) return { status: 'pass' };
  return { status: 'too-few', reason: 'every other group has too few decisions to judge' };
}

/** The four-fifths rule and the group metrics for one protected attribute, from counts only. */
export function attributeFairness(
  counts: AttributeCounts,
  options: FairnessOptions = DEFAULT_FAIRNESS_OPTIONS,
): AttributeResult {
  const judged = counts.groups.filter((g) => g.size >= options.minGroupSize && g.size > 0);
  const referenceCounts = pickReference(counts, judged);
  const referenceTooSmall = referenceCounts !== undefined && referenceCounts.size < options.minGroupSize;
  const referenceRate = referenceCounts
    ? wilsonRate(referenceCounts.selected, referenceCounts.size)
    : undefined;

  const groups = counts.groups.map((g): GroupResult => {
    const selectionRate = wilsonRate(g.selected, g.size);
    const rates = g.confusion ? confusionRates(g.confusion) : undefined;
    const ratio: ComparisonOrNot = referenceRate
      ? rateRatio(selectionRate, referenceRate)
      : notDefined('there is no reference group to compare with');
    const isReference = g.group === referenceCounts?.group;
    const status: GroupStatus =
      g.size < options.minGroupSize
        ? 'too-few'
        : isReference
          ? 'reference'
          : referenceTooSmall || isNotDefined(ratio)
            ? 'not-defined'
            : ratio.value >= options.band[0] && ratio.value <= options.band[1]
              ? 'pass'
              : 'fail';
    return {
      group: g.group,
      size: g.size,
      selectionRate,
      ...(rates && { tpr: rates.tpr, fpr: rates.fpr, precision: rates.precision }),
      ratio,
      status,
    };
  });

  const reference = groups.find((g) => g.status === 'reference');
  const { status, reason } = referenceTooSmall
    ? {
        status: 'too-few' as const,
        reason: `the reference group ${referenceCounts.group} has fewer than ${options.minGroupSize} decisions`,
      }
    : attributeStatus(groups, reference, options.minGroupSize);
  const compared = groups.filter((g) => g.status === 'pass' || g.status === 'fail');
  const worst = [...compared].sort(
    (a, b) =>
      bandDistance((b.ratio as { value: number }).value, options.band) -
      bandDistance((a.ratio as { value: number }).value, options.band),
  )[0];
  return {
    attribute: counts.attribute,
    reference: reference?.group,
    groups,
    status,
    worst,
    reason,
    minMaxRatio: minMax(groups),
    metrics: attributeMetrics(groups, options.maxDifference),
    decisions: counts.groups.reduce((sum, g) => sum + g.size, 0),
  };
}
