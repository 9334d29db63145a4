export type SourceErrorKind = 'network' | 'http' | 'schema' | 'timeout' | 'unsupported' | 'query';

export interface SourceErrorInit {
  kind: SourceErrorKind;
  /** The connection's name, as the user knows it. */
  source: string;
  /** What was asked: "GET /registry/models". */
  endpoint: string;
  /** Plain words for the user. */
  message: string;
  status?: number;
  /** For schema errors: the path of the bad field ("items.3.health.status"). */
  field?: string;
  /** What the user can do about it. */
  hint?: string;
  cause?: unknown;
}

/**
 * Everything a source throws. It names the source, the endpoint and, for bad
 * payloads, the field, so that the UI can say exactly what failed.
 */
export class SourceError extends Error {
  readonly kind: SourceErrorKind;
  readonly source: string;
  readonly endpoint: string;
  readonly status?: number;
  readonly field?: string;
  readonly hint?: string;

  constructor(init: SourceErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = 'SourceError';
    this.kind = init.kind;
    this.source = init.source;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.field = init.field;
    this.hint = init.hint;
  }

  /** The same failure, told differently: a client adds its hint (or kind, or message) and keeps the rest. */
  with(changes: Partial<Omit<SourceErrorInit, 'source' | 'endpoint'>>): SourceError {
    return new SourceError({
      kind: this.kind,
      source: this.source,
      endpoint: this.endpoint,
      status: this.status,
      field: this.field,
      message: this.message,
      hint: this.hint,
      cause: this,
      ...changes,
    });
  }

  /** Whether trying again can help (a 4xx other than 408/429 will not). */
  get retryable(): boolean {
    if (this.kind === 'http' && this.status !== undefined) {
      return this.status >= 500 || this.status === 408 || this.status === 429;
    }
    return this.kind === 'network' || this.kind === 'timeout';
  }
}

export function isSourceError(error: unknown): error is SourceError {
  return error instanceof SourceError;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
