import type { FleetOptions } from './fleet/fleet';

export const DEFAULT_FLEET_SIZE = 30;
export const MAX_FLEET_SIZE = 10_000;
export const DEFAULT_SEED = 20_261_127;

/** Fills in what a caller left out; `now` defaults to the clock so the story stays "two days ago". */
export function resolveFleetOptions(options: Partial<FleetOptions> = {}): FleetOptions {
  return {
    fleetSize: options.fleetSize ?? DEFAULT_FLEET_SIZE,
    seed: options.seed ?? DEFAULT_SEED,
    now: options.now ?? Date.now(),
  };
}
