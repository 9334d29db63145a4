import { describe, expect, it } from 'vitest';
import { unknownWhy } from './unknown-why';

const model = (name: string, reason: string) => ({ name, health: { status: 'unknown' as const, reason } });

describe('why health is unknown', () => {
  it('says a reason shared by every model once', () => {
    const all = Array.from({ length: 9 }, (_, i) => model(`m${i}`, 'No health data: MLflow records none'));
    expect(unknownWhy(all, 9)).toBe('No health data: MLflow records none, for all 9 models.');
    expect(unknownWhy(all.slice(0, 1), 1)).toBe('No health data: MLflow records none, for this model.');
  });

  it('names the first models and their reasons, then how many more', () => {
    const some = [model('a', 'Labels late'), model('b', 'Exporter silent'), model('c', 'Labels late')];
    expect(unknownWhy(some, 3)).toBe('a: Labels late; b: Exporter silent; and 1 more.');
    expect(unknownWhy(some.slice(0, 2), 2)).toBe('a: Labels late; b: Exporter silent.');
  });

  it('still says something when the models could not be listed', () => {
    expect(unknownWhy([], 4)).toBe('No health signal for 4 models.');
  });
});
