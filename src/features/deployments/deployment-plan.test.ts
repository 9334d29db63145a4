import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../domain/deployment';
import type { RolloutEvent } from '../../domain/rollout';
import { previousVersion, trafficSplit } from './deployment-plan';

const production: Deployment = {
  id: 'pricing-production',
  modelName: 'pricing',
  environment: 'production',
  version: '14',
  trafficPercent: 90,
  replicas: 6,
  status: 'critical',
  endpoint: 'https://x',
  deployedAt: 2000,
  deployedBy: 'ravi',
};
const canary: Deployment = {
  ...production,
  id: 'pricing-canary',
  environment: 'canary',
  version: '15',
  trafficPercent: 10,
};
const rollout = (at: number, from: string | undefined, to: string): RolloutEvent => ({
  id: `r${at}`,
  deploymentId: 'pricing-production',
  modelName: 'pricing',
  environment: 'production',
  action: 'deploy',
  at,
  actor: 'ravi',
  fromVersion: from,
  toVersion: to,
});

describe('previousVersion', () => {
  it('is what the deployment ran before its latest deploy', () => {
    expect(previousVersion(production, [rollout(1000, '12', '13'), rollout(2000, '13', '14')])).toBe('13');
  });

  it('is unknown without a recorded deploy of the current version', () => {
    expect(previousVersion(production, [rollout(1000, '12', '13')])).toBeUndefined();
    expect(previousVersion(production, [rollout(1000, undefined, '14')])).toBeUndefined();
  });
});

describe('trafficSplit', () => {
  it('gives production what the canary does not take', () => {
    expect(trafficSplit([production, canary], 25).after).toEqual({ production: 75, canary: 25 });
  });
});
