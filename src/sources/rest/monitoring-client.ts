import type { Monitoring } from '../monitoring-capability';
import type { RestClient } from './rest-client';

/** The monitoring part of the contract: `/monitoring/*`. */
export function createRestMonitoring(_client: RestClient): Monitoring {
  return {
    hasMonitoring: () => Promise.resolve(true),
  };
}
