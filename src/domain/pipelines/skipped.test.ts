import { describe, expect, it } from 'vitest';
import { checkGraph } from './graph';
import { deriveSkipped } from './skipped';
import type { PipelineStep, StepRunState } from './types';

const step = (id: string, ...dependsOn: string[]): PipelineStep => ({ id, name: id, dependsOn });

describe('deriveSkipped', () => {
  it('marks every step downstream of a failure as skipped, blocked by it', () => {
    const steps = [
      step('extract'),
      step('validate', 'extract'),
      step('features', 'validate'),
      step('train', 'features'),
      step('report', 'extract'),
    ];
    const check = checkGraph(steps);
    const order = check.ok ? check.order : [];
    const states = new Map<string, StepRunState>([
      ['extract', 'succeeded'],
      ['validate', 'failed'],
      ['report', 'succeeded'],
    ]);
    const derived = deriveSkipped(steps, order, states);
    expect(derived.get('validate')).toEqual({ state: 'failed' });
    expect(derived.get('features')).toEqual({ state: 'skipped', blockedBy: ['validate'] });
    expect(derived.get('train')).toEqual({ state: 'skipped', blockedBy: ['validate'] });
    expect(derived.get('report')).toEqual({ state: 'succeeded' });
  });

  it('leaves a step that has not run yet without an upstream failure as not run', () => {
    const steps = [step('a'), step('b', 'a')];
    const derived = deriveSkipped(steps, ['a', 'b'], new Map([['a', 'running']]));
    expect(derived.get('b')).toEqual({ state: 'not-run' });
  });
});
