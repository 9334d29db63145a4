import type { Health, HealthStatus } from './health';

export const MODEL_TASKS = ['classification', 'regression', 'ranking'] as const;
export type ModelTask = (typeof MODEL_TASKS)[number];

/**
 * Lifecycle stage of a model (its production version's). MLflow's deprecated
 * `current_stage` maps onto it; registries with aliases only derive it from them.
 */
export const MODEL_STAGES = ['production', 'staging', 'development', 'archived'] as const;
export type ModelStage = (typeof MODEL_STAGES)[number];

export interface ModelAlias {
  alias: string;
  version: string;
}

/** A model's input drift in one line (the monitoring capability's verdict on recent live data). */
export interface ModelDriftStatus {
  status: HealthStatus;
  driftedFeatures: number;
  totalFeatures: number;
  /** Drifted features, worst first (at most a few). */
  topFeatures: string[];
}

/** One row of the fleet: what every role needs to know about a registered model. */
export interface ModelSummary {
  name: string;
  team: string;
  owner: string;
  task: ModelTask;
  stage: ModelStage;
  /** The version serving production traffic, when there is one. */
  productionVersion?: string;
  aliases: ModelAlias[];
  latestVersion: string;
  health: Health;
  /** Epoch milliseconds. */
  lastDeployedAt?: number;
  openAlerts: number;
  tags: Record<string, string>;
  createdAt: number;
  updatedAt: number;
  /** Known when the backend monitors the model's inputs (the Sightline contract; not MLflow). */
  drift?: ModelDriftStatus;
}

export interface ModelDetail extends ModelSummary {
  description: string;
}

export const VERSION_STATUSES = ['ready', 'pending', 'failed'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export interface ModelVersion {
  modelName: string;
  version: string;
  stage: ModelStage;
  status: VersionStatus;
  statusMessage?: string;
  aliases: string[];
  description: string;
  createdAt: number;
  updatedAt: number;
  runId?: string;
  /** Where the model artifact lives (MLflow `source`). */
  source?: string;
  metrics: Record<string, number>;
  params: Record<string, string>;
  tags: Record<string, string>;
}
