import type { DriftReport } from '../../domain/monitoring';
import type { ChartMarker } from './chart-types';

/** Versions registered, deploys and rollbacks, as vertical markers on every drift chart. */
export function chartMarkers(report: DriftReport): ChartMarker[] {
  return report.markers.map((m) => ({ t: m.at, label: m.label, kind: m.kind }));
}
