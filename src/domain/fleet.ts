import type { HealthStatus } from './health';
import type { ModelStage, ModelSummary } from './model';

export const MODEL_SORT_FIELDS = [
  'name',
  'team',
  'health',
  'stage',
  'lastDeployedAt',
  'openAlerts',
  'updatedAt',
] as const;
export type ModelSortField = (typeof MODEL_SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

/** What the fleet table asks a registry: searching, filtering, sorting and paging happen in the backend. */
export interface ModelQuery {
  search?: string;
  teams?: string[];
  health?: HealthStatus[];
  stages?: ModelStage[];
  /** `key=value` or just `key`. */
  tag?: string;
  sort: { field: ModelSortField; direction: SortDirection };
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Opaque; absent on the last page. */
  nextCursor?: string;
  /** Known when the backend can count cheaply. */
  total?: number;
}

export interface FleetFacets {
  teams: string[];
  tags: string[];
}

export interface ShippedVersion {
  modelName: string;
  version: string;
  team: string;
  shippedAt: number;
}

/** The portfolio in numbers, for the homes of every role. */
export interface FleetSummary {
  /** Models counted: all of them, unless `partial`. */
  totalModels: number;
  /**
   * The counts and lists cover only the first `totalModels` models (in name order): the registry
   * holds more than its source reads for a summary (MLflow has no aggregate endpoint).
   */
  partial?: boolean;
  byHealth: Record<HealthStatus, number>;
  byStage: Record<ModelStage, number>;
  /** Worst first; each carries its reason. */
  needsAttention: ModelSummary[];
  recentlyShipped: ShippedVersion[];
  /** Production models, most recent training data last. */
  trainingDataAge: { modelName: string; team: string; trainedAt: number; dataset: string }[];
}
