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

/**
 * Which deployment a model's service charts read: the production one, which serves the live
 * traffic and carries the objectives. `undefined` means the whole model (every deployment
 * summed), with `reason` saying why: no operations connection, its answer failed, or the model
 * has no production deployment. A metrics backend then answers for the model as a whole.
 */
export type LiveDeployment =
  | { status: 'pending' }
  | { status: 'settled'; deployment: Deployment; reason?: undefined }
  | { status: 'settled'; deployment: undefined; reason: string };
