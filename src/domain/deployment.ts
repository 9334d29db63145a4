import type { HealthStatus } from './health';

export const ENVIRONMENTS = ['production', 'canary', 'shadow', 'staging'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export interface Deployment {
  id: string;
  modelName: string;
  environment: Environment;
  version: string;
  /** Share of live traffic, 0–100. Shadow deployments receive a copy and serve 0. */
  trafficPercent: number;
  replicas: number;
  status: HealthStatus;
  endpoint: string;
  deployedAt: number;
  deployedBy: string;
}
