import type { LocalExplanation } from '../../domain/explanations/explanation';

export interface WaterfallStep {
  key: string;
  label: string;
  value: string | number | null | undefined;
  contribution: number;
  start: number;
  end: number;
}

/** The steps from the base value to the prediction, largest contribution first, "other features" last. */
export function waterfallSteps(local: LocalExplanation): {
  steps: WaterfallStep[];
  min: number;
  max: number;
} {
  let running = local.baseValue;
  const steps: WaterfallStep[] = local.contributions.map((c) => {
    const start = running;
    running += c.contribution;
    return {
      key: c.feature,
      label: c.feature,
      value: c.value,
      contribution: c.contribution,
      start,
      end: running,
    };
  });
  if (local.other && local.other.count > 0) {
    const start = running;
    running += local.other.contribution;
    steps.push({
      key: '__other',
      label: `${local.other.count} other features`,
      value: undefined,
      contribution: local.other.contribution,
      start,
      end: running,
    });
  }
  const ends = [local.baseValue, local.prediction, ...steps.flatMap((s) => [s.start, s.end])];
  const min = Math.min(...ends);
  const max = Math.max(...ends);
  const pad = (max - min) * 0.05 || 0.01;
  return { steps, min: min - pad, max: max + pad };
}
