export const RETRAINING_STATUSES = ['requested', 'accepted', 'running', 'completed', 'rejected'] as const;
export type RetrainingStatus = (typeof RETRAINING_STATUSES)[number];

/** A request to retrain a model, and what the platform did with it. */
export interface RetrainingRequest {
  id: string;
  modelName: string;
  requestedBy: string;
  reason: string;
  requestedAt: number;
  status: RetrainingStatus;
  /** The platform's answer, in words ("Queued as pipeline run 4812"). */
  message: string;
}
