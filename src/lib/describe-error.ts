import { ConfigError } from '../sources/connection-config';
import { isSourceError } from '../sources/source-error';

export interface ErrorDescription {
  detail: string;
  hint?: string;
  retryable: boolean;
}

/** Plain words for any error that reaches the UI. */
export function describeError(error: unknown): ErrorDescription {
  if (isSourceError(error))
    return { detail: error.message, hint: error.hint, retryable: error.retryable || error.kind === 'schema' };
  if (error instanceof ConfigError) return { detail: error.message, retryable: false };
  if (error instanceof Error) return { detail: error.message, retryable: true };
  return { detail: 'Something went wrong.', retryable: true };
}
