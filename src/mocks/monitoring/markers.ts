import type { TimeWindow } from '../../domain/time-range';
import type { ModelPlan } from '../fleet/model-plan';

export interface MarkerWire {
  at: string;
  kind: 'version' | 'deploy' | 'rollback';
  label: string;
  version: string;
}

/** Versions registered and production changes in the window; a ship of an older version is a rollback. */
export function markersOf(plan: ModelPlan, window: TimeWindow): MarkerWire[] {
  const inWindow = (t: number): boolean => t >= window.from && t < window.to;
  const markers: { at: number; kind: MarkerWire['kind']; label: string; version: string }[] = [];
  plan.versionTimes.forEach((at, i) => {
    if (inWindow(at))
      markers.push({ at, kind: 'version', label: `v${i + 1} registered`, version: String(i + 1) });
  });
  const ships = [...plan.shipped].sort((a, b) => a.at - b.at);
  ships.forEach((ship, i) => {
    const previous = ships[i - 1];
    const rollback = previous !== undefined && ship.version < previous.version;
    if (!inWindow(ship.at)) return;
    markers.push({
      at: ship.at,
      kind: rollback ? 'rollback' : 'deploy',
      label: rollback ? `Rolled back to v${ship.version}` : `v${ship.version} deployed`,
      version: String(ship.version),
    });
  });
  return markers.sort((a, b) => a.at - b.at).map((m) => ({ ...m, at: new Date(m.at).toISOString() }));
}
