import { isSourceError } from '../../sources/source-error';

/**
 * The backend's "no such thing" (404) in its own words, for an empty state rather than a failure
 * with Retry: "No protected attributes are monitored for delivery-eta."
 */
export function notFoundMessage(error: unknown): string | undefined {
  if (!isSourceError(error) || error.status !== 404) return undefined;
  return /answered 404 to [^:]+: (.+)$/.exec(error.message)?.[1] ?? error.message;
}
