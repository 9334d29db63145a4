import { describe, expect, it } from 'vitest';
import { readOption, writeOption } from './option-fields';

describe('connection options by path', () => {
  it('writes and reads nested settings', () => {
    const options = writeOption(writeOption(undefined, 'labels.model', 'model_name'), 'preset', 'kserve');
    expect(options).toEqual({ labels: { model: 'model_name' }, preset: 'kserve' });
    expect(readOption(options, 'labels.model')).toBe('model_name');
    expect(readOption(options, 'labels.deployment')).toBeUndefined();
  });

  it('drops cleared values and empty groups', () => {
    const options = writeOption({ labels: { model: 'x' }, preset: 'kserve' }, 'labels.model', '');
    expect(options).toEqual({ preset: 'kserve' });
  });
});
