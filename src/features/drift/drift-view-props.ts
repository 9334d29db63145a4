import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DriftReport, DriftTimeline } from '../../domain/monitoring';
import type { DriftAnalysis } from './compute/analyse-drift';
import type { DriftView } from './use-drift-view';

/** What the overview and the feature detail are drawn from. */
export interface DriftViewProps {
  name: string;
  report: DriftReport;
  /** Drift over time: the charts say so when it failed, the rest stands. */
  timeline: UseQueryResult<DriftTimeline>;
  analysis: DriftAnalysis;
  view: DriftView;
  /** "the last 24 hours". */
  windowLabel: string;
}

/** What the app composes into the drift overview from other features. */
export interface DriftSlots {
  /**
   * Under the answer, given the version asked for (undefined: production) and the version the
   * report measured: what the model's quality did meanwhile.
   */
  followUp?: (version: string | undefined, measured: string) => ReactNode;
  /** Beside the version picker, given the answer sentence: what to do about it. */
  action?: (answer: string) => ReactNode;
  /** At the end of the overview. */
  footer?: ReactNode;
}
