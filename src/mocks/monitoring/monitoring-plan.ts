import type { MonitoringConfigWire } from './wire-types';
import type { ModelPlan } from '../fleet/model-plan';
import type { FeatureSpec } from './feature-specs';
import type { ShiftSchedule } from './shift';

export interface FeaturePlan {
  spec: FeatureSpec;
  schedule: ShiftSchedule;
}

/** A quality metric's live baseline and how much of it the model loses at full decline. */
export interface MetricPlan {
  name: string;
  label: string;
  base: number;
  higherIsBetter: boolean;
  /** Relative loss at decline 1: 0.07 = 7 % worse. */
  drop: number;
}

/** How much of its quality a model has lost at a time, 0–1. */
export type DeclineSchedule =
  { kind: 'none' } | { kind: 'step'; at: number } | { kind: 'ramp'; from: number; to: number };

/**
 * What the demo's monitoring knows about one production model: its features and how they move,
 * its traffic, its reference sample, its label delay and quality. Built on demand from the
 * registry plan (see monitoring-plans.ts), so a 10,000-model fleet costs nothing until asked.
 */
export interface MonitoringPlan {
  registry: ModelPlan;
  features: FeaturePlan[];
  prediction: FeaturePlan;
  /** Mean live rows per hour (the day's cycle varies it ±35 %). */
  rowsPerHour: number;
  /** Largest reference sample the monitoring keeps of a training set. */
  referenceSampleRows: number;
  /** How old a version's training data was when the version was registered. */
  trainingDataAgeMs: number;
  labelDelayMs: number;
  labelDelayNote?: string;
  config: MonitoringConfigWire;
  /** A function: the metrics need the production run, which scoring drift does not. */
  metrics: () => MetricPlan[];
  decline: DeclineSchedule;
}

export function declineAt(schedule: DeclineSchedule, t: number): number {
  switch (schedule.kind) {
    case 'none':
      return 0;
    case 'step':
      return t >= schedule.at ? 1 : 0;
    case 'ramp':
      return Math.min(1, Math.max(0, (t - schedule.from) / (schedule.to - schedule.from)));
  }
}
