import { describe, expect, it } from 'vitest';
import { attributeFairness } from './attribute-fairness';
import { fairnessVerdict, windowInWords } from './verdict';

const window = { from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) };
const context = { decisions: 48_210, window, version: '7', minGroupSize: 30 };

const region = attributeFairness({
  attribute: 'region',
  reference: 'south',
  groups: [
    { group: 'south', size: 20_000, selected: 10_000 },
    { group: 'north', size: 8_000, selected: 2_840 },
  ],
});
const age = attributeFairness({
  attribute: 'age',
  groups: [
    { group: 'young', size: 10_000, selected: 5_000 },
    { group: 'old', size: 10_210, selected: 5_100 },
  ],
});

describe('fairnessVerdict', () => {
  it('names what passes, the failing group and its ratio, the decisions, window and version', () => {
    expect(fairnessVerdict([age, region], context)).toEqual({
      status: 'fail',
      sentence:
        'Passes the four-fifths rule for age; fails for region: north is selected at 0.71 the rate of south, on 48,210 decisions from Nov 1–30, v7.',
    });
  });

  it('says so when an attribute has too few decisions to judge', () => {
    const small = attributeFairness({ attribute: 'region', groups: [{ group: 'a', size: 5, selected: 1 }] });
    const verdict = fairnessVerdict([small], { ...context, decisions: 5 });
    expect(verdict.status).toBe('too-few');
    expect(verdict.sentence).toBe(
      'Region has too few decisions to judge (groups under 30), on 5 decisions from Nov 1–30, v7.',
    );
  });

  it('says a ratio to a never-selected reference is not defined', () => {
    const none = attributeFairness({
      attribute: 'region',
      reference: 'south',
      groups: [
        { group: 'south', size: 50, selected: 0 },
        { group: 'north', size: 50, selected: 5 },
      ],
    });
    expect(fairnessVerdict([none], context).sentence).toMatch(
      /^The ratio for region is not defined: the reference group south/,
    );
  });
});

describe('windowInWords', () => {
  it('writes a window as a person would', () => {
    expect(windowInWords(window)).toBe('Nov 1–30');
    expect(windowInWords({ from: Date.UTC(2026, 9, 28), to: Date.UTC(2026, 10, 28) })).toBe(
      'Oct 28 – Nov 27',
    );
    expect(windowInWords({ from: Date.UTC(2026, 11, 30), to: Date.UTC(2027, 0, 3) })).toBe(
      'Dec 30, 2026 – Jan 2, 2027',
    );
    expect(windowInWords({ from: Date.UTC(2026, 10, 5), to: Date.UTC(2026, 10, 6) })).toBe('Nov 5');
  });
});
