import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNotDefined } from '../drift/not-defined';
import { attributeFairness } from './attribute-fairness';
import { DEFAULT_FAIRNESS_OPTIONS } from './group-counts';

const age = {
  attribute: 'age_group',
  reference: '40-60',
  groups: [
    { group: '18-25', size: 1000, selected: 460 },
    { group: '26-39', size: 2000, selected: 1200 },
    { group: '40-60', size: 1500, selected: 960 },
    { group: '60+', size: 12, selected: 3 },
  ],
};

describe('attributeFairness', () => {
  it('fails the four-fifths rule for a group selected at 0.72 the reference rate', () => {
    const result = attributeFairness(age);
    expect(result.status).toBe('fail');
    expect(result.worst?.group).toBe('18-25');
    const worst = result.worst!.ratio;
    expect(!isNotDefined(worst) && worst.value).toBeCloseTo(0.46 / 0.64, 10);
    expect(result.groups.map((g) => g.status)).toEqual(['fail', 'pass', 'reference', 'too-few']);
    expect(result.decisions).toBe(4512);
  });

  it('never passes or fails a group under the minimum size, and the minimum is configurable', () => {
    const result = attributeFairness(age, { ...DEFAULT_FAIRNESS_OPTIONS, minGroupSize: 5 });
    expect(result.groups.at(-1)?.status).toBe('fail');
    expect(attributeFairness(age).groups.at(-1)?.status).toBe('too-few');
  });

  it('honours a wider band', () => {
    const result = attributeFairness(age, { ...DEFAULT_FAIRNESS_OPTIONS, band: [0.7, 1.43] });
    expect(result.status).toBe('pass');
  });

  it('compares with the highest selection rate when no reference is named', () => {
    const result = attributeFairness({ ...age, reference: undefined });
    expect(result.reference).toBe('40-60');
  });

  it('says the ratio is not defined when the reference group is never selected', () => {
    const result = attributeFairness({
      attribute: 'region',
      reference: 'south',
      groups: [
        { group: 'south', size: 100, selected: 0 },
        { group: 'north', size: 100, selected: 10 },
      ],
    });
    expect(result.status).toBe('not-defined');
    expect(result.reason).toMatch(/south has a selection rate of 0/);
    expect(result.groups[1]?.status).toBe('not-defined');
  });

  it('calls an attribute whose reference group is small too few to judge, and copes with empty groups', () => {
    const result = attributeFairness({
      attribute: 'region',
      reference: 'east',
      groups: [
        { group: 'east', size: 10, selected: 5 },
        { group: 'west', size: 0, selected: 0 },
        { group: 'north', size: 400, selected: 100 },
      ],
    });
    expect(result.status).toBe('too-few');
    expect(result.groups[1]?.selectionRate).toMatchObject({ notDefined: true });
  });

  it('computes the group metrics from confusion counts, between the extreme groups', () => {
    const result = attributeFairness({
      attribute: 'sex',
      groups: [
        { group: 'f', size: 100, selected: 50, confusion: { tp: 40, fp: 10, fn: 20, tn: 30 } },
        { group: 'm', size: 100, selected: 60, confusion: { tp: 50, fp: 10, fn: 10, tn: 30 } },
      ],
    });
    const byId = Object.fromEntries(result.metrics.map((m) => [m.id, m]));
    const value = (id: string) => {
      const d = byId[id]!.difference;
      return isNotDefined(d) ? Number.NaN : d.value;
    };
    expect(value('demographic-parity-difference')).toBeCloseTo(0.1, 10);
    expect(value('equal-opportunity-difference')).toBeCloseTo(50 / 60 - 40 / 60, 10);
    expect(value('equalized-odds-difference')).toBeCloseTo(50 / 60 - 40 / 60, 10);
    expect(value('predictive-parity-difference')).toBeCloseTo(50 / 60 - 0.8, 10);
    expect(byId['equal-opportunity-difference']?.between).toEqual(['m', 'f']);
    expect(byId['equal-opportunity-difference']?.passes).toBe(false);
  });

  it('names label-based metrics not defined while labels are missing', () => {
    const result = attributeFairness(age);
    const opportunity = result.metrics.find((m) => m.id === 'equal-opportunity-difference');
    expect(opportunity?.difference).toMatchObject({ notDefined: true });
  });

  const group = (name: string) =>
    fc
      .integer({ min: 30, max: 10_000 })
      .chain((size) =>
        fc.integer({ min: 0, max: size }).map((selected) => ({ group: name, size, selected })),
      );

  it('gives identical groups a difference of 0 and a ratio of 1, and the min/max ratio stays in [0, 1]', () => {
    fc.assert(
      fc.property(group('a'), fc.array(group('x'), { minLength: 1, maxLength: 6 }), (a, others) => {
        const twins = attributeFairness({ attribute: 't', groups: [a, { ...a, group: 'b' }] });
        const parity = twins.metrics[0]!.difference;
        expect(!isNotDefined(parity) && parity.value).toBe(0);
        if (a.selected > 0) expect(twins.minMaxRatio).toMatchObject({ value: 1 });
        const many = attributeFairness({
          attribute: 'm',
          groups: [a, ...others.map((g, i) => ({ ...g, group: `g${i}` }))],
        });
        if (!isNotDefined(many.minMaxRatio)) {
          expect(many.minMaxRatio.value).toBeGreaterThanOrEqual(0);
          expect(many.minMaxRatio.value).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
