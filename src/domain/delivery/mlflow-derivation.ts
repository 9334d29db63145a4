import type { PathStep } from './version-path';

/** What MLflow says of one model version: no history of stages or aliases, only these times. */
export interface MlflowVersionTimes {
  modelName: string;
  version: string;
  /** `creation_timestamp` of the model version. */
  createdAt: number;
  /** `last_updated_timestamp`: the latest change of any kind (a tag, a stage, an alias, a description). */
  updatedAt: number;
  /** `end_time` of the run that logged it, when the run is known and finished. */
  runEndedAt?: number;
  /** `current_stage` (deprecated) or derived from aliases. */
  stage: string;
}

export interface MlflowDerivedPath {
  modelName: string;
  version: string;
  at: Partial<Record<PathStep, number>>;
  toRegistration?: number;
  /** Steps MLflow keeps no date for, each with why, for the page to say. */
  undatable: { step: PathStep; why: string }[];
}

const NO_HISTORY =
  'MLflow keeps no history of stage or alias changes; its last-update time is the latest change of any kind, not this step.';

/**
 * What MLflow's own timestamps allow: the run's end and the version's creation (so the time to
 * registration), and nothing after. The last-update time is not a deploy time (a tag edit moves
 * it), so it is never used as one; the steps after registration are named as undatable instead.
 */
export function deriveFromMlflow(version: MlflowVersionTimes): MlflowDerivedPath {
  const undatable: MlflowDerivedPath['undatable'] = [];
  const at: Partial<Record<PathStep, number>> = { registered: version.createdAt };
  if (version.runEndedAt === undefined)
    undatable.push({ step: 'trained', why: 'The version names no finished training run.' });
  else at.trained = version.runEndedAt;
  for (const step of ['staging', 'approved', 'production'] as const)
    undatable.push({ step, why: NO_HISTORY });
  return {
    modelName: version.modelName,
    version: version.version,
    at,
    toRegistration: at.trained === undefined ? undefined : version.createdAt - at.trained,
    undatable,
  };
}
