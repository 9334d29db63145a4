import type { Environment } from './deployment';

export const ROLLOUT_ACTIONS = ['deploy', 'rollback', 'traffic-shift', 'scale'] as const;
export type RolloutAction = (typeof ROLLOUT_ACTIONS)[number];

/** Who deployed what, when, from which version. */
export interface RolloutEvent {
  id: string;
  deploymentId: string;
  modelName: string;
  environment: Environment;
  action: RolloutAction;
  at: number;
  actor: string;
  fromVersion?: string;
  toVersion: string;
  trafficPercent?: number;
  note?: string;
}
