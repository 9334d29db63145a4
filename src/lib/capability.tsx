import type { CapabilityMap, CapabilityName } from '../sources/capabilities';
import type { Source } from '../sources/source';
import { useCapability } from './sources-context';

/** Thrown when a view needs a capability that no connection answers; panel boundaries show it. */
export class CapabilityUnavailableError extends Error {
  constructor(
    readonly capability: CapabilityName,
    reason: string,
  ) {
    super(reason);
    this.name = 'CapabilityUnavailableError';
  }
}

export interface Answering<C extends CapabilityName> {
  capability: CapabilityMap[C];
  source: Source;
}

/** The capability a view needs, or a thrown CapabilityUnavailableError for the nearest boundary. */
export function useRequiredCapability<C extends CapabilityName>(name: C): Answering<C> {
  const resolution = useCapability(name);
  if (!resolution.ok) throw new CapabilityUnavailableError(name, resolution.reason);
  return { capability: resolution.capability, source: resolution.source };
}
