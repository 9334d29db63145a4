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

/** Compact tick labels: the axis title already names the unit. */
export function formatTick(unit: Unit, value: number): string {
  switch (unit) {
    case 'seconds':
      return formatDecimal(value * 1000, value < 0.01 ? 1 : 0);
    case 'ratio':
      return formatDecimal(value * 100, value < 0.1 && value !== 0 ? 1 : 0);
    case 'requests_per_second':
      return formatDecimal(value, value < 10 ? 1 : 0);
    case 'score':
      return formatDecimal(value, 2);
    case 'count':
      return formatDecimal(value, 0);
  }
}
