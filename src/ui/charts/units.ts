import type { Unit } from '../../domain/series';
import { formatDecimal, formatLatency, formatPercent } from '../format';

/** The axis title's unit, in words a reader expects. */
export const UNIT_LABELS: Record<Unit, string> = {
  seconds: 'ms',
  requests_per_second: 'req/s',
  ratio: '%',
  score: 'score',
  count: 'count',
};

/** A value as a person reads it, with its unit: "182 ms", "1.4 %", "12.5 req/s", "0.231". */
export function formatUnitValue(unit: Unit, value: number): string {
  switch (unit) {
    case 'seconds':
      return formatLatency(value);
    case 'ratio':
      return formatPercent(value, value < 0.1 ? 2 : 1);
    case 'requests_per_second':
      return `${formatDecimal(value, value < 10 ? 2 : 1)} req/s`;
    case 'score':
      return formatDecimal(value, 3);
    case 'count':
      return formatDecimal(value, 0);
  }
}

/**
 * Compact tick labels: the axis title already names the unit. Given the ticks' step (see
 * domain/nice-ticks.ts), each label has just the decimals the step needs: 0.5, 0.6 and 0.7, not
 * 0.50, 0.60, 0.70; 5 and 10 %, not 5.0 and 10.0.
 */
export function formatTick(unit: Unit, value: number, step?: number): string {
  switch (unit) {
    case 'seconds':
      return formatDecimal(value * 1000, step ? decimalsFor(step * 1000) : value < 0.01 ? 1 : 0);
    case 'ratio':
      return formatDecimal(value * 100, step ? decimalsFor(step * 100) : value < 0.1 && value !== 0 ? 1 : 0);
    case 'requests_per_second':
      return formatDecimal(value, step ? decimalsFor(step) : value < 10 ? 1 : 0);
    case 'score':
      return formatDecimal(value, step ? decimalsFor(step) : 2);
    case 'count':
      return formatDecimal(value, step ? decimalsFor(step) : 0);
  }
}

/** The decimals a multiple of a 1-2-5 step needs: 0.05 → 2, 0.2 → 1, 5 → 0. */
export function decimalsFor(step: number): number {
  return Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
}
