import { describe, expect, it } from 'vitest';
import { createLru } from './lru';

describe('createLru', () => {
  it('keeps the most recently used entries and makes the others again', () => {
    const lru = createLru<string, number>(2);
    let made = 0;
    const get = (key: string): number => lru.get(key, () => ++made);

    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    get('c'); // evicts b, the least recently used
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
  });
});
