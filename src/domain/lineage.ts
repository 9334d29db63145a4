export const RUN_STATUSES = ['running', 'scheduled', 'finished', 'failed', 'killed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A dataset version: the name and the content digest identify it. */
export interface DatasetVersion {
  name: string;
  digest: string;
  source?: string;
  /** How the run used it: "training", "validation", "evaluation". */
  context?: string;
  rows?: number;
}

/** A training run and what it came from: the lineage of a model version. */
export interface TrainingRun {
  id: string;
  name?: string;
  experimentId?: string;
  user: string;
  status: RunStatus;
  startedAt: number;
  endedAt?: number;
  params: Record<string, string>;
  metrics: Record<string, number>;
  datasets: DatasetVersion[];
  codeCommit?: string;
  sourceFile?: string;
  sourceType?: string;
}
