import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRunId, encodeRunId } from './run-id';

describe('run ids', () => {
  it('look like MLflow run ids and decode to the model and version they were made for', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 0, max: 9_999 }),
        fc.integer({ min: 1, max: 255 }),
        (seed, index, version) => {
          const id = encodeRunId(seed, index, version);
          expect(id).toMatch(/^[0-9a-f]{32}$/);
          expect(decodeRunId(seed, id)).toEqual({ index, version });
        },
      ),
    );
  });

  it('refuse ids this fleet never issued', () => {
    const id = encodeRunId(1, 42, 3);
    expect(decodeRunId(2, id)).toBeUndefined();
    expect(decodeRunId(1, `${id.slice(0, 31)}${id.endsWith('0') ? '1' : '0'}`)).toBeUndefined();
    expect(decodeRunId(1, 'f'.repeat(32))).toBeUndefined();
    expect(decodeRunId(1, 'not-a-run')).toBeUndefined();
  });

  it('differ between neighbouring models and versions', () => {
    const ids = new Set([encodeRunId(1, 0, 1), encodeRunId(1, 1, 1), encodeRunId(1, 0, 2)]);
    expect(ids.size).toBe(3);
  });
});
