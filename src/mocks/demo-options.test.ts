import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from './demo-defaults';
import { parseDemoOptions } from './demo-options';

describe('parseDemoOptions', () => {
  it('defaults to 30 models, the default seed and no scenario', () => {
    expect(parseDemoOptions('', 123)).toEqual({
      fleetSize: 30,
      seed: DEFAULT_SEED,
      now: 123,
      scenario: undefined,
    });
  });

  it('reads the fleet size, seed and scenario', () => {
    expect(parseDemoOptions('?fleet=10000&seed=7&scenario=slow', 1)).toEqual({
      fleetSize: 10_000,
      seed: 7,
      now: 1,
      scenario: 'slow',
    });
  });

  it('keeps the fleet size within 1–10,000 and ignores nonsense', () => {
    expect(parseDemoOptions('?fleet=0', 1).fleetSize).toBe(1);
    expect(parseDemoOptions('?fleet=50000', 1).fleetSize).toBe(10_000);
    expect(parseDemoOptions('?fleet=lots', 1).fleetSize).toBe(30);
    expect(parseDemoOptions('?fleet=-5', 1).fleetSize).toBe(30);
  });

  it('turns a word seed into a number, the same each time', () => {
    const seed = parseDemoOptions('?seed=alice', 1).seed;
    expect(Number.isInteger(seed)).toBe(true);
    expect(parseDemoOptions('?seed=alice', 2).seed).toBe(seed);
    expect(parseDemoOptions('?seed=bob', 2).seed).not.toBe(seed);
  });

  it('reads the flaky scenario with its fault rate, 10 % unless told', () => {
    expect(parseDemoOptions('?scenario=flaky&faultRate=0.2&seed=42', 1)).toMatchObject({
      scenario: 'flaky',
      faultRate: 0.2,
      seed: 42,
    });
    expect(parseDemoOptions('?scenario=flaky', 1).faultRate).toBe(0.1);
    expect(parseDemoOptions('?scenario=slow&faultRate=0.2', 1).faultRate).toBeUndefined();
  });

  it('ignores unknown scenarios', () => {
    expect(parseDemoOptions('?scenario=meteor', 1).scenario).toBeUndefined();
    expect(parseDemoOptions('scenario=empty', 1).scenario).toBe('empty');
  });
});
