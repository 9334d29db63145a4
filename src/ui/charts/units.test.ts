import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../domain/nice-ticks';
import { decimalsFor, formatTick } from './units';

const labels = (unit: Parameters<typeof formatTick>[0], min: number, max: number): string[] => {
  const { ticks, step } = niceTicks(min, max, 6);
  return ticks.map((t) => formatTick(unit, t, step));
};

describe('formatTick', () => {
  it('labels round ticks with the decimals their step needs', () => {
    expect(labels('score', 0.55, 1)).toEqual(['0.5', '0.6', '0.7', '0.8', '0.9', '1.0']);
    expect(labels('ratio', 0, 0.13)).toEqual(['0', '5', '10', '15']);
    expect(labels('ratio', 0, 0.013)).toEqual(['0.0', '0.5', '1.0', '1.5']);
    expect(labels('seconds', 0, 0.19)).toEqual(['0', '50', '100', '150', '200']);
    expect(labels('count', 0, 1200)).toEqual(['0', '500', '1,000', '1,500']);
  });

  it('counts the decimals of a 1-2-5 step', () => {
    expect(decimalsFor(0.05)).toBe(2);
    expect(decimalsFor(0.2)).toBe(1);
    expect(decimalsFor(1)).toBe(0);
    expect(decimalsFor(500)).toBe(0);
  });
});
