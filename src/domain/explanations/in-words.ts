import type { Contribution, LocalExplanation } from './explanation';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function valueInWords(c: Contribution): string {
  if (c.value === null) return `${c.feature} is missing`;
  return `${c.feature} is ${typeof c.value === 'number' ? number.format(c.value) : c.value}`;
}

const size = (value: number): string => Math.abs(value).toFixed(2);

/**
 * A single decision in one sentence: the outcome, the largest contribution that pushed it that
 * way, and the largest that pushed against it ("Approved mainly because annual_income is 92,000
 * (+0.12); debt_to_income is 0.45 lowered the score by 0.07.").
 */
export function decisionInWords(
  local: Pick<LocalExplanation, 'outcome' | 'prediction' | 'baseValue' | 'contributions'>,
): string {
  const outcome = `${local.outcome.charAt(0).toUpperCase()}${local.outcome.slice(1)}`;
  const up = local.prediction >= local.baseValue;
  const sorted = [...local.contributions].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const towards = sorted.find((c) => (up ? c.contribution > 0 : c.contribution < 0));
  const against = sorted.find((c) => (up ? c.contribution < 0 : c.contribution > 0));
  if (!towards) return `${outcome}: no single feature moved the score from its base value.`;
  const sign = towards.contribution > 0 ? '+' : '−';
  let sentence = `${outcome} mainly because ${valueInWords(towards)} (${sign}${size(towards.contribution)})`;
  if (against) {
    const verb = against.contribution < 0 ? 'lowered' : 'raised';
    sentence += `; ${valueInWords(against)}, which ${verb} the score by ${size(against.contribution)}`;
  }
  return `${sentence}.`;
}
