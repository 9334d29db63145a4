import type { TimeWindow } from '../time-range';
import type { AttributeCounts } from './group-counts';
import type { IntersectionCounts } from './intersectional';

/** What a backend counts per protected attribute over a window: the input of every fairness view. */
export interface GroupCountsReport {
  readonly model: string;
  readonly version: string;
  readonly window: TimeWindow;
  readonly decisions: number;
  readonly attributes: readonly AttributeCounts[];
  readonly intersections: readonly {
    readonly attributes: readonly [string, string];
    readonly cells: readonly IntersectionCounts[];
  }[];
}

export interface FairnessOverview {
  readonly window: TimeWindow;
  readonly reports: readonly GroupCountsReport[];
}
