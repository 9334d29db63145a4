import { SourceError } from './source-error';

/** A connection whose options do not parse: every use names the bad field, and the app keeps working. */
export function misconfigured(source: string, problem: { field: string; message: string }): SourceError {
  return new SourceError({
    kind: 'unsupported',
    source,
    endpoint: 'settings',
    field: problem.field,
    message: `${source} is misconfigured: ${problem.message}.`,
    hint: "Fix the connection's options on the Connections page.",
  });
}
