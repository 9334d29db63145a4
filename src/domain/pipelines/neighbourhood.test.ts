import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjacency, neighbourhood } from './neighbourhood';
import type { PipelineStep } from './types';

const chain = (n: number): PipelineStep[] =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `s${i}`, dependsOn: i ? [`s${i - 1}`] : [] }));

describe('neighbourhood', () => {
  it('takes the steps within N hops, upstream and downstream', () => {
    const hood = neighbourhood(adjacency(chain(10)), 's5', 2);
    expect([...hood.ids].sort()).toEqual(['s3', 's4', 's5', 's6', 's7']);
    expect(hood).toMatchObject({ depth: 2, truncated: false });
  });

  it('stops at the cap and says so', () => {
    const star: PipelineStep[] = [
      { id: 'hub', name: 'hub', dependsOn: [] },
      ...Array.from({ length: 500 }, (_, i) => ({ id: `leaf${i}`, name: 'leaf', dependsOn: ['hub'] })),
    ];
    const hood = neighbourhood(adjacency(star), 'hub', 1);
    expect(hood.ids.size).toBe(150);
    expect(hood.truncated).toBe(true);
  });

  it('never exceeds the cap and always holds the start', () => {
    const graph = fc.integer({ min: 1, max: 120 }).chain((n) =>
      fc.record({
        deps: fc.array(fc.array(fc.nat({ max: n - 1 }), { maxLength: 4 }), { minLength: n, maxLength: n }),
        start: fc.nat({ max: n - 1 }),
        depth: fc.nat({ max: 8 }),
        cap: fc.integer({ min: 1, max: 60 }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ deps, start, depth, cap }) => {
        const steps = deps.map((d, i) => ({ id: `s${i}`, name: '', dependsOn: d.map((j) => `s${j}`) }));
        const hood = neighbourhood(adjacency(steps), `s${start}`, depth, cap);
        expect(hood.ids.size).toBeLessThanOrEqual(cap);
        expect(hood.ids.has(`s${start}`)).toBe(true);
        expect(hood.depth).toBeLessThanOrEqual(depth);
      }),
    );
  });
});
