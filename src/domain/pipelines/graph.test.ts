import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGraph } from './graph';
import type { PipelineStep } from './types';

const step = (id: string, ...dependsOn: string[]): PipelineStep => ({ id, name: id, dependsOn });

describe('checkGraph', () => {
  it('orders a valid pipeline so every step follows what it waits for', () => {
    const result = checkGraph([step('train', 'validate'), step('extract'), step('validate', 'extract')]);
    expect(result).toEqual({ ok: true, order: ['extract', 'validate', 'train'] });
  });

  it('rejects a cycle and names it step by step, in the direction data flows', () => {
    const result = checkGraph([step('a', 'c'), step('b', 'a'), step('c', 'b'), step('d')]);
    expect(result.ok).toBe(false);
    const cycle = !result.ok ? result.problems.find((p) => p.kind === 'cycle') : undefined;
    expect(cycle?.message).toMatch(/^The steps form a cycle: /);
    const names = cycle?.kind === 'cycle' ? cycle.cycle : [];
    expect(names[0]).toBe(names.at(-1));
    expect(new Set(names)).toEqual(new Set(['a', 'b', 'c']));
    // Each arrow is a real dependency: the step after the arrow depends on the one before it.
    const deps: Record<string, string> = { a: 'c', b: 'a', c: 'b' };
    for (let i = 1; i < names.length; i += 1) expect(deps[names[i] as string]).toBe(names[i - 1]);
  });

  it('reports a step that depends on itself', () => {
    const result = checkGraph([step('loop', 'loop')]);
    expect(!result.ok && result.problems[0]?.message).toBe('The steps form a cycle: loop → loop.');
  });

  it('reports unknown dependencies and duplicate ids together', () => {
    const result = checkGraph([step('a'), step('a'), step('b', 'ghost')]);
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      'Two steps have the id "a".',
      'Step "b" depends on "ghost", which is not a step of this pipeline.',
    ]);
  });

  it('orders any DAG (edges only to earlier steps) completely and consistently', () => {
    const dag = fc
      .integer({ min: 1, max: 40 })
      .chain((n) =>
        fc.tuple(
          ...Array.from({ length: n }, (_, i) =>
            fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { maxLength: i === 0 ? 0 : 3 }),
          ),
        ),
      );
    fc.assert(
      fc.property(dag, (deps) => {
        const steps = deps.map((d, i) => step(`s${i}`, ...d.map((j) => `s${j}`)));
        const result = checkGraph(steps);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const position = new Map(result.order.map((id, i) => [id, i]));
        expect(position.size).toBe(steps.length);
        for (const s of steps)
          for (const d of s.dependsOn) expect(position.get(d)).toBeLessThan(position.get(s.id) ?? -1);
      }),
    );
  });
});
