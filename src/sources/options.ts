import { z } from './zod-mini';

/** `connection.options` read through a kind's schema: the value, or the bad field named. */
export type ParsedOptions<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

/**
 * Validates `connection.options` with a kind's schema. A bad field is named ("options.labels.model"),
 * never thrown: a bad connection must not break the app (see misconfigured.ts).
 */
export function parseOptions<S extends z.core.$ZodType>(schema: S, raw: unknown): ParsedOptions<z.output<S>> {
  const parsed = z.safeParse(schema, raw ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = ['options', ...(issue?.path.map(String) ?? [])].join('.');
  const said = issue ? issue.message.charAt(0).toLowerCase() + issue.message.slice(1) : 'is invalid';
  return { ok: false, field, message: `"${field}" ${said}` };
}
