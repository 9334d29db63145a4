import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedFirst, diffRecords } from './version-diff';

describe('diffRecords', () => {
  it('lines up both sides and marks what changed', () => {
    const rows = diffRecords(
      { max_depth: '6', learning_rate: '0.1' },
      { max_depth: '8', learning_rate: '0.1', subsample: '0.8' },
    );
    expect(rows).toEqual([
      { key: 'learning_rate', a: '0.1', b: '0.1', changed: false },
      { key: 'max_depth', a: '6', b: '8', changed: true },
      { key: 'subsample', a: undefined, b: '0.8', changed: true },
    ]);
  });

  it('finds nothing changed between a version and itself', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.double({ noNaN: true })), (record) => {
        expect(diffRecords(record, record).every((r) => !r.changed)).toBe(true);
      }),
    );
  });

  it('puts changed rows first and keeps every row', () => {
    const rows = changedFirst(diffRecords({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, c: 3 }));
    expect(rows.map((r) => r.key)).toEqual(['b', 'a', 'c']);
  });
});
