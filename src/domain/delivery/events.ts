import type { ModelStage } from '../model';

/**
 * What a model registry did, one entry per change, oldest first: the audit trail governance
 * asks for and the raw material of time to deploy. MLflow keeps no such history (see
 * mlflow-derivation.ts for what its timestamps still allow).
 */
export const REGISTRY_EVENT_KINDS = [
  'registered',
  'validation-failed',
  'approval-requested',
  'approved',
  'alias-moved',
  'stage-changed',
  'deployed',
  'rolled-back',
  'incident-opened',
  'incident-resolved',
] as const;
export type RegistryEventKind = (typeof REGISTRY_EVENT_KINDS)[number];

export const DELIVERY_ENVIRONMENTS = ['staging', 'production'] as const;
export type DeliveryEnvironment = (typeof DELIVERY_ENVIRONMENTS)[number];

export interface RegistryEvent {
  id: string;
  kind: RegistryEventKind;
  modelName: string;
  team: string;
  version: string;
  /** Epoch ms. */
  at: number;
  /** Who (or which system) made the change. */
  actor: string;
  reason?: string;
  /** `registered`: when the training run that produced the version ended. */
  runEndedAt?: number;
  /** `deployed`, `rolled-back`. */
  environment?: DeliveryEnvironment;
  /** `stage-changed`. */
  stage?: ModelStage;
  /** `alias-moved`. */
  alias?: string;
  /** `deployed`: an unplanned fix rather than a planned release (DORA's rework). */
  unplanned?: boolean;
  /** A blocking event (`validation-failed`, `approval-requested`, `incident-opened`): who can clear it. */
  unblockedBy?: string;
  /** `incident-opened`, `incident-resolved`. */
  incidentId?: string;
}

export const versionKey = (e: { modelName: string; version: string }): string =>
  `${e.modelName}@${e.version}`;
