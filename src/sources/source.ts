import type { CapabilityMap, CapabilityName } from './capabilities';

export interface CheckStep {
  label: string;
  ok: boolean;
  detail: string;
}

/** What "Test" on the Connections page reports: precisely what works. */
export interface ConnectionCheck {
  ok: boolean;
  summary: string;
  version?: string;
  steps: CheckStep[];
}

/** A configured backend and the capabilities it can answer. */
export interface Source {
  connectionId: string;
  /** Changes whenever the connection's settings do: part of every query key. */
  cacheKey: string;
  /** The name a user knows it by, used in every error message. */
  name: string;
  capabilities: Partial<CapabilityMap>;
  check(signal: AbortSignal): Promise<ConnectionCheck>;
}

/** A source before the registry gives it its cache key. */
export type LoadedSource = Omit<Source, 'cacheKey'>;

export function answers(source: Source): CapabilityName[] {
  return (Object.keys(source.capabilities) as CapabilityName[]).filter((name) => source.capabilities[name]);
}
