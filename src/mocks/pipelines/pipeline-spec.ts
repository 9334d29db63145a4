import type { DatasetColumn, QualityCheck, StepRunState } from '../../domain/pipelines/types';

/** A step of a demo pipeline: what it reads and writes and how long it usually takes. */
export interface StepSpec {
  id: string;
  name: string;
  dependsOn: readonly string[];
  inputs?: readonly string[];
  outputs?: readonly string[];
  minutes: number;
}

/** What one run of a pipeline did differently from a clean run. */
export interface RunTwist {
  /** Steps with their own outcome (the others follow: succeeded, or skipped after a failure). */
  states?: Readonly<Record<string, StepRunState>>;
  /** Extra checks per step. */
  checks?: Readonly<Record<string, readonly QualityCheck[]>>;
  /** Multiplies every step's duration (a late run). */
  slowdown?: number;
  /** Null share per `dataset.column` written by this run. */
  nullShare?: Readonly<Record<string, number>>;
  /** Columns per dataset written by this run, when they differ from the spec's. */
  columns?: Readonly<Record<string, readonly DatasetColumn[]>>;
}

export interface PipelineSpec {
  id: string;
  name: string;
  owner: string;
  description: string;
  periodMs: number;
  freshnessSlaMs: number;
  steps: readonly StepSpec[];
  /** Columns of every dataset the pipeline writes. */
  columns: Readonly<Record<string, readonly DatasetColumn[]>>;
  rows: Readonly<Record<string, number>>;
  /** The model it trains and the dataset its training reads. */
  trains?: { model: string; dataset: string };
  runCount: number;
  /** The twist of the run `age` periods ago (0 = the newest). */
  twist(age: number): RunTwist;
}
